"""The preview page reads the draft through the GraphQL API, exactly as a frontend would."""

from django.http import HttpRequest

from cms.api.http.context import ApiContext
from cms.api.schema import schema
from cms.preview.tokens import PreviewTokenExpired
from newsroom_pages.sites import site_for_request

PAGE_FIELDS = """
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
"""
PREVIEW_QUERY = (
    f"query Preview($token: String!) {{ page(previewToken: $token) {{ {PAGE_FIELDS} }} }}"
)
EMBARGO_QUERY = f"""query Embargoed($token: String!) {{
  page(embargoToken: $token) {{
    urlPath
    embargo {{ liftsAt isLifted recipient {{ name outlet }} }}
    {PAGE_FIELDS}
  }}
}}"""


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


class EmbargoUnavailable(Exception):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code
        self.status = 410 if code in {"EMBARGO_TOKEN_EXPIRED", "EMBARGO_WITHDRAWN"} else 403


def embargo_data(request: HttpRequest, token: str) -> dict:
    from cms.api.schema import schema

    result = schema.execute(
        EMBARGO_QUERY,
        variable_values={"token": token},
        context_value=ApiContext(request, site_for_request(request)),
    )
    if result.errors or not result.data or not result.data["page"]:
        error = result.errors[0] if result.errors else None
        code = (error.extensions or {}).get("code", "EMBARGO_TOKEN_INVALID") if error else ""
        raise EmbargoUnavailable(
            error.message if error else "The embargo link is not valid.",
            code or "EMBARGO_TOKEN_INVALID",
        )
    return result.data["page"]
