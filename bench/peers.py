"""Field declarations for the two peers, attached to the product's models from outside.

Both peers get the selection our operations ask for: title, URL path, kind, publication date,
summary, hero image (alt, credit, one 800x450 WebP rendition), topics, countries; and for the
article the typed body and related items.
"""

from grapple.models import (
    GraphQLCollection,
    GraphQLForeignKey,
    GraphQLImage,
    GraphQLPage,
    GraphQLStreamfield,
    GraphQLString,
)
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

from cms.media.models import NewsroomImage
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.snippets import Country, Topic

RENDITION_SPEC = "fill-800x450|format-webp"


class KindField(serializers.Field):
    """The kind is a class attribute of the concrete page type; REST lists the base model."""

    def __init__(self, **kwargs) -> None:
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page) -> str:
        return str(page.specific_class.kind)


class HeroImageSerializer(serializers.Serializer):
    alt = serializers.CharField(source="alt_text")
    credit = serializers.CharField()
    rendition = ImageRenditionField(RENDITION_SPEC, source="*")


class TopicSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class CountrySerializer(serializers.Serializer):
    name = serializers.CharField()
    iso_code = serializers.CharField()


class RelatedItemSerializer(serializers.Serializer):
    title = serializers.CharField(source="item.title")
    url_path = serializers.CharField(source="item.url_path")


def declare_peer_fields() -> None:
    NewsItemPage.api_fields = [
        APIField("url_path"),
        APIField("kind", serializer=KindField()),
        APIField("publication_date"),
        APIField("summary"),
        APIField("hero_image", serializer=HeroImageSerializer()),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("countries", serializer=CountrySerializer(many=True)),
        APIField("body"),
        APIField(
            "related_items",
            serializer=RelatedItemSerializer(many=True, source="related_item_links"),
        ),
    ]
    NewsItemPage.graphql_fields = [
        GraphQLString("kind"),
        GraphQLString("publication_date"),
        GraphQLString("summary"),
        GraphQLImage("hero_image"),
        GraphQLCollection(GraphQLForeignKey, "topics", Topic),
        GraphQLCollection(GraphQLForeignKey, "countries", Country),
        GraphQLStreamfield("body"),
        GraphQLCollection(GraphQLPage, "related_items", source="related_item_links.item"),
    ]
    NewsroomImage.graphql_fields = [GraphQLString("alt_text"), GraphQLString("credit")]
    Topic.graphql_fields = [GraphQLString("name"), GraphQLString("slug")]
    Country.graphql_fields = [GraphQLString("name"), GraphQLString("iso_code")]
