"""The reference frontend (frontend_contract/example/, built with Vite and served by `vite
preview` on its own port, calling the CMS on another origin through CORS with persisted ids)
in Chromium against the live CMS, as a reader sees it: the listing in order with cursor pages
and filters, an article with every block type and a credit under every photo, responsive
images that load, Arabic right to left, the locale switcher's fallback, and no console errors
anywhere."""

import datetime
import json
import os
import subprocess
import time
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test.utils import override_settings
from port_for import get_port
from wagtail.embeds.models import Embed

from cms.api.http.contract import CONTRACT_DIR as CONTRACT
from newsroom_pages.demo.content import ITEMS
from newsroom_pages.pages import NewsroomIndexPage
from tests.factories import DocumentFactory, ImageFactory, PressReleasePageFactory
from tests.support.audits import axe_violations, lighthouse
from tests.support.json_ld import Report, check_html

# django_db: so that the test database exists when these run alone (no test here writes).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VITE = str(CONTRACT / "node_modules" / ".bin" / "vite")
CONFIG = "example/vite.config.ts"
SHOWCASE = "/newsroom/every-block/"
VIDEO = "https://video.example.org/watch/tripoli-protest"
ARABIC_REPORT = "/ar/newsroom/refugees-migrants-libya-cycle-of-abuses/"
ARABIC_TITLE = "أدلة جديدة تُظهر أن اللاجئين والمهاجرين في ليبيا عالقون في دوامة مروعة من الانتهاكات"
BLOCK_TYPES = [
    "ParagraphBlock",
    "HeadingBlock",
    "ImageBlock",
    "QuoteBlock",
    "EmbedBlock",
    "DocumentBlock",
    "CallToActionBlock",
    "KeyFactBlock",
    "RelatedContentBlock",
]


@pytest.fixture(scope="module")
def showcase(served_demo, django_db_blocker):
    """An old press release whose body has one block of every type (the demo has seven)."""
    with django_db_blocker.unblock():
        newsroom = NewsroomIndexPage.objects.get(locale__language_code="en")
        related = newsroom.get_children().live().first()
        Embed.objects.create(
            url=VIDEO,
            hash="showcase",
            type="video",
            provider_name="Example Video",
            html='<p class="video">Video: protesters in Tripoli</p>',
        )
        PressReleasePageFactory(
            parent=newsroom,
            title="Every block a newsroom body can hold",
            slug="every-block",
            publication_date=datetime.date(2010, 1, 1),
            hero_image=ImageFactory(),
            body=[
                ("paragraph", "<p>A paragraph with <b>bold</b> words.</p>"),
                ("heading", {"text": "What happened", "level": 2}),
                ("image", {"image": ImageFactory(), "caption": "Protesters in Tripoli."}),
                ("quote", {"text": "Release them.", "speaker": "A mother", "role": "Witness"}),
                ("embed", VIDEO),
                ("document", {"document": DocumentFactory(), "label": "Read the report"}),
                ("call_to_action", {"text": "Act now", "page": related}),
                ("key_fact", {"figure": "1.2 million", "label": "civilians", "source": "UN"}),
                ("related_content", {"heading": "More", "items": [related]}),
            ],
        )
    return served_demo


@pytest.fixture(scope="module")
def frontend(showcase, tmp_path_factory):
    """The example built by Vite for the CMS's own origin and served on another port; the CMS
    allows that origin through CORS, as a production site's would be."""
    port = get_port(None)
    url = f"http://127.0.0.1:{port}"
    cors = override_settings(
        CORS_ALLOWED_ORIGINS=[url],
        CORS_ALLOWED_ORIGIN_REGEXES=[],
        NEWSROOM_FRONTEND_BASE_URL=url,
    )
    cors.enable()
    env = {**os.environ, "VITE_NEWSROOM_API": f"{showcase}/graphql/"}
    build = subprocess.run(
        [VITE, "build", "--config", CONFIG, "--logLevel", "error"],
        cwd=CONTRACT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    log = tmp_path_factory.mktemp("vite") / "preview.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [VITE, "preview", "--config", CONFIG, "--port", str(port)],
            cwd=CONTRACT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 120
    while not _answers(url):
        assert server.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.5)
    yield url
    server.terminate()
    server.wait(timeout=10)
    cors.disable()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (the loopback preview server)
            return True
    except OSError:
        return False


@pytest.fixture
def reader(chromium, frontend):
    """A browser tab on the frontend that records console errors, failed requests and every
    call it makes to the API."""
    context = chromium.new_context(base_url=frontend, viewport={"width": 1100, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.problems = []
    page.api_calls = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("requestfailed", lambda request: page.problems.append(f"failed: {request.url}"))
    page.on(
        "request",
        lambda request: "/graphql/" in request.url and page.api_calls.append(request),
    )
    yield page
    context.close()


def visit(page, path: str) -> None:
    page.goto(path)
    page.wait_for_selector("#app[data-ready]")
    page.wait_for_function(
        "[...document.images].every(img => img.complete)", polling=200, timeout=30_000
    )


def follow(page, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)
    page.wait_for_selector("#app[data-ready]")


def titles(page) -> list[str]:
    return page.locator(".card-title").all_inner_texts()


def expected_titles() -> list[str]:
    newest_first = sorted(ITEMS, key=lambda item: item.published, reverse=True)
    return [item.title for item in newest_first] + ["Every block a newsroom body can hold"]


def unloaded_images(page) -> list[str]:
    return page.evaluate(
        "[...document.images].filter(img => !(img.naturalWidth > 0)).map(img => img.src)"
    )


def photos_without_credit(page) -> int:
    return page.evaluate(
        "[...document.querySelectorAll('figure.photo')]"
        ".filter(f => !f.querySelector('figcaption .credit')?.textContent.trim()).length"
    )


def test_the_listing_shows_the_newest_titles_first(reader):
    visit(reader, "/")
    assert titles(reader) == expected_titles()[:5]
    assert reader.problems == []


def test_cursor_pages_walk_every_item_once_in_order_with_credited_photos_that_load(reader):
    visit(reader, "/")
    seen, photos = titles(reader), reader.locator("figure.photo").count()
    while reader.locator("a[rel=next]").count():
        follow(reader, "a[rel=next]")
        assert photos_without_credit(reader) == 0
        assert unloaded_images(reader) == []
        seen += titles(reader)
        photos += reader.locator("figure.photo").count()
    assert seen == expected_titles()
    assert photos == sum(1 for item in ITEMS if item.photo) + 1
    assert reader.problems == []


def test_the_kind_filter_lists_only_reports(reader):
    visit(reader, "/")
    reader.select_option("select[name=kind]", "REPORT")
    follow(reader, "form.filters button")
    assert "kind=REPORT" in reader.url
    reports = [item.title for item in ITEMS if item.kind == "REPORT"]
    assert sorted(titles(reader)) == sorted(reports)
    assert reader.problems == []


def test_an_article_renders_every_block_type_and_a_credit_under_every_photo(reader):
    visit(reader, SHOWCASE)
    rendered = reader.locator("[data-block]").evaluate_all("els => els.map(e => e.dataset.block)")
    assert rendered == BLOCK_TYPES
    assert reader.locator("figure.photo").count() == 2
    assert photos_without_credit(reader) == 0
    assert unloaded_images(reader) == []
    assert reader.locator("figure.photo img[srcset*='w']").count() == 2
    assert reader.problems == []


def test_a_demo_article_with_photos_loads_them_all(reader, screenshot):
    visit(reader, "/newsroom/tajoura-detention-center-attack/")
    assert reader.locator("figure.photo").count() >= 2
    assert photos_without_credit(reader) == 0
    assert unloaded_images(reader) == []
    screenshot(reader, "article", full_page=True)
    assert reader.problems == []


def test_the_arabic_article_reads_right_to_left(reader, screenshot):
    visit(reader, ARABIC_REPORT)
    assert reader.evaluate("[document.documentElement.dir, document.documentElement.lang]") == [
        "rtl",
        "ar",
    ]
    assert reader.inner_text("h1") == ARABIC_TITLE
    assert reader.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
    assert photos_without_credit(reader) == 0
    assert unloaded_images(reader) == []
    screenshot(reader, "arabic", full_page=True)
    assert reader.problems == []


def test_switching_to_a_language_without_a_translation_shows_the_english_page_and_says_so(
    reader,
):
    visit(reader, "/newsroom/fact-finding-mission-libya/")
    follow(reader, ".locales a[hreflang=ar]")
    assert reader.url.endswith("/ar/newsroom/fact-finding-mission-libya/")
    assert reader.evaluate("document.documentElement.lang") == "en"
    assert reader.evaluate("document.documentElement.dir") == "ltr"
    assert reader.locator(".notice").is_visible()
    assert reader.problems == []


def head(page) -> dict:
    """What the page's <head> says, as a crawler reads it."""
    return page.evaluate(
        """() => {
          const content = (selector) => document.querySelector(selector)?.getAttribute("content");
          return {
            title: document.title,
            description: content("meta[name=description]"),
            robots: content("meta[name=robots]"),
            canonical: document.querySelector("link[rel=canonical]")?.href,
            alternates: Object.fromEntries([...document.querySelectorAll("link[rel=alternate]")]
              .map((link) => [link.hreflang, link.href])),
            ogImage: content("meta[property='og:image']"),
            ogImageAlt: content("meta[property='og:image:alt']"),
            ogImageCredit: content("meta[property='og:image:credit']"),
            jsonLdBlocks: document.querySelectorAll("script[type='application/ld+json']").length,
          };
        }"""
    )


def test_an_article_puts_its_seo_in_head_and_a_validator_reads_its_json_ld(
    reader, frontend, showcase
):
    visit(reader, "/newsroom/heavy-weaponry-tripoli-protesters/")
    item = next(item for item in ITEMS if item.slug == "heavy-weaponry-tripoli-protesters")
    shown = head(reader)
    canonical = f"{frontend}/newsroom/heavy-weaponry-tripoli-protesters/"
    assert shown["title"] == item.title
    assert shown["description"] == item.summary[:160]
    assert shown["robots"].startswith("index, follow")
    assert shown["canonical"] == canonical
    assert shown["alternates"]["en"] == canonical
    assert shown["alternates"]["x-default"] == canonical
    assert shown["alternates"]["ar"] == f"{frontend}/ar/newsroom/heavy-weaponry-tripoli-protesters/"
    assert shown["ogImage"].endswith(".jpg") and "fill-1200x630" in shown["ogImage"]
    assert shown["ogImageAlt"] == item.photo.alt_text
    assert shown["ogImageCredit"] == item.photo.credit
    report = Report()
    expanded = check_html(reader.content(), "article", report, media_base=showcase)
    assert report.failures == [], report.failures
    assert [node["@type"] for node in expanded] == [["http://schema.org/NewsArticle"]]
    assert reader.problems == []


def test_the_listing_has_a_heading_and_the_newsrooms_seo_in_every_locale(reader, frontend):
    for path, locale in (("/", "en"), ("/ar/", "ar"), ("/fr/", "fr"), ("/es/", "es")):
        visit(reader, path)
        assert reader.locator("h1").count() == 1
        shown = head(reader)
        prefix = "" if locale == "en" else f"/{locale}"
        assert shown["canonical"] == f"{frontend}{prefix}/newsroom/"
        assert shown["jsonLdBlocks"] == 1
        assert shown["description"]
    assert reader.problems == []


def test_crawlers_get_the_cms_robots_txt_and_sitemap_from_the_frontend(frontend):
    with urllib.request.urlopen(f"{frontend}/robots.txt", timeout=30) as answer:  # noqa: S310
        robots = answer.read().decode()
        assert answer.headers["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {frontend}/sitemap.xml" in robots.splitlines()
    with urllib.request.urlopen(f"{frontend}/sitemap.xml", timeout=30) as answer:  # noqa: S310
        assert b"<sitemapindex" in answer.read()


READER_PAGES = [
    "/",
    "/ar/",
    "/fr/",
    "/es/",
    "/newsroom/tajoura-detention-center-attack/",
    ARABIC_REPORT,
    "/fr/newsroom/heavy-weaponry-tripoli-protesters/",
    "/es/newsroom/arms-embargo-violations-tripoli/",
    SHOWCASE,
]


@pytest.mark.parametrize("path", READER_PAGES)
def test_axe_finds_no_serious_or_critical_violation(reader, path):
    visit(reader, path)
    assert axe_violations(reader) == []


# Lighthouse on the pages that matter (each run costs ~15 s on the CI machine): the listing,
# an English article with photos, and the Arabic report (right to left).
@pytest.mark.parametrize("path", ["/", "/newsroom/tajoura-detention-center-attack/", ARABIC_REPORT])
def test_lighthouse_scores_at_least_95_in_every_category(frontend, path):
    report = lighthouse(frontend + path)
    print(f"Lighthouse {path}: {report.scores}")
    assert min(report.scores.values()) >= 95, (report.scores, report.failing)


def test_the_frontend_calls_the_api_on_its_own_origin_with_persisted_ids_only(reader, showcase):
    visit(reader, "/")
    manifest = json.loads((CONTRACT / "persisted-operations.json").read_text())
    calls = [urlsplit(request.url) for request in reader.api_calls]
    assert calls
    assert {f"{call.scheme}://{call.netloc}" for call in calls} == {showcase}
    assert {request.method for request in reader.api_calls} == {"GET"}
    assert all(parse_qs(call.query)["id"][0] in manifest for call in calls)
    assert not any("query" in parse_qs(call.query) for call in calls)
    assert reader.problems == []
