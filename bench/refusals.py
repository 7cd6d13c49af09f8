"""How long the API takes to refuse hostile requests, in-process through /graphql/'s view.

    .venv/bin/python -m bench.refusals

Refusals must cost milliseconds whatever their size; the hostile tests (tests/api/test_hostile.py)
bound the same requests in time, this prints the figures.
"""

import json
import os
import statistics
import time


def fragment_bomb(levels: int, leaf: str = "locales { code }") -> str:
    """F1 spreads F0 twice, F2 spreads F1 twice...: 2**levels fields once expanded."""
    fragments = [f"fragment F0 on Query {{ {leaf} }}"]
    fragments += [f"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}" for i in range(1, levels)]
    return f"{{ ...F{levels - 1} }}\n" + "\n".join(fragments)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from cms.api.http.views import graphql_view

    view, factory = graphql_view(), RequestFactory()

    def send(request):
        request.user = AnonymousUser()
        return view(request)

    def post(body: str):
        return send(factory.post("/graphql/", body, content_type="application/json"))

    cases = {
        "fragment bomb, 60 levels (2.4 KB)": lambda: post(json.dumps({"query": fragment_bomb(60)})),
        "200 KB body": lambda: post(json.dumps({"query": "{ locales { code } }" + " " * 200_000})),
        "1 MB body": lambda: post(json.dumps({"query": "{ locales { code } }" + " " * 1_000_000})),
        "100 KB query string": lambda: send(
            factory.get("/graphql/", {"query": "{ locales { code } }" + " " * 100_000})
        ),
        "JSON nested 5,000 deep": lambda: post(
            '{"query": "{ a }", "variables": ' + "[" * 5000 + "]" * 5000 + "}"
        ),
        "1,001 tokens": lambda: post(
            json.dumps({"query": "{ locales { " + "code " * 1001 + "} }"})
        ),
        "fragment bomb, 60 levels, a new text each time": lambda: post(
            json.dumps({"query": fragment_bomb(60) + f"\n# {time.perf_counter_ns()}"})
        ),
    }
    for name, request in cases.items():
        request()
        times = []
        for _ in range(7):
            started = time.perf_counter()
            response = request()
            times.append((time.perf_counter() - started) * 1000)
        code = json.loads(response.content)["errors"][0]["extensions"]["code"]
        print(
            f"{name}: HTTP {response.status_code} {code}, "
            f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"
        )


if __name__ == "__main__":
    main()
