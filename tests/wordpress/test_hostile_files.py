"""Broken and hostile exports stop the import before anything is written, with a coded error,
the line and column, and in milliseconds whatever the file holds."""

import time

import pytest
from django.core.management import CommandError
from wagtail.models import Page

from cms.wordpress.models import ImportedItem
from cms.wordpress.wxr import WxrError, read

from .conftest import fixture, run_import

pytestmark = pytest.mark.django_db

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
{doctype}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
"""
ITEM = """<item><title>{title}</title><guid>https://old.example.org/?p={n}</guid>
<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded><wp:post_id>{n}</wp:post_id>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>
"""
BILLION_LAUGHS = """<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
"""
XXE = """<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
"""
EXTERNAL_DTD = """<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">
"""


def export(tmp_path, *, doctype="", items=(("A post", "Text."),), tail="</channel></rss>"):
    body = HEAD.format(doctype=doctype) + "".join(
        ITEM.format(title=title, content=content, n=n)
        for n, (title, content) in enumerate(items, 1)
    )
    path = tmp_path / "export.xml"
    path.write_text(body + tail, encoding="utf-8")
    return path


def refused(path, user, tmp_path) -> dict:
    pages = Page.objects.count()
    with pytest.raises(CommandError) as raised:
        run_import(path, user, tmp=tmp_path)
    assert "nothing was imported" in str(raised.value)
    assert Page.objects.count() == pages
    assert not ImportedItem.objects.exists()
    report = sorted(tmp_path.glob("report-*.json"))[-1]
    import json

    return json.loads(report.read_text())["error"]


@pytest.mark.parametrize(
    ("name", "code", "line"),
    [
        ("malformed.xml", "MALFORMED_XML", 90),
        ("malformed-simple.xml", "MALFORMED_XML", 14),
        ("crazy-cdata.xml", "MALFORMED_XML", 18),
        ("invalid-version-tag.xml", "WXR_VERSION_UNSUPPORTED", 33),
        ("missing-version-tag.xml", "WXR_VERSION_MISSING", None),
    ],
)
def test_a_broken_export_from_wordpress_importer_tests_stops_with_its_line(
    newsroom, chief, tmp_path, name, code, line
):
    error = refused(fixture(name), chief, tmp_path)
    assert error["code"] == code
    assert error["line"] == line


def test_a_malformed_item_late_in_the_file_stops_the_import_before_the_first_post(
    newsroom, chief, tmp_path
):
    path = export(tmp_path, items=[("Fine", "Text."), ("Broken", "Unclosed <b>")], tail="<item>")
    error = refused(path, chief, tmp_path)
    assert error["code"] == "MALFORMED_XML"
    assert error["line"] > 5


def test_an_entity_expansion_bomb_is_refused_in_milliseconds(newsroom, chief, tmp_path):
    path = export(tmp_path, doctype=BILLION_LAUGHS, items=[("&lol9;", "&lol9;")])
    started = time.perf_counter()
    error = refused(path, chief, tmp_path)
    assert time.perf_counter() - started < 2
    assert error["code"] == "DTD_FORBIDDEN"
    assert error["line"] == 2


def test_an_external_entity_is_never_read(newsroom, chief, tmp_path):
    path = export(tmp_path, doctype=XXE, items=[("&secret;", "&secret;")])
    error = refused(path, chief, tmp_path)
    assert error["code"] == "DTD_FORBIDDEN"
    assert "root:" not in str(error)


def test_an_external_dtd_is_refused_without_a_request(tmp_path):
    path = export(tmp_path, doctype=EXTERNAL_DTD)
    with pytest.raises(WxrError) as raised:
        list(read(path))
    assert raised.value.code == "DTD_FORBIDDEN"


def test_a_file_that_is_not_an_export_says_so(tmp_path):
    path = tmp_path / "page.xml"
    path.write_text("<html><body>Not an export</body></html>")
    with pytest.raises(WxrError) as raised:
        list(read(path))
    assert raised.value.code == "NOT_WXR"
    assert (raised.value.line, raised.value.column) == (1, 1)


def test_a_binary_file_is_malformed_xml(tmp_path):
    path = tmp_path / "photo.xml"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    with pytest.raises(WxrError) as raised:
        list(read(path))
    assert raised.value.code == "MALFORMED_XML"
    assert raised.value.line == 1


def test_elements_in_a_hijacked_wp_namespace_are_not_wordpress_data(newsroom, chief, tmp_path):
    report, _ = run_import(fixture("namespace-edge-cases.xml"), chief, tmp=tmp_path)
    hijacked = next(item for item in report["items"] if item["title"] == "Hijacked Namespace")
    assert hijacked["outcome"] == "skipped"
    assert hijacked["reason"] == "no wp:post_type: not a news item"
    assert not Page.objects.filter(title="Hijacked Namespace").exists()
