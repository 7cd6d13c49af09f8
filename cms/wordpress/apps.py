from django.apps import AppConfig


class WordPressConfig(AppConfig):
    """Bringing a newsroom's WordPress archive in (WXR exports): `manage.py import_wordpress`
    and the admin's Settings > Import from WordPress."""

    name = "cms.wordpress"
    label = "wordpress"
    verbose_name = "WordPress import"
    default_auto_field = "django.db.models.BigAutoField"
