"""axe-core on the admin forms this project defines (its page types, the image form with
credit and alt text, its snippets, the embargo screens) in Chromium: no serious or critical
violation in what we build. Wagtail's own widgets are Wagtail's to fix; each exception is
listed in WAGTAIL_OWN with the widget it comes from, and an exception that no longer occurs
fails the test so the list only shrinks."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import ImageFactory, PressReleasePageFactory, ReportPageFactory
from tests.support.audits import axe_violations

from .conftest import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery staple"

# (rule, CSS target) of violations inside Wagtail's own widgets (Wagtail 8.0), with the widget.
WAGTAIL_OWN: dict[tuple[str, str], str] = {
    ("aria-input-field-name", ".notranslate"): "Draftail, the rich text editor: its Draft.js "
    "content area (role=textbox) has no accessible name (body paragraphs, the newsroom intro)",
    ("label", ".ui-autocomplete-input"): "the tag field of the image form (tag-it autocomplete)",
    ("label", "#fileupload"): "the multiple image uploader's file input",
}


@pytest.fixture
def admin_tab(chromium, live_server):
    get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    context.set_default_timeout(30_000)
    page = context.new_page()
    log_in(page, "chief", PASSWORD)
    yield page
    context.close()


@pytest.fixture
def forms(newsroom) -> dict[str, str]:
    report = ReportPageFactory(
        parent=newsroom,
        key_findings=[("finding", "Detentions rose."), ("finding", "Torture persists.")],
    )
    release = PressReleasePageFactory(parent=newsroom, hero_image=ImageFactory())
    return {
        "report edit": reverse("wagtailadmin_pages:edit", args=[report.pk]),
        "press release edit": reverse("wagtailadmin_pages:edit", args=[release.pk]),
        "newsroom edit": reverse("wagtailadmin_pages:edit", args=[newsroom.pk]),
        "campaign victory create": reverse(
            "wagtailadmin_pages:add",
            args=["newsroom_pages", "campaignvictorypage", newsroom.pk],
        ),
        "image edit": reverse("wagtailimages:edit", args=[release.hero_image_id]),
        "image upload": reverse("wagtailimages:add_multiple"),
        "topic create": reverse("wagtailsnippets_newsroom_pages_topic:add"),
        "press contact create": reverse("wagtailsnippets_newsroom_pages_presscontact:add"),
        "journalist create": reverse("wagtailsnippets_embargo_journalist:add"),
        "embargo send": reverse("embargo_send", args=[release.pk]),
    }


def test_axe_finds_no_serious_or_critical_violation_in_our_admin_forms(admin_tab, forms):
    found: dict[str, list[dict]] = {}
    for name, path in forms.items():
        admin_tab.goto(path)
        admin_tab.wait_for_load_state("networkidle")
        found[name] = axe_violations(admin_tab)
    ours = {
        name: [v for v in violations if (v["rule"], v["target"]) not in WAGTAIL_OWN]
        for name, violations in found.items()
    }
    assert {name: v for name, v in ours.items() if v} == {}
    seen = {(v["rule"], v["target"]) for violations in found.values() for v in violations}
    assert set(WAGTAIL_OWN) <= seen, "no longer found: " + repr(set(WAGTAIL_OWN) - seen)
