"""Fixtures for XLIFF: a page with every kind of inline markup, submitted for translation
through the admin as an editor does it, and the OASIS schema files are checked against."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from wagtail.rich_text import RichText

from tests.factories import PressReleasePageFactory
from tests.i18n.conftest import editor_client, submit_for_translation, translation_of

__all__ = ["editor_client"]  # the i18n area's fixture, used here too

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
NS = {"x": XLIFF}
SCHEMA = Path(__file__).parent / "schemas" / "xliff_core_2.0.xsd"
REPORT_URL = "https://example.org/reports/libya-2026.pdf"
BODY = (
    f'<p>Read <a href="{REPORT_URL}">the <b>full</b> report</a> now.</p>'
    "<p>It names <i>three</i> militias.<br/>All deny it.</p>"
)


@pytest.fixture(scope="session")
def xliff_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA))


@pytest.fixture
def linked_release(newsroom):
    page = PressReleasePageFactory(
        parent=newsroom,
        title="Militias must be held to account",
        slug="militias-held-to-account",
        summary="Those responsible must face justice.",
        body=[("paragraph", RichText(BODY))],
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def french(editor_client, linked_release):
    """wagtail-localize's translation of the page into French, as "Translate this page"
    makes it."""
    submit_for_translation(editor_client, linked_release, "fr")
    return translation_of(linked_release, "fr")


def units(content: bytes) -> list[etree._Element]:
    return etree.fromstring(content).findall(".//x:unit", NS)


def translated(content: bytes, translate: Callable[[str], str]) -> bytes:
    """What a CAT tool sends back: each source copied into its target, codes kept, every
    piece of text passed through `translate`."""
    root = etree.fromstring(content)
    for segment in root.iterfind(".//x:segment", NS):
        old = segment.find("x:target", NS)
        if old is not None:
            segment.remove(old)
        target = copy.deepcopy(segment.find("x:source", NS))
        target.tag = f"{{{XLIFF}}}target"
        for element in target.iter():
            if element.text:
                element.text = translate(element.text)
            if element is not target and element.tail:
                element.tail = translate(element.tail)
        segment.append(target)
        segment.set("state", "translated")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def to_french(text: str) -> str:
    words = {
        "Militias must be held to account": "Les milices doivent rendre des comptes",
        "Those responsible must face justice.": "Les responsables doivent être jugés.",
        "Read ": "Lisez ",
        "the ": "le rapport ",
        "full": "complet",
        " report": "",
        " now.": " maintenant.",
        "It names ": "Il nomme ",
        "three": "trois",
        " militias.": " milices.",
        "All deny it.": "Toutes nient.",
    }
    return words.get(text, f"[fr] {text}")
