"""The persisted-operations manifest frontends and the server share is current: one entry per
committed operation, keyed by the sha256 of the file exactly as committed."""

import hashlib
import json

from cms.api.persisted import MANIFEST, OPERATIONS, build_manifest, persisted_text


def test_the_committed_manifest_matches_the_operations():
    assert json.loads(MANIFEST.read_text()) == build_manifest(), (
        "frontend_contract/persisted-operations.json is stale: run `make contract`, commit it."
    )


def test_each_operation_is_keyed_by_the_sha256_of_its_file():
    manifest = json.loads(MANIFEST.read_text())
    for path in OPERATIONS.glob("*.graphql"):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert manifest[digest] == path.read_text()


def test_an_unknown_or_malformed_id_finds_nothing():
    assert persisted_text("0" * 64) is None
    assert persisted_text(["not", "a", "string"]) is None
