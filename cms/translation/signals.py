"""A locale's tree appears when something is first translated into it (wagtail-localize copies
the untranslated parents as aliases); translators get their rights on it at that moment."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from .permissions import grant_translators_locale_root, is_locale_root


@receiver(post_save, dispatch_uid="translation.grant_translators_locale_root")
def grant_rights_on_new_locale_root(sender, instance, created: bool, raw: bool = False, **kwargs):
    if created and not raw and isinstance(instance, Page) and is_locale_root(instance):
        grant_translators_locale_root(instance)
