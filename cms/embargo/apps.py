from django.apps import AppConfig


class EmbargoConfig(AppConfig):
    """Releases sent to journalists before they go public: press lists, personal links pinned
    to a scheduled revision, the emails that carry them and the log of who opened what."""

    name = "cms.embargo"
    label = "embargo"
    verbose_name = "Embargoes"
    default_auto_field = "django.db.models.BigAutoField"
