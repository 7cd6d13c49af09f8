"""Committed operations share fragments; each is sent as one document holding the operation and
exactly the fragments it reaches."""

import pytest
from graphql import FragmentDefinitionNode, parse

from cms.api.http.contract import ContractError, assemble, documents, fragments

OPERATION = "query Listing { newsItems { edges { node { ...Card } } } }"


def fragment_names(text: str) -> list[str]:
    return [d.name.value for d in parse(text).definitions if isinstance(d, FragmentDefinitionNode)]


def shared(*texts: str) -> dict:
    return {d.name.value: d for text in texts for d in parse(text).definitions}


def test_a_document_carries_the_fragments_its_fragments_use_once_each():
    found = shared(
        "fragment Card on NewsItem { id heroImage { ...Photo } topics { ...Tag } }",
        "fragment Photo on Image { id credit }",
        "fragment Tag on Topic { id ...Photo2 }",
        "fragment Photo2 on Topic { name }",
        "fragment Unused on Topic { slug }",
    )
    document = assemble(parse(OPERATION).definitions[0], found)
    assert [d.name.value for d in document.definitions] == [
        "Listing",
        "Card",
        "Photo",
        "Tag",
        "Photo2",
    ]


def test_an_unknown_fragment_is_named():
    with pytest.raises(ContractError, match="Listing uses unknown fragment Card"):
        assemble(parse(OPERATION).definitions[0], {})


def test_the_article_document_carries_one_fragment_per_body_block_type():
    names = set(fragment_names(documents()["Article"]))
    blocks = {"ParagraphBlock", "HeadingBlock", "ImageBlock", "QuoteBlock", "EmbedBlock"}
    blocks |= {"DocumentBlock", "CallToActionBlock", "KeyFactBlock", "RelatedContentBlock"}
    assert names >= blocks | {"Body", "CreditedImage", "NewsCard"}


def test_listings_and_the_article_share_the_news_card():
    texts = documents()
    assert all("NewsCard" in fragment_names(texts[name]) for name in ("NewsListing", "Article"))


def test_every_shared_fragment_is_used_by_some_operation():
    used = {name for text in documents().values() for name in fragment_names(text)}
    assert set(fragments()) == used
