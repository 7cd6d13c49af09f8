"""One URL allow-list (http, https, mailto, tel, relative) for every URL the API returns, and
rich text sanitised against an explicit allow-list of tags and attributes."""

import pytest
from wagtail.blocks import StructBlockValidationError

from newsroom_pages.blocks import CallToActionBlock
from newsroom_pages.richtext import to_frontend_html
from newsroom_pages.safe_urls import safe_url


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/act?x=1&y=2",
        "http://example.org/",
        "mailto:press@example.org",
        "tel:+44 20 7413 5500",
        "/newsroom/libya/",
        "#contacts",
        "report.pdf",
        "//cdn.example.org/x.png",
    ],
)
def test_allowed_schemes_and_relative_urls_pass_unchanged(url):
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "",
        "   ",
        None,
        42,
    ],
)
def test_script_data_and_unknown_schemes_are_refused(url):
    assert safe_url(url) is None


def test_the_url_is_returned_as_a_browser_reads_it():
    assert safe_url("  https://example.org/a\n") == "https://example.org/a"


def no_links(_pk: int) -> None:
    return None


@pytest.mark.parametrize(
    "stored",
    [
        '<p>Read <a href="javascript:alert(1)">this</a>.</p>',
        '<p>Read <a href="java&#x09;script:alert(1)">this</a>.</p>',
        '<p>Read <a href=" JAVASCRIPT:alert(1)">this</a>.</p>',
        '<p>Read <a href="data:text/html,x">this</a>.</p>',
    ],
)
def test_a_rich_text_link_with_a_script_url_loses_its_href(stored):
    assert to_frontend_html(stored, no_links, no_links) == "<p>Read <a>this</a>.</p>"


def test_rich_text_keeps_allowed_links_and_formatting():
    stored = (
        '<p><b>Act</b> <i>now</i><sup>1</sup>: <a href="https://example.org/?a=1&amp;b=2">'
        'petition</a>, <a href="mailto:press@example.org">mail</a></p><ul><li>one</li></ul>'
    )
    assert to_frontend_html(stored, no_links, no_links) == stored


def test_rich_text_drops_scripts_event_handlers_and_unknown_tags():
    stored = (
        '<p onclick="steal()">Text<script>steal()</script><img src=x onerror="steal()">'
        '<iframe src="https://evil.example"></iframe><style>p{}</style></p>'
    )
    assert to_frontend_html(stored, no_links, no_links) == "<p>Text</p>"


def test_resolved_internal_links_keep_their_frontend_path():
    stored = '<p>See <a linktype="page" id="7">the release</a>.</p>'
    html = to_frontend_html(stored, {7: "/fr/newsroom/x/"}.get, no_links)
    assert html == '<p>See <a href="/fr/newsroom/x/">the release</a>.</p>'


@pytest.mark.parametrize("url", ["javascript:alert(1)", "mailto:a@example.org", "ftp://x.org/"])
def test_the_call_to_action_form_accepts_only_http_and_https(url):
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Act", "page": None, "url": url}))


def test_the_call_to_action_form_accepts_an_https_url():
    block = CallToActionBlock()
    value = block.clean(block.to_python({"text": "Act", "page": None, "url": "https://a.org/"}))
    assert value["url"] == "https://a.org/"
