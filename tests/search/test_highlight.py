"""A highlight quotes the text as written, escaped, with only `<mark>` as markup."""

from cms.search.highlight import highlight


def test_matching_words_are_marked_in_their_written_form():
    assert highlight("Les réfugiés en Libye", ["refugi"], "fr") == (
        "Les <mark>réfugiés</mark> en Libye"
    )


def test_arabic_words_match_through_their_prefixes_and_diacritics():
    marked = highlight("أُفرج عن والمعتقلين اليوم", ["افرج", "معتقل"], "ar")
    assert marked == "<mark>أُفرج</mark> عن <mark>والمعتقلين</mark> اليوم"


def test_markup_in_the_text_is_escaped_and_only_mark_is_added():
    marked = highlight('<script>alert("x")</script> detention & abuse', ["detent"], "en")
    assert "<script>" not in marked
    assert marked.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    assert "<mark>detention</mark> &amp; abuse" in marked


def test_a_long_text_is_cut_to_a_passage_around_the_matches():
    text = " ".join(["filler"] * 200) + " Misratah " + " ".join(["filler"] * 200)
    marked = highlight(text, ["misratah"], "en", size=20)
    assert "<mark>Misratah</mark>" in marked
    assert marked.startswith("… ") and marked.endswith(" …")
    assert len(marked.split()) <= 20 + 2


def test_without_a_match_the_passage_is_the_start_of_the_text():
    assert highlight("Nothing here matches.", ["zzz"], "en") == "Nothing here matches."
