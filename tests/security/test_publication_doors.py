"""Every door Wagtail and wagtail-localize open onto publication, tried by the roles that could
misuse it. Whatever the publication rule refuses stays out of every path a reader has (GraphQL
with the response cache on, feeds, sitemaps, sync), announces nothing to the frontends'
webhooks, loses no work and is written to the page's history; what the rule allows still goes
through. Doors and roles:

| door | roles tried |
|---|---|
| create form "Publish" | Moderators, Reviewers |
| admin API action/publish, action/copy keep_live | Moderators |
| copy view "publish copies" | Moderators |
| a newsroom in another locale | Moderators |
| "Sync translated pages" with publish | Editors, Moderators |
| XLIFF import with publish: "Upload XLIFF", `import_xliff --publish` | Moderators |
| translating a draft, an embargoed page; the French draft → English chain | Editors, Translators |
| bulk publish with descendants | Moderators, Reviewers |
| moving a live item across locales | Moderators |
| approving one's own change | Reviewers |
| deleting a live translation; dashboard and chooser | Translators |
| embargo report and send | Translators |
| a photograph from a restricted collection on a live item; moving one there | Moderators, the web team |
| `/media/` in `make run` | anonymous readers |
| a scheduled revision nobody cleared: run_scheduler, publish_scheduled | the scheduler |
| a taken-down item: edit form, admin API, bulk, approval, scheduler, script, sync, translate, copy | superusers, Reviewers, the scheduler |
"""

import datetime
import json
from pathlib import Path

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, PageLogEntry, Revision, WorkflowState
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from cms.review.governance import BYPASS_ACTION, REFUSED_ACTION, PublicationRefused, clear
from cms.review.models import PublicationClearance
from cms.webhooks.models import WebhookDelivery
from cms.xliff.export import xliff_document
from newsroom_pages.pages import NewsroomIndexPage, PressReleasePage
from tests.api.conftest import GraphQLClient
from tests.distribution.conftest import publish_translation
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PressReleasePageFactory,
    restricted_collection,
)
from tests.i18n.conftest import submit_for_translation
from tests.review.conftest import client_for, edit_form, user_in
from tests.xliff.conftest import translated

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SECRET = "Unreviewed: militia names its informants"
LOCALES = ("en", "fr", "ar", "es")
READ = """query($locale: String) {
  newsItems(locale: $locale, first: 100) { edges { node { title } } }
}"""
SYNC = "{ sync(first: 500) { items { title } } }"


@pytest.fixture(autouse=True)
def production_like(settings):
    """The response cache on, and a frontend listening for publish webhooks, as in
    production."""
    settings.NEWSROOM_API_CACHE_ENABLED = True
    settings.NEWSROOM_WEBHOOK_URLS = ["http://127.0.0.1:9/hook"]
    settings.NEWSROOM_WEBHOOK_SECRET = "doors-secret"


def text_of(response) -> str:
    """The body as a reader gets it, streamed (sitemap files) or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def where_readers_see(title: str, slug: str) -> list[str]:
    """Each public path on which `title` (or, in sitemaps, `slug`) appears."""
    reader, graphql = Client(), GraphQLClient()
    seen = []
    for code in LOCALES:
        listing = graphql.query(READ, {"locale": code})["newsItems"]["edges"]
        if any(edge["node"]["title"] == title for edge in listing):
            seen.append(f"newsItems({code})")
        if title in reader.get(f"/feeds/{code}/rss.xml").content.decode():
            seen.append(f"rss({code})")
        sitemap = reader.get(f"/sitemaps/{code}.xml")
        if sitemap.status_code == 200 and f"/{slug}/" in text_of(sitemap):
            seen.append(f"sitemap({code})")
    if any(item.get("title") == title for item in graphql.query(SYNC)["sync"]["items"]):
        seen.append("sync")
    return seen


def announced(page_ids) -> list[str]:
    return list(
        WebhookDelivery.objects.filter(page_id__in=page_ids).values_list("action", flat=True)
    )


def refusals_of(page: Page) -> list[PageLogEntry]:
    return list(PageLogEntry.objects.filter(page=page, action=REFUSED_ACTION))


@pytest.fixture
def through(django_capture_on_commit_callbacks):
    """Runs what a request commits (webhooks, history) as a real transaction would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def moderator():
    return user_in("Moderators", "moderator")


@pytest.fixture
def editor():
    return user_in("Editors", "editor")


@pytest.fixture
def reviewer():
    return user_in("Reviewers", "reviewer")


@pytest.fixture
def french_translator():
    return user_in("Translators (French)", "translator")


@pytest.fixture
def draft(newsroom):
    return PressReleasePageFactory(parent=newsroom, title=SECRET, slug="informants", live=False)


@pytest.fixture
def live_item(newsroom):
    page = PressReleasePageFactory(parent=newsroom, title="Reviewed and live", slug="reviewed")
    page.save_revision().publish()
    return page


def in_locale(page: Page, code: str) -> Page:
    return publish_translation(page, Locale.objects.get(language_code=code), page.title)


@pytest.fixture
def french_newsroom(newsroom) -> NewsroomIndexPage:
    return in_locale(newsroom, "fr")


def assert_kept_from_readers(*pages: Page, title: str = SECRET, slug: str = "informants"):
    assert not Page.objects.filter(pk__in=[page.pk for page in pages], live=True).exists()
    assert where_readers_see(title, slug) == []
    assert announced([page.pk for page in pages]) == []


def add_form(**fields) -> dict:
    page = PressReleasePage(
        title=SECRET,
        slug="informants",
        publication_date=datetime.date(2026, 12, 1),
        summary="A summary nobody reviewed.",
    )
    return edit_form(page, action="action-publish", **fields)


def add_url(parent: Page) -> str:
    return reverse("wagtailadmin_pages:add", args=["newsroom_pages", "pressreleasepage", parent.pk])


# Controls: what the rule allows reaches readers on every path, so the checks below can fail.


def test_a_second_persons_approval_reaches_every_reader_path(
    editor, reviewer, draft, through, newsroom
):
    where_readers_see(SECRET, "informants")  # the cache holds the answers before the change
    with through():
        client_for(editor).post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            edit_form(draft, action="action-submit"),
        )
        state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(draft.pk))
        client_for(reviewer).post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[draft.pk, "approve", state.current_task_state.pk],
            )
        )
    assert Page.objects.get(pk=draft.pk).live
    assert where_readers_see(SECRET, "informants") == [
        "newsItems(en)",
        "rss(en)",
        "sitemap(en)",
        "sync",
    ]
    assert announced([draft.pk]) == ["published"]


def test_a_superusers_publish_without_review_goes_through_and_is_logged(
    admin_user, newsroom, through
):
    with through():
        client_for(admin_user).post(add_url(newsroom), add_form())
    page = Page.objects.get(slug="informants")
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action=BYPASS_ACTION).exists()


# 25.1 The create form.


@pytest.mark.parametrize("group", ["Moderators", "Reviewers"])
def test_publish_from_the_create_form_saves_a_draft_that_nobody_reads(group, newsroom, through):
    with through():
        response = client_for(user_in(group, "author")).post(add_url(newsroom), add_form())
    assert response.status_code == 302
    page = Page.objects.get(slug="informants")
    assert page.get_latest_revision().content["title"] == SECRET
    assert_kept_from_readers(page)
    assert refusals_of(page)


def test_a_refused_create_with_a_future_go_live_stays_a_draft_after_it(
    newsroom, through, moderator
):
    go_live = timezone.localtime() + datetime.timedelta(hours=1)
    with through():
        client_for(moderator).post(
            add_url(newsroom), add_form(go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
        )
    page = Page.objects.get(slug="informants")
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("run_scheduler", "--once")
    assert_kept_from_readers(page)


# 25.2 The admin API.


def test_the_admin_api_publish_action_answers_a_coded_403(moderator, draft, through):
    with through():
        response = client_for(moderator).post(
            f"/admin/api/main/pages/{draft.pk}/action/publish/", content_type="application/json"
        )
    assert response.status_code == 403
    assert response.json()["code"] == "PUBLICATION_REFUSED"
    assert_kept_from_readers(draft)
    assert refusals_of(draft)


def test_the_admin_api_copy_that_keeps_the_copy_live_is_refused(
    moderator, live_item, newsroom, through
):
    with through():
        response = client_for(moderator).post(
            f"/admin/api/main/pages/{live_item.pk}/action/copy/",
            json.dumps(
                {"destination_page_id": newsroom.pk, "slug": "informants", "keep_live": True}
            ),
            content_type="application/json",
        )
    assert response.status_code == 403
    assert not Page.objects.filter(slug="informants", live=True).exists()


# 25.3 The copy view.


def test_copying_with_publish_copies_publishes_nothing_unreviewed(
    moderator, live_item, newsroom, through
):
    with through():
        client_for(moderator).post(
            reverse("wagtailadmin_pages:copy", args=[live_item.pk]),
            {
                "new_title": SECRET,
                "new_slug": "informants",
                "new_parent_page": newsroom.pk,
                "publish_copies": "on",
            },
        )
    assert_kept_from_readers(*Page.objects.filter(slug="informants"))


@pytest.mark.parametrize("code", ["fr", "ar", "es"])
def test_a_newsroom_in_another_locale_is_under_the_same_rule(code, moderator, newsroom, through):
    index = in_locale(newsroom, code)
    with through():
        client_for(moderator).post(add_url(index), add_form())
    assert_kept_from_readers(Page.objects.get(slug="informants"))


# 25.4 and 26.1 Sync and translation.


@pytest.fixture
def french_translation(live_item, french_newsroom):
    """Made as wagtail-localize makes it, so that its source can be synced."""
    translate_object(live_item, [Locale.objects.get(language_code="fr")])
    translation = live_item.get_translation(Locale.objects.get(language_code="fr"))
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_sync_with_publish_immediately_publishes_no_unreviewed_translation(
    group, live_item, french_translation, through
):
    live_item.title = SECRET
    live_item.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(live_item)
    french_revision = french_translation.live_revision_id
    # wagtail-localize publishes once the sync's transaction commits; the test's transaction
    # commits after the request, where the refusal surfaces (in production it is the request's).
    with pytest.raises(PublicationRefused), through():
        client_for(user_in(group, "syncer")).post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    french = Page.objects.get(pk=french_translation.pk)
    assert (french.live_revision_id, french.title) == (french_revision, "Reviewed and live")
    assert where_readers_see(SECRET, "informants") == ["newsItems(en)", "rss(en)", "sync"]


def _unreviewed_xliff(page: Page, code: str = "fr") -> bytes:
    source = TranslationSource.objects.get_for_instance(page)
    translation = source.translations.get(target_locale__language_code=code)
    return translated(xliff_document(translation), lambda text: SECRET)


def test_import_xliff_with_publish_keeps_an_unreviewed_translation_from_readers(
    moderator, live_item, french_translation, through, tmp_path
):
    path = tmp_path / "fr.xlf"
    path.write_bytes(_unreviewed_xliff(live_item))
    with pytest.raises(CommandError, match="PUBLICATION_REFUSED"), through():
        call_command("import_xliff", str(path), "--user", "moderator", "--publish")
    french = Page.objects.get(pk=french_translation.pk)
    assert (french.live, french.title) == (True, "Reviewed and live")
    assert french.get_latest_revision_as_object().title == SECRET  # the work is kept
    assert where_readers_see(SECRET, "informants") == []
    assert refusals_of(french)


def test_upload_xliff_with_publish_keeps_an_unreviewed_translation_from_readers(
    moderator, live_item, french_translation, through
):
    source = TranslationSource.objects.get_for_instance(live_item)
    translation = source.translations.get(target_locale__language_code="fr")
    with through():
        response = client_for(moderator).post(
            reverse("xliff_upload", args=[translation.pk]),
            {"file": SimpleUploadedFile("fr.xlf", _unreviewed_xliff(live_item)), "publish": "1"},
            follow=True,
        )
    [message] = [str(message) for message in response.context["messages"]]
    assert "not published: " in message and "needs legal review" in message
    assert Page.objects.get(pk=french_translation.pk).title == "Reviewed and live"
    assert where_readers_see(SECRET, "informants") == []


def test_a_superusers_xliff_import_with_publish_goes_live_and_is_logged(
    admin_user, live_item, french_translation, through, tmp_path
):
    path = tmp_path / "fr.xlf"
    path.write_bytes(_unreviewed_xliff(live_item))
    with through():
        call_command("import_xliff", str(path), "--user", admin_user.username, "--publish")
    assert Page.objects.get(pk=french_translation.pk).title == SECRET
    assert PageLogEntry.objects.filter(page_id=french_translation.pk, action=BYPASS_ACTION)


def test_a_draft_cannot_be_translated(editor, draft, through):
    with through():
        submit_for_translation(client_for(editor), draft, "fr")
    assert not Page.objects.filter(
        translation_key=draft.translation_key, locale__language_code="fr"
    )
    assert_kept_from_readers(draft)


def test_an_embargoed_page_cannot_be_translated_before_it_goes_live(editor, draft, through):
    draft.go_live_at = timezone.now() + datetime.timedelta(days=3)
    draft.save_revision().publish()
    assert Revision.objects.filter(object_id=str(draft.pk), approved_go_live_at__isnull=False)
    with through():
        submit_for_translation(client_for(user_in("Moderators", "translating-editor")), draft, "fr")
    assert not Page.objects.filter(
        translation_key=draft.translation_key, locale__language_code="fr"
    )
    assert_kept_from_readers(draft)


def test_a_french_draft_translated_into_english_and_synced_never_goes_live(
    editor, french_newsroom, newsroom, through
):
    """The chain of 26.1: an Editor's draft in the French newsroom, its English translation
    (which lands in the English newsroom), then Sync with publish."""
    french = PressReleasePageFactory(
        parent=french_newsroom, title=SECRET, slug="informants", live=False
    )
    with through():
        submit_for_translation(client_for(editor), french, "en")
        for source in TranslationSource.objects.filter(object_id=french.translation_key):
            client_for(editor).post(
                reverse("wagtail_localize:update_translations", args=[source.pk]),
                {"publish_translations": "on"},
            )
    assert_kept_from_readers(*Page.objects.filter(translation_key=french.translation_key))


# 26.2 Bulk actions.


@pytest.mark.parametrize("group", ["Moderators", "Reviewers"])
def test_bulk_publish_with_descendants_leaves_news_drafts_unpublished(
    group, newsroom, draft, through
):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    with through():
        client_for(user_in(group, "bulk")).post(
            f"{url}?id={newsroom.pk}", {"include_descendants": "on"}
        )
    assert_kept_from_readers(draft)


# Moving across locales.


def test_moving_a_live_french_item_into_the_english_newsroom_is_refused(
    moderator, french_newsroom, newsroom, through
):
    french = PressReleasePageFactory(parent=french_newsroom, title=SECRET, slug="informants")
    with through():
        client_for(moderator).post(
            reverse("wagtailadmin_pages:move_confirm", args=[french.pk, newsroom.pk])
        )
    assert Page.objects.get(pk=french.pk).get_parent().pk == french_newsroom.pk


# 26.4 Self-approval.


def test_a_reviewer_cannot_approve_their_own_change(reviewer, draft, through):
    client = client_for(reviewer)
    with through():
        client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            edit_form(draft, action="action-submit"),
        )
        state = WorkflowState.objects.get(object_id=str(draft.pk))
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[draft.pk, "approve", state.current_task_state.pk],
            )
        )
    assert_kept_from_readers(draft)


# 26.5 Translators.


def test_a_translator_cannot_delete_a_live_translation(french_translator, french_translation):
    client_for(french_translator).post(
        reverse("wagtailadmin_pages:delete", args=[french_translation.pk])
    )
    assert Page.objects.filter(pk=french_translation.pk, live=True).exists()


def test_a_translator_sees_no_english_draft_in_the_dashboard_or_the_chooser(
    french_translator, draft
):
    client = client_for(french_translator)
    assert SECRET not in client.get(reverse("wagtailadmin_home")).content.decode()
    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[draft.get_parent().pk]))
    assert SECRET not in chooser.content.decode()


@pytest.mark.parametrize("view", ["embargo_report", "embargo_send"])
def test_a_translator_cannot_read_or_send_embargo_press_data(view, french_translator, draft):
    response = client_for(french_translator).get(reverse(view, args=[draft.pk]))
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))


# The scheduler.


@pytest.fixture
def uncleared_schedule(draft) -> Revision:
    """A revision scheduled without the rule's clearance (as data older than the rule)."""
    revision = draft.save_revision()
    Revision.objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    return revision


@pytest.mark.parametrize("command", [["run_scheduler", "--once"], ["publish_scheduled"]])
def test_the_scheduler_refuses_a_revision_nobody_cleared(
    command, uncleared_schedule, draft, through
):
    with through():
        call_command(*command)
    assert_kept_from_readers(draft)
    assert not Revision.objects.filter(pk=uncleared_schedule.pk, approved_go_live_at__isnull=False)


# Private media: a photograph or a document in a restricted collection never reaches readers,
# whatever page shows it, and its files refuse an unsigned read.

PHOTO_READ = """{
  page(urlPath: "/newsroom/photo/") { ... on NewsItem {
    heroImage { rendition(width: 1200) { url } }
    body { blockType ... on ImageBlock { image { rendition(width: 800) { url } } } }
    seo { ogImage { url } jsonLd } } }
  newsItems(first: 20) { edges { node { heroImage { srcSet(widths: [480, 800]) } } } }
}"""


@pytest.fixture
def legal_evidence() -> Collection:
    return restricted_collection("Legal evidence")


def where_readers_see_file(name: str) -> list[str]:
    """Each public path whose answer names the file (its renditions carry the same stem)."""
    stem = Path(name).stem
    reader, graphql = Client(), GraphQLClient()
    seen = []
    if stem in json.dumps(graphql.query(PHOTO_READ)):
        seen.append("graphql")
    for path in (
        "/feeds/en/rss.xml",
        "/feeds/en/atom.xml",
        "/feeds/en/feed.json",
        "/sitemaps/en.xml",
        "/sitemap.xml",
    ):
        if stem in text_of(reader.get(path)):
            seen.append(path)
    return seen


def unsigned_reads(bucket, prefix: str = "") -> dict[str, int]:
    import requests

    return {
        key: requests.get(f"{bucket.endpoint.url}/{bucket.name}/{key}", timeout=5).status_code
        for key in bucket.objects(prefix)
    }


def test_a_photograph_from_a_restricted_collection_on_a_live_item_reaches_no_reader(
    moderator, admin_client, bucket, newsroom, legal_evidence
):
    photo = ImageFactory(collection=legal_evidence)
    body = [("image", {"image": photo, "caption": "Evidence"})]
    page = PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=photo, body=body)
    page.save_revision(user=moderator).publish()
    admin_client.get(reverse("wagtailimages:index"))  # the image library renders thumbnails
    for _ in range(2):  # the second answers come from the response cache
        assert where_readers_see_file(photo.file.name) == []
    reads = unsigned_reads(bucket)
    assert any(key.startswith("private/images/") for key in reads)
    assert all(status == 403 for status in reads.values()), reads


def test_a_photograph_moved_into_a_restricted_collection_leaves_every_reader_path(
    moderator, admin_client, bucket, newsroom, legal_evidence, through
):
    """Images are managed by the web team (superusers); the bulk action moves without a
    save per image."""
    photo = ImageFactory()
    PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=photo).save_revision(
        user=moderator
    ).publish()
    assert where_readers_see_file(photo.file.name) == [
        "graphql",
        "/feeds/en/rss.xml",
        "/feeds/en/atom.xml",
        "/feeds/en/feed.json",
    ]
    public = unsigned_reads(bucket, "images/")
    assert public and set(public.values()) == {200}
    url = reverse("wagtail_bulk_action", args=["media", "newsroomimage", "add_to_collection"])
    with through():
        response = admin_client.post(
            f"{url}?id={photo.pk}&next=/admin/images/", {"collection": legal_evidence.pk}
        )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.collection == legal_evidence
    assert where_readers_see_file(photo.file.name) == []
    assert bucket.objects("images/") == []
    assert all(status != 200 for status in unsigned_reads(bucket).values())


def test_local_media_refuses_a_restricted_documents_file_to_an_anonymous_reader(legal_evidence):
    document = DocumentFactory(collection=legal_evidence)
    assert Client().get(f"/media/{document.file.name}").status_code == 403
    download = Client().get(f"/documents/{document.pk}/{document.filename}")
    assert download.status_code == 302 and download["Location"].startswith("/_util/login/")


# A legal takedown: no door publishes a taken-down item again, whoever asks.


@pytest.fixture
def taken_down(live_item, french_translation) -> Page:
    """Taken down in both languages; the takedown's own announcements are set aside."""
    call_command("take_down", str(live_item.pk), reason="Court order")
    WebhookDelivery.objects.all().delete()
    return Page.objects.get(pk=live_item.pk).specific


def assert_stays_down(*pages: Page):
    assert_kept_from_readers(*pages, title="Reviewed and live", slug="reviewed")


def test_a_superusers_publish_from_the_edit_form_is_refused_after_a_takedown(
    admin_user, taken_down, through
):
    with through():
        client_for(admin_user).post(
            reverse("wagtailadmin_pages:edit", args=[taken_down.pk]),
            edit_form(taken_down, action="action-publish"),
        )
    assert_stays_down(taken_down)
    assert refusals_of(taken_down)


def test_the_admin_api_publish_of_a_taken_down_item_answers_a_coded_403(
    admin_user, taken_down, through
):
    with through():
        response = client_for(admin_user).post(
            f"/admin/api/main/pages/{taken_down.pk}/action/publish/",
            content_type="application/json",
        )
    assert (response.status_code, response.json()["code"]) == (403, "PUBLICATION_REFUSED")
    assert_stays_down(taken_down)


def test_bulk_publish_leaves_a_taken_down_item_unpublished(
    admin_user, newsroom, taken_down, through
):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    with through():
        client_for(admin_user).post(f"{url}?id={taken_down.pk}")
        client_for(admin_user).post(f"{url}?id={newsroom.pk}", {"include_descendants": "on"})
    assert_stays_down(taken_down)


def test_a_reviewers_approval_does_not_publish_a_taken_down_item(
    editor, reviewer, taken_down, through
):
    with through():
        client_for(editor).post(
            reverse("wagtailadmin_pages:edit", args=[taken_down.pk]),
            edit_form(taken_down, action="action-submit"),
        )
        state = WorkflowState.objects.filter(object_id=str(taken_down.pk)).first()
        if state is not None:
            client_for(reviewer).post(
                reverse(
                    "wagtailadmin_pages:workflow_action",
                    args=[taken_down.pk, "approve", state.current_task_state.pk],
                )
            )
    assert_stays_down(taken_down)


@pytest.mark.parametrize("command", [["run_scheduler", "--once"], ["publish_scheduled"]])
def test_the_scheduler_does_not_publish_a_taken_down_item(command, taken_down, through):
    """Even a revision the legal review cleared before the takedown."""
    revision = taken_down.save_revision()
    clear(revision, PublicationClearance.REVIEW)
    Revision.objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    with through():
        call_command(*command)
    assert_stays_down(taken_down)


def test_a_trusted_script_cannot_publish_a_taken_down_item(taken_down):
    with pytest.raises(PublicationRefused):
        taken_down.save_revision().publish()
    assert_stays_down(taken_down)


def test_sync_with_publish_does_not_bring_a_taken_down_translation_back(
    admin_user, taken_down, french_translation, through
):
    source = TranslationSource.objects.get_for_instance(taken_down)
    with pytest.raises(PublicationRefused), through():
        client_for(admin_user).post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert_stays_down(taken_down, french_translation)


def test_a_taken_down_item_is_not_translated_into_a_new_language(admin_user, taken_down, through):
    with through():
        submit_for_translation(client_for(admin_user), taken_down, "es")
    assert not Page.objects.filter(
        translation_key=taken_down.translation_key, locale__language_code="es"
    )


@pytest.mark.parametrize("keep_live", [True, False])
def test_a_taken_down_item_is_not_copied_under_another_name(
    keep_live, admin_user, taken_down, newsroom, through
):
    with through():
        response = client_for(admin_user).post(
            f"/admin/api/main/pages/{taken_down.pk}/action/copy/",
            json.dumps(
                {"destination_page_id": newsroom.pk, "slug": "renamed", "keep_live": keep_live}
            ),
            content_type="application/json",
        )
    assert response.status_code == 403
    assert not Page.objects.filter(slug="renamed").exists()
