from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsroom_pages.pages import NewsKind

from .mapping import KindMapError, parse_kind_map

MAX_UPLOAD_BYTES = 512 * 1024 * 1024


class WordPressImportForm(forms.Form):
    file = forms.FileField(
        label=_("WordPress export (.xml)"), help_text=_("Tools > Export in WordPress.")
    )
    locale = forms.ChoiceField(
        label=_("Newsroom language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    kind_map = forms.CharField(
        label=_("Categories that are not press releases"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One CATEGORY=KIND per line, KIND one of %(kinds)s.")
        % {"kinds": ", ".join(kind.value for kind in NewsKind)},
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: write nothing, only report what would happen"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 512 MB."), code="too_large")
        head = upload.read(512).lstrip()
        upload.seek(0)
        if not head.startswith((b"<?xml", b"<rss", b"<!--", b"\xef\xbb\xbf<")):
            raise forms.ValidationError(
                _("This is not a WordPress export (an XML file from Tools > Export)."),
                code="not_xml",
            )
        return upload

    def clean_kind_map(self) -> dict:
        lines = [
            line.strip() for line in self.cleaned_data["kind_map"].splitlines() if line.strip()
        ]
        try:
            return parse_kind_map(lines)
        except KindMapError as error:
            raise forms.ValidationError(
                str(error).replace("--kind-map ", ""), code="kind_map"
            ) from None
