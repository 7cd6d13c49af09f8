"""Apollo Client's InMemoryCache can hold every committed operation in every locale at once:
each answer, written into one shared cache, reads back exactly as the server sent it
(frontend_contract/tests/cache-roundtrip.mjs, run with Node against the live server); and its
persisted-query link fetches an operation by its id alone (tests/persisted-link.mjs)."""

import json
import subprocess
from urllib.parse import unquote

import pytest

from cms.api.http.contract import CONTRACT_DIR as CONTRACT

# django_db: so that the test database exists when these run alone (no test here writes).
pytestmark = [pytest.mark.django_db]


@pytest.fixture(scope="module")
def roundtrip(served_demo) -> dict:
    result = subprocess.run(
        ["node", "tests/cache-roundtrip.mjs", f"{served_demo}/graphql/"],
        cwd=CONTRACT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    report = json.loads(lines[0])
    print(f"cache round trip: {lines[0]}")
    return report | {"exit": result.returncode, "stderr": result.stderr}


def test_every_answer_reads_back_unchanged_from_the_shared_cache(roundtrip):
    assert roundtrip["mismatches"] == []
    assert roundtrip["answersReadBack"] == roundtrip["requests"] > 4 * 5


def test_no_id_stands_for_two_contents_across_the_four_locales(roundtrip):
    assert roundtrip["conflicts"] == []
    assert roundtrip["exit"] == 0, roundtrip["stderr"]


def test_body_blocks_images_and_snippets_are_normalised_by_id(roundtrip):
    kinds = roundtrip["typenames"]
    blocks = {"ParagraphBlock", "HeadingBlock", "ImageBlock", "QuoteBlock", "KeyFactBlock"}
    assert blocks | {"Image", "Topic", "Country", "Translation"} <= set(kinds)
    assert roundtrip["objectsChecked"] > roundtrip["distinctIds"] > 100


@pytest.fixture(scope="module")
def apollo_persisted(served_demo) -> dict:
    result = subprocess.run(
        ["node", "tests/persisted-link.mjs", f"{served_demo}/graphql/"],
        cwd=CONTRACT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def test_apollo_clients_persisted_query_link_gets_the_listing_by_hash_alone(apollo_persisted):
    (request,) = apollo_persisted["sent"]
    assert request["method"] == "GET"
    assert "query=" not in request["url"]
    assert "sha256Hash" in unquote(request["url"])
    assert len(apollo_persisted["titles"]) == 2
