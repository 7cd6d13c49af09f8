"""graphql-http's server audits (the GraphQL-over-HTTP spec's reference suite) against the
live server, as a spec-following client sees it.

Errors break a MUST of the spec and warnings a SHOULD; notices (a MAY) are reported, not
failed. KNOWN_FAILURES is a ratchet: a new error or warning fails the test, and so does a
known one that now passes (remove it). It is empty: 0 errors, 0 warnings.
"""

import pytest

from .conftest import run_node

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KNOWN_FAILURES: dict[str, str] = {}


def test_the_graphql_over_http_audit_reports_nothing_but_the_known_failures(live_server):
    results = run_node("audit.mjs", f"{live_server.url}/graphql/")
    assert len(results) > 30, results
    failing = {r["id"]: r["status"] for r in results if r["status"] in {"error", "warn"}}
    report = [
        f"{r['status']} {r['id']} {r['name']}: {r['reason']}" for r in results if r["id"] in failing
    ]
    assert failing == KNOWN_FAILURES, "\n".join(report)
