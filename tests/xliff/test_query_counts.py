"""Export and import take the same number of queries for a short page as for a long one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from cms.actors import acting_as
from cms.xliff.export import xliff_document
from cms.xliff.importing import import_file
from cms.xliff.reading import parse
from tests.factories import PressReleasePageFactory
from tests.i18n.conftest import submit_for_translation, translation_of
from tests.xliff.conftest import translated

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def translation_of_page(editor_client, newsroom, paragraphs: int):
    body = "".join(
        f'<p>Paragraph <a href="https://example.org/{n}">{n}</a>.</p>' for n in range(paragraphs)
    )
    page = PressReleasePageFactory(
        parent=newsroom, slug=f"long-{paragraphs}", body=[("paragraph", RichText(body))]
    )
    page.save_revision().publish()
    submit_for_translation(editor_client, page, "fr")
    return translation_of(page, "fr")


def queries(work) -> int:
    with CaptureQueriesContext(connection) as captured:
        work()
    return len(captured)


@pytest.fixture
def short_and_long(editor_client, newsroom):
    return (
        translation_of_page(editor_client, newsroom, 2),
        translation_of_page(editor_client, newsroom, 12),
    )


def test_export_queries_do_not_grow_with_the_body(short_and_long):
    short, long = short_and_long
    assert queries(lambda: xliff_document(short)) == queries(lambda: xliff_document(long))


def test_import_queries_do_not_grow_with_the_body(short_and_long, admin_user):
    def importing(translation):
        content = parse(translated(xliff_document(translation), lambda text: f"[fr] {text}"))
        with acting_as(admin_user, door="test"):
            return queries(lambda: import_file(content, translation, admin_user))

    short, long = short_and_long
    assert importing(short) == importing(long)
