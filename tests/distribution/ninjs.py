"""IPTC's own ninjs 2.1 schema (specification/ninjs-schema_2.1.json of iptc/newsinjson, as of
its commit 3ace397, kept verbatim in schemas/), applied with formats checked (uri, date-time)."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA = Path(__file__).parent / "schemas" / "ninjs-schema_2.1.json"


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(document: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator().iter_errors(document)
    ]
