"""The grapple peer's operations, written with the same selection as our two operations.

Grapple gives each page model its own type without a shared news-item interface, so the item
selection is repeated for each concrete kind.
"""

KIND_TYPES = ("PressReleasePage", "ReportPage", "CampaignVictoryPage")
ITEM_TYPES = ("NewsItemPage", *KIND_TYPES)
CONTENT_TYPES = ",".join(f"newsroom_pages.{name}" for name in KIND_TYPES)

HERO_IMAGE = """heroImage { altText credit
  rendition(fill: "800x450", format: "webp") { url width height } }"""

LISTING_FIELDS = f"""kind publicationDate summary {HERO_IMAGE}
  topics {{ name slug }} countries {{ name isoCode }}"""

BODY = """body { id blockType field
  ... on RichTextBlock { value }
  ... on StructBlock { blocks { id field
    ... on CharBlock { value }
    ... on TextBlock { value }
    ... on URLBlock { value }
    ... on ChoiceBlock { value }
    ... on PageChooserBlock { page { title urlPath } }
    ... on ImageChooserBlock { image { altText credit
        rendition(fill: "800x450", format: "webp") { url width height } } }
    ... on ListBlock { items { ... on PageChooserBlock { page { title urlPath } } } } } } }"""

ARTICLE_FIELDS = f"""publicationDate summary {HERO_IMAGE} {BODY}
  relatedItems {{ title urlPath }}"""


def _on_each_kind(fields: str) -> str:
    return " ".join(f"... on {name} {{ {fields} }}" for name in KIND_TYPES)


LISTING = f"""query Listing($limit: PositiveInt) {{
  pages(contentType: "{CONTENT_TYPES}", order: "-newsitempage__publication_date,-id",
        limit: $limit) {{
    id title urlPath {_on_each_kind(LISTING_FIELDS)}
  }}
}}"""

ARTICLE = f"""query Article($urlPath: String!) {{
  page(urlPath: $urlPath) {{ id title {_on_each_kind(ARTICLE_FIELDS)} }}
}}"""
