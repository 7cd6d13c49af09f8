"""Search finds what readers look for in every language: recall@10 over the relevance set
(relevance_set.py) holds at 0.95 or better per language, and per language and kind of case
(typos, spelling variants, accents, Arabic forms), on PostgreSQL."""

import pytest

from cms.search import quality

from . import relevance_set

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.postgres_only]

MINIMUM_RECALL = 0.95


@pytest.fixture(scope="module")
def page_ids(django_db_setup, django_db_blocker):
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield relevance_set.build()
        transaction.set_rollback(True)


def test_the_relevance_set_has_at_least_sixty_queries_in_four_languages():
    codes = {case.code for case in relevance_set.CASES}
    assert len(relevance_set.CASES) >= 60
    assert codes == {"en", "fr", "es", "ar"}


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_recall_at_ten_is_at_least_095_in_each_language(page_ids, code):
    scores = quality.evaluate(
        [case for case in relevance_set.CASES if case.code == code], page_ids, quality.ours
    )[code]
    assert scores.recall >= MINIMUM_RECALL, scores.misses


KINDS = sorted({quality.by_locale_and_kind(case) for case in relevance_set.CASES})


def test_every_language_has_typo_cases_beside_the_first_set():
    assert {f"{code} typo" for code in ("en", "fr", "es", "ar")} <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_recall_at_ten_is_at_least_095_for_each_kind_of_case(page_ids, kind):
    cases = [case for case in relevance_set.CASES if quality.by_locale_and_kind(case) == kind]
    scores = quality.evaluate(cases, page_ids, quality.ours, group=quality.by_locale_and_kind)
    assert scores[kind].recall >= MINIMUM_RECALL, scores[kind].misses
