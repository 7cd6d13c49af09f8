"""Which machine translator wagtail-localize offers translators, chosen by the environment.

Machine translation sends content to a third party, so it stays off unless an operator names
a service; a named service without its credentials stops the process instead of failing later
in front of a translator.
"""

from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"


def _required(environ: Mapping[str, str], name: str, service: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATOR={service} needs {name} to be set.")
    return value


def machine_translator_from_env(environ: Mapping[str, str]) -> dict | None:
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for MACHINE_TRANSLATOR, or None (off)."""
    service = environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if service in {"", "off", "none"}:
        return None
    if service == "deepl":
        return {
            "CLASS": DEEPL,
            "OPTIONS": {"AUTH_KEY": _required(environ, "DEEPL_API_KEY", service)},
        }
    if service == "libretranslate":
        url = _required(environ, "LIBRETRANSLATE_URL", service).rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise ImproperlyConfigured("LIBRETRANSLATE_URL must start with http:// or https://.")
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": url,
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
            },
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={service!r} is not supported; use deepl, libretranslate or leave it "
        "empty to turn machine translation off."
    )
