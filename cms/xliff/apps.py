from django.apps import AppConfig


class XliffConfig(AppConfig):
    """XLIFF 2.0 files for agencies' CAT tools, and the translation status report.

    Comes before wagtail_localize in INSTALLED_APPS: it adds the XLIFF buttons to
    wagtail-localize's translation editor by overriding that editor's template."""

    name = "cms.xliff"
    label = "xliff"
    verbose_name = "XLIFF and translation status"
