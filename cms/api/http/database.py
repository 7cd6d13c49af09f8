"""Which database answers an API request, and what a client sees when none can.

The pipeline's view (views.py) calls `on_read_database` only when a response is computed (not
on a cache hit). Reads may go to the replica only for requests the cache could answer
(anonymous, published content); everything else reads from the primary.
"""

import json
from collections.abc import Callable

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

from cms.api.http.cache.invalidation import PAGE_SIGNALS, shown_models
from cms.api.http.cache.store import response_cache
from cms.db.availability import database_failed, database_reachable, unavailable_response
from cms.db.replica import choose_read_database, record_publish_position, replica_configured
from cms.db.router import reading_from
from newsroom_pages.scheduling import catch_up_when_due

DISPATCH_PREFIX = "cms.api.http.database.publish_position"


def on_read_database(
    request: HttpRequest, shareable: bool, compute: Callable[[], HttpResponse]
) -> HttpResponse:
    """Runs `compute` on the database this request may read: the replica only for answers the
    response cache may share (anonymous, published content; a preview token or a signed-in
    editor's draft may be younger than the replica). A due go-live or expiry is applied (on
    the primary) first, once per computed response, so this very response shows it."""
    alias = DEFAULT_DB_ALIAS
    catch_up_when_due()
    if shareable:
        alias = choose_read_database(request)
    if not database_reachable(alias):
        return unavailable_response(request)
    with reading_from(alias):
        response = compute()
    if _failed(response) and database_failed(alias):
        return unavailable_response(request)  # the database went away mid-request
    return response


def _failed(response: HttpResponse) -> bool:
    if response.status_code >= 500:
        return True
    if response.streaming or b'"errors"' not in response.content:
        return False
    try:
        return bool(json.loads(response.content).get("errors"))
    except (ValueError, AttributeError):
        return False


def _record_publish_position(**_kwargs) -> None:
    if replica_configured():
        transaction.on_commit(lambda: record_publish_position(then=response_cache.invalidate))


def _record_on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _record_publish_position()


def connect_signals() -> None:
    """On the events that invalidate cached responses, note the primary's WAL position for
    `cms.db.replica` once the change commits."""
    for name, signal in PAGE_SIGNALS.items():
        signal.connect(_record_publish_position, dispatch_uid=f"{DISPATCH_PREFIX}.{name}")
    post_delete.connect(_record_on_page_delete, dispatch_uid=f"{DISPATCH_PREFIX}.page_delete")
    for model in shown_models():
        label = model._meta.label_lower
        for signal in (post_save, post_delete):
            signal.connect(
                _record_publish_position, sender=model, dispatch_uid=f"{DISPATCH_PREFIX}.{label}"
            )
