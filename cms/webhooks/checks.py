"""Configuration mistakes an operator should hear about at start-up, not at the first publish."""

from django.core.checks import Error, register

from cms.conf import newsroom

from .endpoints import endpoint_problem


@register()
def check_webhook_endpoints(app_configs, **kwargs) -> list[Error]:
    errors = []
    for url in newsroom.WEBHOOK_URLS:
        if problem := endpoint_problem(url):
            errors.append(
                Error(f"NEWSROOM_WEBHOOK_URLS entry {url!r}: {problem}", id="webhooks.E001")
            )
    if newsroom.WEBHOOK_URLS and not newsroom.WEBHOOK_SECRET:
        errors.append(
            Error(
                "NEWSROOM_WEBHOOK_URLS is set but NEWSROOM_WEBHOOK_SECRET is empty: "
                "frontends could not verify the events.",
                id="webhooks.E002",
            )
        )
    return errors
