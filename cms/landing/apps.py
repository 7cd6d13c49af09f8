from django.apps import AppConfig


class LandingConfig(AppConfig):
    """Pages the CMS itself renders through the API: the headless preview (and embargo) pages."""

    name = "cms.landing"
    label = "landing"
    verbose_name = "Landing pages"
