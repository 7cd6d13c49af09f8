"""With introspection off, error messages must not hand out the schema piece by piece:
graphql-core appends "Did you mean 'x'?" (fields, arguments, types, enum values) to
validation and coercion errors, enough to rebuild the schema by guessing."""

import re

from cms.conf import newsroom

SUGGESTION = re.compile(r"\s*Did you mean\b[^?]*\?\s*$")


def without_suggestions(formatted: dict) -> dict:
    """The formatted error as is when introspection is on; else without its suggestion."""
    message = formatted.get("message")
    if newsroom.GRAPHQL["INTROSPECTION"] or not isinstance(message, str):
        return formatted
    return {**formatted, "message": SUGGESTION.sub("", message)}
