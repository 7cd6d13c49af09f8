"""Response-cache hits for anonymous GETs, answered before the rest of the middleware stack.

A hit needs none of what the stack does for other requests (sessions, locale, CSRF, users,
messages, redirects): it is the same stored bytes whatever those decide. So once the whole
stack and the GraphQL view have answered a request from the cache (or stored its answer), the
same raw request (query string, host, scheme, Accept, cookies) is remembered with the cache
key the view computed and the headers the stack added. The next such request, in the same
content generation, is answered here: the same key, the same stored entry, the same headers.

What is never answered here: anything but GET of `/graphql/`; a request carrying a session
cookie or credentials (it may be signed in); a request the view did not mark shareable (preview
and embargo tokens, errors, private answers) — those never get remembered. A publish bumps the
generation, which forgets every remembered request; so does any change of settings.

The middlewares before this one (CORS, HTTP caching, security, WhiteNoise, metrics) run for
every request, early hits included: they add CORS, Cache-Control, ETag, Vary and security
headers as for any other answer.
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse

from cms.api.http.cache.keys import CACHE_HEADER
from cms.api.http.cache.replay import replay
from cms.api.http.cache.store import response_cache
from cms.api.http.shown import SHOWN_HEADERS

API_PATH = "/graphql/"
REMEMBERED_REQUESTS = 2048
# The request as the stack reads it: the operation, how the host and scheme are worked out
# (the key's site and base), and what changes the media type or the stack's headers.
IDENTITY_META = (
    "QUERY_STRING",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "wsgi.url_scheme",
    "HTTP_ACCEPT",
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_COOKIE",
    "HTTP_USER_AGENT",
)
# Set again on every answer (replay, or the middlewares before this one).
NOT_REMEMBERED = frozenset(
    header.lower()
    for header in (
        "Content-Type",
        "Content-Length",
        CACHE_HEADER,
        "Set-Cookie",
        "Vary",
        "Cache-Control",
        "ETag",
        *SHOWN_HEADERS,
    )
)


@dataclass(frozen=True)
class Remembered:
    generation: int
    key: str
    headers: tuple[tuple[str, str], ...]
    # The operation the view named (cms.observability labels metrics and logs with it).
    operation: tuple[str, bool] | None = None


class RememberedRequests:
    """A bounded, thread-safe map from a raw request to its cache key and the stack's headers:
    distinct variables cannot grow it without limit."""

    def __init__(self, size: int = REMEMBERED_REQUESTS) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, Remembered] = OrderedDict()
        self._lock = Lock()

    def get(self, identity: tuple) -> Remembered | None:
        return self._entries.get(identity)

    def put(self, identity: tuple, remembered: Remembered) -> None:
        with self._lock:
            self._entries[identity] = remembered
            self._entries.move_to_end(identity)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def forget(self, identity: tuple | None = None) -> None:
        with self._lock:
            if identity is None:
                self._entries.clear()
            else:
                self._entries.pop(identity, None)


remembered_requests = RememberedRequests()


def _forget_on_setting_change(**_kwargs) -> None:
    remembered_requests.forget()


setting_changed.connect(_forget_on_setting_change, dispatch_uid="cms.api.http.cache.early_hit")


def identity(request: HttpRequest) -> tuple | None:
    """The raw request, or None when it may not be answered early."""
    if request.method != "GET" or request.path_info != API_PATH:
        return None
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    return tuple(meta.get(name) for name in IDENTITY_META)


def early_answer(request: HttpRequest, raw: tuple) -> HttpResponse | None:
    remembered = remembered_requests.get(raw)
    if remembered is None or not response_cache.enabled:
        return None
    generation = response_cache.generation()
    if generation != remembered.generation:
        remembered_requests.forget(raw)
        return None
    cached = response_cache.get(remembered.key, generation=generation)
    if cached is None:
        return None
    response = replay(cached, request)
    for name, value in remembered.headers:
        response[name] = value
    response["Content-Length"] = str(len(response.content))
    request.api_shareable = True
    if remembered.operation is not None:
        request.graphql_operation = remembered.operation
    return response


def remember(request: HttpRequest, raw: tuple, response: HttpResponse) -> None:
    """Only what the view marked shareable and keyed, answered 200 without setting a cookie."""
    key = getattr(request, "api_cache_key", None)
    if (
        key is None
        or response.status_code != 200
        or not getattr(request, "api_shareable", False)
        or response.get(CACHE_HEADER) not in ("hit", "miss")
        or response.cookies
        or "Set-Cookie" in response
    ):
        return
    headers = tuple(
        (name, value) for name, value in response.items() if name.lower() not in NOT_REMEMBERED
    )
    generation = getattr(request, "api_cache_generation", None)
    if generation is not None:
        operation = getattr(request, "graphql_operation", None)
        remembered_requests.put(raw, Remembered(generation, key, headers, operation))


class EarlyCacheHitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        raw = identity(request)
        if raw is None:
            return self.get_response(request)
        response = early_answer(request, raw)
        if response is not None:
            return response
        response = self.get_response(request)
        remember(request, raw, response)
        return response
