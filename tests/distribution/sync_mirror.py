"""A client of `sync` as a static build runs it: keep the token, apply every page to a mirror."""

import datetime

from django.test import Client

SYNC = """query($token: String, $first: Int) {
  sync(token: $token, first: $first) {
    items { __typename id locale urlPath lastPublishedAt }
    deleted { id locale urlPath }
    nextToken
    hasMore
  }
}"""


class Mirror:
    def __init__(self, first: int = 3) -> None:
        self.client = Client(HTTP_HOST="testserver")
        self.first = first
        self.token: str | None = None
        self.pages: dict[str, tuple[str, str, datetime.datetime | None]] = {}
        self.received: list[dict] = []

    def call(self) -> dict:
        response = self.client.post(
            "/graphql/",
            {"query": SYNC, "variables": {"token": self.token, "first": self.first}},
            content_type="application/json",
        )
        body = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]["sync"]

    def sync(self) -> None:
        """Calls until `hasMore` is false, applying each page as it comes."""
        while True:
            page = self.call()
            self.received.append(page)
            for item in page["items"]:
                published = item["lastPublishedAt"]
                self.pages[item["id"]] = (
                    item["locale"],
                    item["urlPath"],
                    datetime.datetime.fromisoformat(published) if published else None,
                )
            for tombstone in page["deleted"]:
                self.pages.pop(tombstone["id"], None)
            self.token = page["nextToken"]
            if not page["hasMore"]:
                return
