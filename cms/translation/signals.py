"""A language gets its translators group when its locale is added, and a locale's tree appears
when something is first translated into it (wagtail-localize copies the untranslated parents as
aliases): that language's translators get their rights on it at that moment."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page

from .permissions import grant_translators_locale_root, is_locale_root, translators_group


@receiver(post_save, dispatch_uid="translation.grant_translators_locale_root")
def grant_rights_on_new_locale_root(sender, instance, created: bool, raw: bool = False, **kwargs):
    if created and not raw and isinstance(instance, Page) and is_locale_root(instance):
        grant_translators_locale_root(instance)


@receiver(post_save, sender=Locale, dispatch_uid="translation.translators_group_for_new_locale")
def create_translators_group(sender, instance: Locale, created: bool, raw: bool = False, **kwargs):
    if created and not raw:
        translators_group(instance)
