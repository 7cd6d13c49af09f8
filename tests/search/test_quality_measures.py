"""recall@10 and MRR are computed the standard way, per language."""

from cms.search.quality import RelevanceCase, Scores, evaluate, table

IDS = {("en", "a"): 1, ("en", "b"): 2, ("fr", "a"): 3}
CASES = [
    RelevanceCase("en", "first", ("a",)),
    RelevanceCase("en", "second", ("a", "b")),
    RelevanceCase("fr", "third", ("a",)),
]
RANKINGS = {"first": [9, 1], "second": [2, *range(100, 120), 1], "third": []}


def rank(text: str, code: str) -> list[int]:
    return RANKINGS[text]


def test_recall_counts_expected_items_in_the_top_ten_and_mrr_the_first_found():
    scores = evaluate(CASES, IDS, rank)
    assert scores["en"] == Scores(queries=2, recall=0.75, mrr=0.75, misses=("second",))
    assert scores["fr"] == Scores(queries=1, recall=0.0, mrr=0.0, misses=("third",))


def test_the_table_puts_rankers_side_by_side_per_language():
    scores = evaluate(CASES, IDS, rank)
    printed = table({"ours": scores, "other": scores}).splitlines()
    assert printed[2].split() == ["en", "2", "0.750", "0.750", "0.750", "0.750"]
    assert printed[3].split()[0] == "fr"
