"""Any inline markup wagtail-localize can hand over comes back from a CAT tool as the same
markup: generated strings of links, bold, italic and line breaks, nested any way, go into
XLIFF codes and back unchanged (the file's codes copied into the target, as a CAT tool does)."""

import copy
import html
from xml.etree.ElementTree import Element

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms.xliff.inline import (
    XLIFF_NS,
    fill,
    html_tokens,
    source_codes,
    target_html,
    xliff_tokens,
)

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


def fragments(depth: int = 3):
    if depth == 0:
        return TEXT.map(html.escape)
    inner = st.lists(fragments(depth - 1), max_size=3).map("".join)
    return st.one_of(
        TEXT.map(html.escape),
        st.just("<br/>"),
        st.tuples(st.sampled_from(["b", "i", "strong", "em", "code"]), inner).map(
            lambda pair: f"<{pair[0]}>{pair[1]}</{pair[0]}>"
        ),
        inner.map(lambda text: f'<a id="a1">{text}</a>'),
    )


def normalised(fragment: str) -> str:
    return str(BeautifulSoup(fragment, "html.parser"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fragments(), min_size=1, max_size=4).map("".join).map(normalised))
def test_markup_copied_into_the_target_comes_back_as_the_same_html(string_html):
    source = Element(f"{{{XLIFF_NS}}}source")
    fill(source, string_html, {"a1": {"href": "https://example.org/"}})
    assert xliff_tokens(source) == html_tokens(string_html)
    target = copy.deepcopy(source)
    assert normalised(target_html(target, source_codes(string_html))) == string_html


def test_a_link_address_is_never_in_the_translatable_text():
    source = Element(f"{{{XLIFF_NS}}}source")
    data = fill(source, 'See <a id="a1">this</a>', {"a1": {"href": "https://example.org/x"}})
    assert "https://example.org/x" not in "".join(source.itertext())
    assert data == [("d1", '<a href="https://example.org/x">'), ("d1e", "</a>")]
