"""A database that cannot be reached is an outage to wait out, not a bug: clients get a 503
with `Retry-After` (a GraphQL error with code SERVICE_UNAVAILABLE on the API), never a
traceback. Connections are health-checked per request (CONN_HEALTH_CHECKS), so the app
recovers by itself once the database is back."""

import json
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.views.defaults import server_error

RETRY_AFTER_SECONDS = 5
UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Retry shortly."
UNAVAILABLE_CODE = "SERVICE_UNAVAILABLE"


def is_outage(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def unavailable_response(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/graphql"):
        error = {"message": UNAVAILABLE_MESSAGE, "extensions": {"code": UNAVAILABLE_CODE}}
        response = HttpResponse(
            json.dumps({"errors": [error]}), status=503, content_type="application/json"
        )
    else:
        response = HttpResponse(UNAVAILABLE_MESSAGE, status=503, content_type="text/plain")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def handler500(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Django calls this inside the `except` that caught the error: an unreachable database
    answers 503, anything else the ordinary 500 page."""
    if is_outage(sys.exc_info()[1]):
        return unavailable_response(request)
    return server_error(request, *args, **kwargs)


def database_reachable(alias: str, probe: bool = False) -> bool:
    """Connects if needed (a reused connection is health-checked once per request, as Django
    does anyway); `probe` also runs a trivial query, for after a failure."""
    connection = connections[alias]
    try:
        connection.close_if_health_check_failed()
        connection.ensure_connection()
        return connection.is_usable() if probe else True
    except DatabaseError:
        connection.close()
        return False


def database_failed(alias: str) -> bool:
    """After a request failed: was the database the cause? Its connection broke during the
    request (a restart), or it cannot be reached now."""
    connection = connections[alias]
    broken = connection.errors_occurred and connection.connection is not None
    if broken and not connection.is_usable():
        connection.close()
        return True
    return not database_reachable(alias, probe=True)
