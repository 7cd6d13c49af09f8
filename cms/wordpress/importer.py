"""Importing a WordPress export into a locale's newsroom, as one acting user.

The file is read twice, streaming both times: the first pass checks that all of it can be read
(malformed XML, a forbidden DTD or an unsupported version stop everything before anything is
written) and keeps a small index of attachments, since posts often come before the images they
use; the second imports each post in its own transaction, so one bad post fails alone.

Publishing goes through Wagtail's own publish with the acting user, under the publication
rule (cms.review): a user who may publish without legal review publishes (the bypass is in the
page's history); anyone else's published posts are saved as drafts and submitted to Legal
review. The import never sets a page live itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from cms.actors import acting_as
from cms.review import governance
from cms.review.submission import submit_for_review
from newsroom_pages.blocks import NewsBodyBlock
from newsroom_pages.pages import NewsroomIndexPage
from newsroom_pages.snippets import Country, Topic

from . import mapping, media
from .attachments import ExportMedia, scan
from .body import MediaRef
from .models import ImportedItem, key_hash
from .report import ItemResult, Report
from .wxr import Channel, WxrError, WxrItem, read

DOOR = "import_wordpress"
Progress = Callable[[int, int], None]


class ImportRefused(Exception):
    """The import cannot start (no newsroom, no permission); nothing was written."""


@dataclass
class Options:
    user: Any
    locale: str = ""
    kind_map: dict[str, str] = field(default_factory=dict)
    media_dir: Path | None = None
    media_timeout: float = 10.0
    dry_run: bool = False


def newsroom_for(locale_code: str) -> NewsroomIndexPage:
    locale = Locale.objects.filter(language_code=locale_code).first()
    if locale is None:
        raise ImportRefused(f"There is no locale {locale_code!r} in this CMS.")
    newsrooms = NewsroomIndexPage.objects.filter(locale=locale).order_by("depth", "path")
    newsroom = newsrooms.first()
    if newsroom is None:
        raise ImportRefused(f"There is no newsroom in locale {locale_code!r} to import into.")
    return newsroom


def may_import(user: Any, newsroom: Page) -> bool:
    """The `wordpress.import_wordpress` permission, and the right to add pages here."""
    return (
        user is not None
        and user.is_active
        and user.has_perm("wordpress.import_wordpress")
        and newsroom.permissions_for_user(user).can_add_subpage()
    )


class Importer:
    def __init__(self, options: Options, progress: Progress | None = None) -> None:
        self.options = options
        self.progress = progress or (lambda done, total: None)
        self.report = Report(dry_run=options.dry_run)
        self.touched: set[int] = set()
        self.countries: dict[str, Country] = {}

    def run(self, path: Path) -> Report:
        self.report.file = Path(path).name
        started = time.perf_counter()
        try:
            self.scan = scan(path)
        except WxrError as error:
            self.report.error = error.as_dict()
            return self.report
        self.report.seconds["check"] = round(time.perf_counter() - started, 3)
        self.report.wxr_version = self.scan.channel.version
        self.media = ExportMedia(
            self.scan,
            media.Fetcher(self.options.media_dir, self.options.media_timeout),
            self.report,
        )
        code = self.options.locale or settings.LANGUAGE_CODE
        self.newsroom = newsroom_for(code)
        if not may_import(self.options.user, self.newsroom):
            raise ImportRefused(
                f"{getattr(self.options.user, 'username', 'Nobody')} may not import into "
                f"“{self.newsroom.title}” ({code}): it takes the “Can import WordPress exports” "
                "permission and the right to add pages to the newsroom."
            )
        self.site = self.newsroom.get_site()
        self.countries = {
            key: country
            for country in Country.objects.filter(locale=self.newsroom.locale)
            for key in (country.name.strip().lower(), country.iso_code.lower())
        }
        imported = time.perf_counter()
        done = 0
        with acting_as(self.options.user, door=DOOR):
            for entry in read(path):
                if isinstance(entry, Channel):
                    continue
                self.report.add(self._one(entry))
                done += 1
                self.progress(done, self.scan.total)
        self.report.seconds["import"] = round(time.perf_counter() - imported, 3)
        self.report.seconds["total"] = round(time.perf_counter() - started, 3)
        return self.report

    # -- one item -------------------------------------------------------------------------

    def _result(self, item: WxrItem, outcome: str, reason: str = "", **kwargs) -> ItemResult:
        return ItemResult(
            outcome=outcome,
            title=item.title,
            line=item.line,
            guid=item.guid,
            post_id=item.post_id,
            reason=reason,
            **kwargs,
        )

    def _one(self, item: WxrItem) -> ItemResult:
        if (reason := mapping.skip_reason(item)) is not None:
            return self._result(item, "skipped", reason)
        guid = mapping.identity(item, self.scan.channel.base_site_url)
        if not guid:
            return self._result(item, "failed", "no guid, link or post ID to match it by")
        existing = self._existing(guid, item.post_id)
        fingerprint = mapping.source_hash(
            item, self.options.kind_map, self.newsroom.locale.language_code
        )
        if existing is not None:
            self.touched.add(existing.pk)
            if existing.source_hash == fingerprint:
                return self._result(item, "unchanged", page_id=existing.page_id)
            latest = existing.page.get_latest_revision()
            if existing.revision_id and latest is not None and latest.pk != existing.revision_id:
                return self._result(
                    item,
                    "skipped",
                    "edited in the CMS since it was imported: not overwritten",
                    page_id=existing.page_id,
                )
        try:
            plan = mapping.plan(
                item,
                kind_map=self.options.kind_map,
                base_url=self.scan.channel.base_site_url,
                attachments_of_post=self.scan.children.get(item.post_id or -1, []),
            )
        except Exception as error:  # a post the mapping cannot read fails alone
            return self._result(item, "failed", f"cannot be read: {type(error).__name__}")
        self.report.unknown_blocks.update(plan.body.unknown)
        outcome = "updated" if existing is not None else "created"
        if self.options.dry_run:
            return self._result(item, outcome, state=plan.state, notes=plan.notes)
        # Files first, each stored with its own row: a post that fails afterwards leaves no
        # file without its row, and the next run finds the image instead of fetching it again.
        body = self._body(plan, item)
        hero = self.media.image_for(MediaRef("image", plan.hero_attachment, ""), item)
        self.new_topics: list[str] = []
        try:
            with transaction.atomic():
                page, state = self._write(item, plan, guid, fingerprint, existing, body, hero)
        except (ValidationError, DatabaseError, ValueError) as error:
            return self._result(item, "failed", _describe(error), notes=plan.notes)
        self.report.topics_created.extend(self.new_topics)
        reason = ""
        if existing is not None:
            reason = "changed in WordPress"
        return self._result(item, outcome, reason, page_id=page.pk, state=state, notes=plan.notes)

    def _existing(self, guid: str, post_id: int | None) -> ImportedItem | None:
        """The same guid and post ID; else the same guid under another ID (a re-export that
        renumbered posts), unless that record already matched a post of this run (a guid two
        posts of one export share)."""
        candidates = ImportedItem.objects.filter(guid_hash=key_hash(guid)).select_related("page")
        exact = candidates.filter(wp_post_id=post_id).first()
        if exact is not None:
            return exact
        return candidates.exclude(pk__in=self.touched).exclude(wp_post_id=post_id).first()

    # -- writing --------------------------------------------------------------------------

    def _write(
        self,
        item: WxrItem,
        plan: mapping.Plan,
        guid: str,
        fingerprint: str,
        existing: ImportedItem | None,
        body: list[tuple[str, object]],
        hero: Any,
    ) -> tuple[Page, str]:
        user = self.options.user
        if existing is None:
            model = mapping.page_model(plan.kind)
            page = model(locale=self.newsroom.locale, live=False, owner=user)
        else:
            page = existing.page.specific
            if mapping.page_model(plan.kind) is not type(page):
                plan.notes.append(
                    f"The kind changed in WordPress ({plan.kind}); the page stays a "
                    f"{page._meta.verbose_name}."
                )
        page.title = plan.title
        page.slug = self._free_slug(plan.slug, page, plan)
        page.summary = plan.summary
        page.publication_date = plan.publication_date
        page.body = body
        page.hero_image = hero
        page.go_live_at = plan.go_live_at
        if plan.published_at is not None and page.first_published_at is None:
            page.first_published_at = plan.published_at
        if hasattr(page, "campaign") and not page.campaign:
            page.campaign = (plan.kind_category or plan.title)[:200]
            page.outcome = plan.summary[:1000]
            plan.notes.append("Campaign and outcome were filled from the category and summary.")
        page.topics = self._topics(plan)
        page.countries = self._countries(plan)
        if existing is None:
            self.newsroom.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=True)
        state = self._go_live(page, revision, plan)
        self._redirects(item, page)
        record = existing or ImportedItem(page=page)
        record.guid, record.guid_hash = guid, key_hash(guid)
        record.wp_post_id = item.post_id
        record.source_site = self.scan.channel.base_site_url
        record.link = item.link
        record.source_hash = fingerprint
        record.revision = page.get_latest_revision()
        record.save()
        if record.pk:
            self.touched.add(record.pk)
        return page, state

    def _free_slug(self, slug: str, page: Page, plan: mapping.Plan) -> str:
        siblings = self.newsroom.get_children()
        if page.pk:
            siblings = siblings.exclude(pk=page.pk)
        taken = set(
            siblings.filter(Q(slug=slug) | Q(slug__startswith=f"{slug}-")).values_list(
                "slug", flat=True
            )
        )
        if slug not in taken:
            return slug
        number = 2
        while f"{slug}-{number}" in taken:
            number += 1
        plan.notes.append(f"Slug {slug!r} is taken in the newsroom; used {slug}-{number}.")
        return f"{slug}-{number}"

    def _go_live(self, page: Page, revision, plan: mapping.Plan) -> str:
        user = self.options.user
        if plan.state != "live":
            if page.live:
                page.unpublish(user=user, log_action=True)
                plan.notes.append("Not published in WordPress any more: unpublished here.")
            return plan.state
        refusal = governance.go_live_refusal(page, revision, user)
        if refusal is None:
            try:
                revision.publish(user=user)
                return "live"
            except PermissionDenied as error:
                refusal = str(error)
        if page.get_workflow() is None:
            plan.notes.append(refusal)
            return "draft (legal review needed)"
        submit_for_review(Page.objects.get(pk=page.pk).specific, user)
        return "submitted to Legal review"

    def _redirects(self, item: WxrItem, page: Page) -> None:
        own = page.url_path
        for old_path in mapping.old_paths(item):
            normalised = Redirect.normalise_path(old_path)
            if not normalised or normalised == "/" or own.endswith(normalised.strip("/") + "/"):
                continue
            current = Redirect.objects.filter(site=self.site, old_path=normalised).first()
            if current is None:
                Redirect.add_redirect(old_path, redirect_to=page, is_permanent=True, site=self.site)
                self.report.redirects["created"] += 1
            elif current.redirect_page_id == page.pk:
                self.report.redirects["unchanged"] += 1
            else:
                self.report.redirects["kept (already pointing elsewhere)"] += 1

    # -- classification -------------------------------------------------------------------

    def _countries(self, plan: mapping.Plan) -> list[Country]:
        found = []
        for slug, name in plan.categories:
            country = self.countries.get(name.lower()) or (
                self.countries.get(slug.lower()) if len(slug) == 2 else None
            )
            if country is not None and country not in found:
                found.append(country)
        return found

    def _topics(self, plan: mapping.Plan) -> list[Topic]:
        locale = self.newsroom.locale
        topics: list[Topic] = []
        for slug, name in plan.categories:
            if self.countries.get(name.lower()) or (
                len(slug) == 2 and self.countries.get(slug.lower())
            ):
                continue
            name = (name or slug)[:100]
            topic_slug = (
                slugify(slug or name, allow_unicode=True)[:100].strip("-")
                or slugify(name, allow_unicode=True)[:100]
            )
            if not topic_slug:
                continue
            topic = (
                Topic.objects.filter(locale=locale, slug=topic_slug).first()
                or Topic.objects.filter(locale=locale, name__iexact=name).first()
            )
            if topic is None:
                topic = Topic.objects.create(locale=locale, name=name, slug=topic_slug)
                self.new_topics.append(name)
            if topic not in topics:
                topics.append(topic)
        return topics

    # -- body -----------------------------------------------------------------------

    def _body(self, plan: mapping.Plan, item: WxrItem) -> list[tuple[str, object]]:
        stream_block = NewsBodyBlock()
        blocks: list[tuple[str, object]] = []
        for kind, value in plan.body.blocks:
            if kind in ("image", "document"):
                ref: MediaRef = value[kind]
                found = (
                    self.media.image_for(ref, item)
                    if kind == "image"
                    else self.media.document_for(ref, item)
                )
                if found is None:
                    continue
                value = {**value, kind: found}
            elif kind == "paragraph":
                value = RichText(value)
            child = stream_block.child_blocks[kind]
            if kind != "embed":
                try:
                    child.clean(child.normalize(value))
                except ValidationError as error:
                    plan.notes.append(f"A {kind} block was left out: {_describe(error)}")
                    continue
            blocks.append((kind, value))
        return blocks


def _describe(error: Exception) -> str:
    if isinstance(error, ValidationError):
        if hasattr(error, "message_dict"):
            return "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
            )
        return " ".join(error.messages)
    return f"{type(error).__name__}: {error}"[:500]
