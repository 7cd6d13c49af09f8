from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Commands for the people who run the CMS: bootstrap, housekeeping."""

    name = "cms.ops"
    label = "ops"
    verbose_name = "Operations"
