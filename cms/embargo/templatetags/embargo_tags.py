from django import template

from cms.embargo.phrases import phrase as lookup

register = template.Library()


@register.simple_tag
def phrase(key: str, language: str) -> str:
    return lookup(key, language)
