"""How WordPress posts map onto news items: WordPress importer test exports (slashes, UTF-8,
CDATA, missing tags, WXR 1.0 and 1.1) and options an operator passes."""

import json

import pytest
from django.core.management import CommandError
from wagtail.models import Page

from cms.wordpress.models import ImportedItem
from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsItemPage,
    PressReleasePage,
    ReportPage,
)
from tests.factories import CountryFactory

from .conftest import fixture, run_import

pytestmark = pytest.mark.django_db

POST = """<item><title>{title}</title><link>https://old.example.org/2020/05/{slug}/</link>
<guid isPermaLink="false">https://old.example.org/?p={n}</guid>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date_gmt>2020-05-0{n} 09:30:00</wp:post_date_gmt>
<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>
{terms}</item>
"""


def export(tmp_path, posts: list[dict], name: str = "export.xml"):
    items = "".join(
        POST.format(
            n=n,
            title=post.get("title", f"Post {n}"),
            slug=post.get("slug", f"post-{n}"),
            content=post.get("content", "<p>Body.</p>"),
            excerpt=post.get("excerpt", ""),
            status=post.get("status", "publish"),
            terms="".join(
                f'<category domain="{domain}" nicename="{slug}"><![CDATA[{label}]]></category>'
                for domain, slug, label in post.get("terms", [])
            ),
        )
        for n, post in enumerate(posts, 1)
    )
    path = tmp_path / name
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        "<wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:base_site_url>https://old.example.org</wp:base_site_url>\n"
        f"{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_slashes_are_kept_as_written(newsroom, chief, tmp_path):
    run_import(fixture("slashes.xml"), chief, tmp=tmp_path)
    page = NewsItemPage.objects.get(slug="hello-world")
    assert page.body[0].value.source == '<p>Slashes aren\\\'t \\"cool\\"</p>'


def test_utf8_titles_are_verbatim_and_an_invalid_slug_is_made_valid_and_noted(
    newsroom, chief, tmp_path
):
    report, _ = run_import(fixture("wxr-utf-8-challenges.xml"), chief, tmp=tmp_path)
    page = NewsItemPage.objects.get()
    assert (
        page.title == '"The Road \u202eNot\u202c Taken" by Rob\u202dert \u202eFrost \u202a🌲\u202c'
    )
    assert "\u202e" not in page.slug and page.slug.startswith("hello-w")
    assert any("not a valid URL segment" in note for note in report["items"][0]["notes"])


def test_nested_cdata_escaped_by_splitting_is_read_whole(newsroom, chief, tmp_path):
    run_import(fixture("crazy-cdata-escaped.xml"), chief, tmp=tmp_path)
    page = NewsItemPage.objects.get()
    assert page.body[0].value.source == "<p>Content with nested &lt;![CDATA[ tags ]]&gt; :)</p>"


def test_consecutive_cdata_sections_are_one_text(newsroom, chief, tmp_path):
    run_import(fixture("multiple-cdata.xml"), chief, tmp=tmp_path)
    assert "line oneline twoline three" in NewsItemPage.objects.get().body[0].value.source


def test_a_post_without_guid_link_or_date_is_matched_by_its_post_id(newsroom, chief, tmp_path):
    first, _ = run_import(fixture("missing-tags.xml"), chief, tmp=tmp_path)
    second, _ = run_import(fixture("missing-tags.xml"), chief, tmp=tmp_path)
    assert first["counts"]["created"] == 1 and second["counts"]["unchanged"] == 1
    assert ImportedItem.objects.get().guid == "/?p=1"


@pytest.mark.parametrize(("name", "posts"), [("valid-wxr-1.0.xml", 3), ("valid-wxr-1.1.xml", 1)])
def test_older_wxr_versions_are_read(newsroom, chief, tmp_path, name, posts):
    report, _ = run_import(fixture(name), chief, tmp=tmp_path)
    assert report["counts"]["created"] == posts
    assert report["counts"]["failed"] == 0


def test_the_kind_map_makes_reports_and_campaign_victories(newsroom, chief, tmp_path):
    path = export(
        tmp_path,
        [
            {"terms": [("category", "reports", "Reports")]},
            {"terms": [("category", "victories", "Victories")]},
            {"terms": [("category", "news", "News")]},
        ],
    )
    run_import(
        path, chief, "--kind-map", "reports=REPORT", "Victories=campaign-victory", tmp=tmp_path
    )
    assert ReportPage.objects.get().slug == "post-1"
    victory = CampaignVictoryPage.objects.get()
    assert (victory.slug, victory.campaign) == ("post-2", "Victories")
    assert PressReleasePage.objects.get().slug == "post-3"


def test_an_unknown_kind_in_the_map_is_refused_before_reading(newsroom, chief, tmp_path):
    with pytest.raises(CommandError, match="KIND one of PRESS_RELEASE"):
        run_import(export(tmp_path, [{}]), chief, "--kind-map", "x=OPINION", tmp=tmp_path)
    assert not NewsItemPage.objects.exists()


def test_a_long_excerpt_is_cut_at_a_word_boundary_and_reported(newsroom, chief, tmp_path):
    excerpt = "Witnesses described the raid in detail. " * 20
    report, _ = run_import(export(tmp_path, [{"excerpt": excerpt}]), chief, tmp=tmp_path)
    summary = NewsItemPage.objects.get().summary
    assert len(summary) <= 400 and summary.endswith("…")
    assert excerpt.startswith(summary[:-1]) and excerpt[len(summary) - 1] == " "
    assert "cut at a word boundary" in " ".join(report["items"][0]["notes"])


def test_categories_naming_a_country_by_name_or_iso_code_become_countries(
    newsroom, chief, tmp_path
):
    libya = CountryFactory(name="Libya", iso_code="LY")
    yemen = CountryFactory(name="Yemen", iso_code="YE")
    path = export(
        tmp_path,
        [
            {
                "terms": [
                    ("category", "libya", "Libya"),
                    ("post_tag", "ye", "YE"),
                    ("post_tag", "x", "Torture"),
                ]
            }
        ],
    )
    run_import(path, chief, tmp=tmp_path)
    page = NewsItemPage.objects.get()
    assert set(page.countries.all()) == {libya, yemen}
    assert list(page.topics.values_list("name", flat=True)) == ["Torture"]


def test_a_dry_run_writes_nothing_and_says_what_it_would_do(newsroom, chief, tmp_path):
    path = export(tmp_path, [{}, {"status": "draft"}, {"status": "trash"}])
    report, printed = run_import(path, chief, "--dry-run", tmp=tmp_path)
    assert report["counts"] == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "skipped": 1,
        "failed": 0,
    }
    assert "Dry run, nothing written. 2 would be created" in printed
    assert not NewsItemPage.objects.exists() and not ImportedItem.objects.exists()


def test_a_changed_post_updates_its_page_and_an_unchanged_one_is_left_alone(
    newsroom, chief, tmp_path
):
    run_import(export(tmp_path, [{"title": "First"}, {"title": "Second"}]), chief, tmp=tmp_path)
    second, _ = run_import(
        export(tmp_path, [{"title": "First"}, {"title": "Second, corrected"}]), chief, tmp=tmp_path
    )
    assert second["counts"]["updated"] == 1 and second["counts"]["unchanged"] == 1
    page = NewsItemPage.objects.get(slug="post-2")
    assert page.title == "Second, corrected" and page.live
    assert NewsItemPage.objects.count() == 2


def test_an_edit_made_in_the_cms_is_never_overwritten(newsroom, chief, tmp_path):
    run_import(export(tmp_path, [{"title": "First"}]), chief, tmp=tmp_path)
    page = NewsItemPage.objects.get().specific
    page.title = "Edited by the desk"
    page.save_revision(user=chief)
    report, _ = run_import(export(tmp_path, [{"title": "First, v2"}]), chief, tmp=tmp_path)
    assert (
        report["items"][0]["reason"] == "edited in the CMS since it was imported: not overwritten"
    )
    assert (
        NewsItemPage.objects.get().get_latest_revision().as_object().title == "Edited by the desk"
    )


def test_a_post_taken_private_in_wordpress_is_unpublished_on_the_next_run(
    newsroom, chief, tmp_path
):
    run_import(export(tmp_path, [{}]), chief, tmp=tmp_path)
    assert NewsItemPage.objects.get().live
    run_import(export(tmp_path, [{"status": "private"}]), chief, tmp=tmp_path)
    assert not NewsItemPage.objects.get().live


def test_two_posts_with_one_slug_both_arrive(newsroom, chief, tmp_path):
    report, _ = run_import(
        export(tmp_path, [{"slug": "statement"}, {"slug": "statement"}]), chief, tmp=tmp_path
    )
    assert sorted(NewsItemPage.objects.values_list("slug", flat=True)) == [
        "statement",
        "statement-2",
    ]
    assert "used statement-2" in " ".join(report["items"][1]["notes"])


def test_one_failing_post_does_not_stop_the_others(newsroom, chief, tmp_path, monkeypatch):
    from cms.wordpress import importer

    original = importer.Importer._write

    def fail_second(self, item, *args, **kwargs):
        if item.post_id == 2:
            raise ValueError("disk full")
        return original(self, item, *args, **kwargs)

    monkeypatch.setattr(importer.Importer, "_write", fail_second)
    report, _ = run_import(export(tmp_path, [{}, {}, {}]), chief, tmp=tmp_path)
    assert report["counts"]["created"] == 2 and report["counts"]["failed"] == 1
    assert report["reasons"]["failed"] == {"ValueError: disk full": 1}
    assert sorted(NewsItemPage.objects.values_list("slug", flat=True)) == ["post-1", "post-3"]
    assert Page.objects.filter(slug="post-2").count() == 0


def test_the_json_report_is_written_beside_the_file_by_default(newsroom, chief, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    path = export(tmp_path, [{}])
    call_command("import_wordpress", str(path), "--user", "chief", stdout=StringIO())
    report = json.loads((tmp_path / "export.xml.report.json").read_text())
    assert report["counts"]["created"] == 1
