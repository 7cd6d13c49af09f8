"""The preview page reads the draft through the GraphQL API, exactly as a frontend would."""

from django.http import HttpRequest

from cms.api.context import ApiContext
from cms.api.schema import schema
from cms.preview.tokens import PreviewTokenExpired
from newsroom_pages.sites import site_for_request

PREVIEW_QUERY = """
query Preview($token: String!) {
  page(previewToken: $token) {
    title
    locale
    ... on NewsItem {
      publicationDate
      summary
      heroImage { alt caption credit rendition(width: 1200) { url } }
      body {
        blockType
        ... on ParagraphBlock { html }
        ... on HeadingBlock { text level }
        ... on ImageBlock { caption credit alt image { rendition(width: 1200) { url } } }
        ... on QuoteBlock { text speaker role }
        ... on KeyFactBlock { figure label source }
        ... on CallToActionBlock { text url }
        ... on DocumentBlock { label document { url } }
        ... on EmbedBlock { url html }
        ... on RelatedContentBlock { heading items { title urlPath } }
      }
    }
  }
}
"""


class PreviewUnavailable(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def preview_data(request: HttpRequest, token: str) -> dict:
    result = schema.execute(
        PREVIEW_QUERY,
        variable_values={"token": token},
        context_value=ApiContext(request, site_for_request(request)),
    )
    if result.errors or not result.data or not result.data["page"]:
        message = result.errors[0].message if result.errors else "The preview token is not valid."
        status = 410 if message == str(PreviewTokenExpired()) else 403
        raise PreviewUnavailable(message, status)
    return result.data["page"]
