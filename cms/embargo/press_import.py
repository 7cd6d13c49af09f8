"""Importing a CRM export (CSV: name, outlet, email, language) into a press list.

The file is checked whole before anything is written: one bad row and nothing is imported,
with every bad row reported by its line number. A journalist is matched by email, so
importing the same file again updates rather than duplicates."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from .press import Journalist, PressList

COLUMNS = ("name", "outlet", "email", "language")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


class PressListImportError(ValueError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def _rows(text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in ("name", "email") if column not in header]
    if missing:
        return [], [
            f"line 1: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}"
        ]
    reader.fieldnames = header
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    rows, errors, seen = [], [], {}
    for row in reader:
        line = reader.line_num
        values = {key: (row.get(key) or "").strip() for key in COLUMNS}
        values["email"] = values["email"].lower()
        values["language"] = values["language"].lower() or settings.LANGUAGE_CODE
        problems = []
        if not values["name"]:
            problems.append("name is empty")
        try:
            validate_email(values["email"])
        except ValidationError:
            problems.append(f"email {values['email']!r} is not an email address")
        if values["language"] not in languages:
            problems.append(
                f"language {values['language']!r} is not one of {', '.join(sorted(languages))}"
            )
        if values["email"] and values["email"] in seen:
            problems.append(f"email repeats line {seen[values['email']]}")
        seen.setdefault(values["email"], line)
        if problems:
            errors.append(f"line {line}: {'; '.join(problems)}")
        else:
            rows.append((line, values))
    return rows, errors


def import_press_list(text: str, list_name: str) -> ImportReport:
    """Raises `PressListImportError` (listing every bad line) and writes nothing when any row
    is bad; otherwise creates or updates each journalist and puts them on the list."""
    rows, errors = _rows(text)
    if errors:
        raise PressListImportError(errors)
    report = ImportReport()
    with transaction.atomic():
        press_list, _created = PressList.objects.get_or_create(name=list_name)
        existing = {j.email.lower(): j for j in Journalist.objects.all()}
        members = []
        for _line, values in rows:
            journalist = existing.get(values["email"])
            if journalist is None:
                journalist = Journalist.objects.create(
                    name=values["name"],
                    outlet=values["outlet"],
                    email=values["email"],
                    language=values["language"],
                )
                report.created += 1
            else:
                journalist.name = values["name"]
                journalist.outlet = values["outlet"]
                journalist.language = values["language"]
                journalist.save(update_fields=["name", "outlet", "language"])
                report.updated += 1
            members.append(journalist)
        press_list.journalists.add(*members)
        press_list.save()
    return report
