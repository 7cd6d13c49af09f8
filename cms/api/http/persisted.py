"""Persisted operations (trusted documents): the operations in frontend_contract/operations/,
each known by the sha256 of its document (the operation and the fragments it reaches).

`make contract` writes the manifest (`frontend_contract/persisted-operations.json`, id ->
text); frontends send `GET /graphql/?id=<sha256>&variables=…` or Apollo's APQ extension
(`extensions.persistedQuery.sha256Hash`) instead of the text, which makes GET URLs short and
CDN-cacheable, and lets production refuse every document it did not ship
(`NEWSROOM_GRAPHQL_PERSISTED_ONLY`).
"""

import hashlib
import json
from functools import lru_cache

from cms.api.http.contract import MANIFEST_FILE, documents


def operation_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_manifest() -> dict[str, str]:
    """Each operation as sent: the operation with the fragments it reaches (cms/api/http/contract.py),
    printed as graphql-js prints it (no final newline), so the id Apollo's persisted-query link
    computes over the generated document is the id here."""
    texts = (text.rstrip("\n") for text in documents().values())
    return {operation_id(text): text for text in texts}


def manifest_json(manifest: dict[str, str]) -> str:
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def persisted_operations() -> dict[str, str]:
    """The committed manifest, read once per process (it changes only with a deploy)."""
    if not MANIFEST_FILE.exists():
        return {}
    return json.loads(MANIFEST_FILE.read_text(encoding="utf-8"))


def persisted_text(sha256: str) -> str | None:
    return persisted_operations().get(sha256.lower()) if isinstance(sha256, str) else None
