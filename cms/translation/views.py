"""Guards in front of wagtail-localize views that answer some bad input with a server error."""

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import upload_pofile as localize_upload_pofile

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def _has_translation_id(upload) -> bool:
    try:
        po = polib.pofile(upload.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return True  # wagtail-localize reports an unreadable file itself
    finally:
        upload.seek(0)
    return TRANSLATION_ID_HEADER in po.metadata


@require_POST
def upload_pofile(request, translation_id: int):
    """wagtail-localize fails with a KeyError when no file is sent or the PO file was not made
    by it (no translation id); those get a message, like its other upload errors."""
    upload = request.FILES.get("file")
    if upload is None or not _has_translation_id(upload):
        messages.error(
            request,
            _("Please upload a PO file downloaded from this translation.")
            if upload
            else _("Please choose a PO file to upload."),
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return localize_upload_pofile(request, translation_id)
