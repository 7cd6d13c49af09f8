"""Persisted operations (trusted documents): the manifest frontends and the server share is
current, keyed by the sha256 of each operation's document as sent (the operation and the
fragments it reaches), and the API runs a document by its id."""

import hashlib
import json

import pytest

from cms.api.http.contract import MANIFEST_FILE as MANIFEST
from cms.api.http.contract import documents
from cms.api.http.persisted import build_manifest, persisted_text
from tests.api.conftest import GraphQLClient


def test_the_committed_manifest_matches_the_operations():
    assert json.loads(MANIFEST.read_text()) == build_manifest(), (
        "frontend_contract/persisted-operations.json is stale: run `make contract`, commit it."
    )


def test_each_operation_is_keyed_by_the_sha256_of_its_document():
    manifest = json.loads(MANIFEST.read_text())
    for text in documents().values():
        printed = text.rstrip("\n")
        assert manifest[hashlib.sha256(printed.encode()).hexdigest()] == printed


def test_an_unknown_or_malformed_id_finds_nothing():
    assert persisted_text("0" * 64) is None
    assert persisted_text(["not", "a", "string"]) is None


def listing_id() -> str:
    return hashlib.sha256(documents()["NewsListing"].rstrip("\n").encode()).hexdigest()


@pytest.mark.django_db
def test_a_get_by_id_runs_the_persisted_document():
    response = GraphQLClient().client.get(
        "/graphql/", {"id": listing_id(), "variables": json.dumps({"first": 1})}
    )
    assert response.status_code == 200
    assert response.json()["data"]["newsItems"]["edges"] == []


@pytest.mark.django_db
def test_apollo_apq_by_hash_runs_the_persisted_document():
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": listing_id()}}
    response = GraphQLClient().client.get(
        "/graphql/", {"extensions": json.dumps(extensions), "variables": "{}"}
    )
    assert response.json()["data"]["newsItems"]["edges"] == []


@pytest.mark.django_db
def test_an_unknown_hash_without_its_text_is_persisted_query_not_found():
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
    response = GraphQLClient().client.get("/graphql/", {"extensions": json.dumps(extensions)})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


@pytest.mark.django_db
def test_persisted_only_mode_refuses_a_documents_text_with_a_code(settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "PERSISTED_ONLY": True}
    response = GraphQLClient().post("{ locales { code } }")
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_REQUIRED"


@pytest.mark.django_db
def test_persisted_only_mode_still_runs_shipped_operations(settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "PERSISTED_ONLY": True}
    response = GraphQLClient().client.get("/graphql/", {"id": listing_id()})
    assert response.status_code == 200
    assert "errors" not in response.json()
