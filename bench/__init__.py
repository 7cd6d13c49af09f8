"""`make bench`: our GraphQL API against Wagtail's REST API v2 and v3 and wagtail-grapple.

Bench-only code: the product never imports this package. Peers are configured here (settings,
URLs, field declarations attached in `BenchConfig.ready`) so no product file knows about them.
"""
