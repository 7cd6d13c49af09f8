"""Importing a translated XLIFF file: everything checked first, then written through
wagtail-localize as one transaction, then published only if asked and only if the
publication rule (cms.review, met inside Wagtail's publish) lets it through.

Refusals, each before anything is written: a file for another page, snippet or locale; unit
ids this translation does not have; units whose source changed since the export (all of them
named; `force` imports the others); a target with markup its source does not have.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import user_can_edit_instance

from cms.translation.permissions import may_translate_into

from .inline import MarkupNotInSource, plain_text, source_codes, target_html, xliff_tokens
from .reading import FileUnit, XliffFile
from .refusals import XliffRefused
from .units import Unit, describe, object_reference, units_of

TOOL_NAME = "XLIFF"


@dataclass
class ImportResult:
    translation: Translation
    written: int = 0
    unchanged: int = 0
    empty: int = 0
    skipped_changed: list[str] = field(default_factory=list)
    published: bool = False
    publish_refusal: str | None = None

    def summary(self) -> str:
        parts = [f"{self.written} strings imported into {describe(self.translation)}"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already so")
        if self.empty:
            parts.append(f"{self.empty} left untranslated")
        if self.skipped_changed:
            parts.append(f"{len(self.skipped_changed)} skipped: their source changed")
        outcome = "published" if self.published else "saved as a draft"
        if self.publish_refusal:
            outcome += f"; not published: {self.publish_refusal}"
        return "; ".join(parts) + f"; {outcome}."


def translation_named_by(file: XliffFile) -> Translation:
    translation = (
        Translation.objects.filter(uuid=_uuid_or_none(file.translation_uuid), enabled=True)
        .select_related("source__locale", "target_locale")
        .first()
    )
    if translation is None:
        raise XliffRefused(
            "UNKNOWN_TRANSLATION",
            f"No translation in this CMS has the id {file.translation_uuid} the file names "
            f"({file.original} into {file.target_language}): was it stopped or deleted?",
        )
    return translation


def _uuid_or_none(value: str) -> str | None:
    import uuid

    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def check_file_is_for(file: XliffFile, translation: Translation) -> None:
    expected = object_reference(translation)
    if file.original != expected:
        raise XliffRefused(
            "WRONG_OBJECT",
            f"This file is for {file.original or 'something else'}, not {expected} "
            f"“{translation.source.object_repr}”: nothing was imported.",
        )
    locale = translation.target_locale.language_code
    if file.target_language != locale:
        raise XliffRefused(
            "WRONG_LOCALE",
            f"This file is a translation into {file.target_language or 'no language'}, not "
            f"{locale}: nothing was imported.",
        )
    if file.source_language != translation.source.locale.language_code:
        raise XliffRefused(
            "WRONG_LOCALE",
            f"This file translates from {file.source_language or 'no language'}, not "
            f"{translation.source.locale.language_code}: nothing was imported.",
        )
    if file.translation_uuid != str(translation.uuid):
        raise XliffRefused(
            "WRONG_TRANSLATION",
            "This file was exported for another translation of this page: nothing was imported.",
        )


def check_may_import(user: Any, translation: Translation) -> None:
    """That language's translators or editors (Wagtail grants snippet rights per model, not
    per locale, so the locale is checked too), and rights on the translated item itself."""
    allowed = may_translate_into(user, translation.target_locale)
    if allowed:
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            pass
        else:
            allowed = user_can_edit_instance(user, target)
    if not allowed:
        raise XliffRefused(
            "NOT_ALLOWED",
            f"{user} may not edit the {translation.target_locale.get_display_name()} "
            f"translation of “{translation.source.object_repr}”.",
        )


@dataclass(frozen=True)
class Plan:
    writes: list[tuple[Unit, str]]
    unchanged: int
    empty: int
    changed: list[str]


def plan(file: XliffFile, translation: Translation, *, force: bool = False) -> Plan:
    """What the import would write, or the refusal: reads only."""
    current = {unit.id: unit for unit in units_of(translation)}
    repeated = [
        unit_id for unit_id, count in Counter(u.id for u in file.units).items() if count > 1
    ]
    if repeated:
        raise XliffRefused(
            "DUPLICATE_UNITS", "These unit ids appear more than once in the file:", repeated
        )
    unknown = [unit.id for unit in file.units if unit.id not in current]
    if unknown:
        raise XliffRefused(
            "UNKNOWN_UNITS",
            f"{len(unknown)} units of the file are not strings of {describe(translation)} "
            "(a file edited by hand, or for another page): nothing was imported.",
            unknown,
        )
    changed = [
        f"{file_unit.id} ({unit.path}): the source now reads “{plain_text(unit.source)}”"
        for file_unit in file.units
        if not _same_source(file_unit, unit := current[file_unit.id])
    ]
    if changed and not force:
        raise XliffRefused(
            "SOURCE_CHANGED",
            f"The source changed after this file was exported: {len(changed)} units changed. "
            "Export the file again, or import the other units with --force (“Import the "
            "unchanged units” in the admin).",
            changed,
        )
    changed_ids = {detail.split(" ", 1)[0] for detail in changed}
    writes, bad_markup, unchanged, empty = [], [], 0, 0
    for file_unit in file.units:
        if file_unit.id in changed_ids:
            continue
        unit = current[file_unit.id]
        try:
            data = _target_data(file_unit, unit)
        except MarkupNotInSource as error:
            bad_markup.append(f"{file_unit.id} ({unit.path}): {error}")
            continue
        if not data:
            empty += 1
        elif data == unit.translation:
            unchanged += 1
        else:
            writes.append((unit, data))
    if bad_markup:
        raise XliffRefused(
            "TARGET_MARKUP",
            "These targets carry markup their source does not have (only the source's own "
            "codes may be used, each once): nothing was imported.",
            bad_markup,
        )
    return Plan(writes=writes, unchanged=unchanged, empty=empty, changed=sorted(changed_ids))


def _same_source(file_unit: FileUnit, unit: Unit) -> bool:
    try:
        return xliff_tokens(file_unit.source) == unit.source_tokens()
    except MarkupNotInSource:
        return False


def _target_data(file_unit: FileUnit, unit: Unit) -> str:
    if file_unit.target is None:
        return ""
    data = target_html(file_unit.target, source_codes(unit.source))
    if not data.strip():
        return ""
    try:
        return StringValue.from_translated_html(data).data
    except ValueError as error:
        raise MarkupNotInSource(str(error)) from None


def import_file(
    file: XliffFile,
    translation: Translation,
    user: Any,
    *,
    publish: bool = False,
    force: bool = False,
) -> ImportResult:
    """The caller acts as `user` (cms.actors): the web request, or the command's --user."""
    check_file_is_for(file, translation)
    check_may_import(user, translation)
    planned = plan(file, translation, force=force)
    result = ImportResult(
        translation,
        written=len(planned.writes),
        unchanged=planned.unchanged,
        empty=planned.empty,
        skipped_changed=planned.changed,
    )
    with transaction.atomic():
        _write_strings(translation, planned.writes, user)
        draftable = _is_draftable(translation)
        translation.save_target(user=user, publish=not draftable)
    if publish and draftable:
        result.publish_refusal = _publish(translation, user)
        result.published = result.publish_refusal is None
    elif not draftable:
        result.published = True
    return result


def _write_strings(translation: Translation, writes: list[tuple[Unit, str]], user: Any) -> None:
    """In bulk: the same few queries for a page of three strings or three hundred."""
    if not writes:
        return
    now = timezone.now()
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in={unit.context_id for unit, _data in writes},
            translation_of_id__in={unit.string_id for unit, _data in writes},
        )
    }
    fields = {
        "updated_at": now,
        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
        "tool_name": TOOL_NAME,
        "last_translated_by": user,
        "has_error": False,
        "field_error": "",
    }
    created, changed = [], []
    for unit, data in writes:
        row = existing.get((unit.string_id, unit.context_id))
        if row is None:
            row = StringTranslation(
                translation_of_id=unit.string_id,
                locale_id=translation.target_locale_id,
                context_id=unit.context_id,
            )
            created.append(row)
        else:
            changed.append(row)
        row.data = data
        for name, value in fields.items():
            setattr(row, name, value)
    StringTranslation.objects.bulk_create(created)
    StringTranslation.objects.bulk_update(changed, ["data", *fields])


def _is_draftable(translation: Translation) -> bool:
    model = translation.source.specific_content_type.model_class()
    return model is not None and (issubclass(model, Page) or issubclass(model, DraftStateMixin))


def _publish(translation: Translation, user: Any) -> str | None:
    """The publication rule's refusal, if it refuses (the draft stays, nothing is lost)."""
    target = translation.get_target_instance()
    revision = target.get_latest_revision()
    try:
        revision.publish(user=user)
    except PermissionDenied as refusal:
        return getattr(refusal, "reason", str(refusal))
    return None
