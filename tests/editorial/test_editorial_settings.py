"""What an operator sets: preview frontends and webhook endpoints come from the environment."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.settings.environment import preview_client_urls
from cms.webhooks.checks import check_webhook_endpoints
from tests.configuration.test_production_settings import example_environment, manage


def test_preview_urls_come_from_NEWSROOM_PREVIEW_URL_and_per_site_pairs(monkeypatch):
    monkeypatch.setenv("NEWSROOM_PREVIEW_URL", "https://www.example.org/api/preview")
    monkeypatch.setenv("NEWSROOM_PREVIEW_SITE_URLS", "ar.example.org=https://ar.example.org/p")

    assert preview_client_urls() == {
        "default": "https://www.example.org/api/preview",
        "ar.example.org": "https://ar.example.org/p",
    }


def test_without_preview_variables_the_cms_previews_itself(monkeypatch):
    monkeypatch.delenv("NEWSROOM_PREVIEW_URL", raising=False)
    monkeypatch.delenv("NEWSROOM_PREVIEW_SITE_URLS", raising=False)

    assert preview_client_urls() == {}


def test_a_malformed_per_site_preview_url_is_a_clear_configuration_error(monkeypatch):
    monkeypatch.setenv("NEWSROOM_PREVIEW_SITE_URLS", "https://no-hostname.example.org")

    with pytest.raises(ImproperlyConfigured, match="hostname=url"):
        preview_client_urls()


def test_production_refuses_webhook_endpoints_without_a_signing_secret():
    env = example_environment()
    env["NEWSROOM_WEBHOOK_URLS"] = "https://www.example.org/hooks/newsroom"
    env.pop("NEWSROOM_WEBHOOK_SECRET", None)

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "NEWSROOM_WEBHOOK_SECRET is required" in result.stderr


def test_a_webhook_endpoint_that_is_not_http_is_a_startup_error(settings):
    settings.NEWSROOM_WEBHOOK_URLS = ["file:///etc/passwd", "https://www.example.org/hook"]

    assert [error.id for error in check_webhook_endpoints(None)] == ["webhooks.E001"]


def test_webhook_endpoints_without_a_secret_are_a_startup_error(settings):
    settings.NEWSROOM_WEBHOOK_URLS = ["https://www.example.org/hook"]
    settings.NEWSROOM_WEBHOOK_SECRET = ""

    assert [error.id for error in check_webhook_endpoints(None)] == ["webhooks.E002"]
