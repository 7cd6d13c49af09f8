"""Sending a scheduled release to a press list: one personal link per journalist, pinned to
the approved revision scheduled in the journalist's language (else the source), by email."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, Revision, Site

from cms.conf import newsroom

from .links import EmbargoLink
from .press import Journalist, PressList
from .tokens import make_token


class NotScheduled(ValueError):
    """Only an approved revision scheduled to go live can be sent under embargo."""


@dataclass
class SendReport:
    emailed: list[EmbargoLink] = field(default_factory=list)
    already_sent: list[EmbargoLink] = field(default_factory=list)
    revoked: list[EmbargoLink] = field(default_factory=list)


def scheduled_revision(page: Page, at: datetime.datetime | None = None) -> Revision | None:
    """The approved revision waiting to go live (Wagtail keeps at most one per page)."""
    at = at or timezone.now()
    return page.revisions.filter(approved_go_live_at__gt=at).order_by("-created_at", "-pk").first()


def _pinned_for(journalist: Journalist, page: Page, revision: Revision) -> tuple[Page, Revision]:
    """A scheduled translation in the journalist's language, else the page sent."""
    if journalist.language != page.locale.language_code:
        translation_page = page.get_translations().filter(locale__language_code=journalist.language)
        for candidate in translation_page:
            candidate_revision = scheduled_revision(candidate)
            if candidate_revision is not None:
                return candidate, candidate_revision
    return page, revision


def embargo_base_url(page: Page) -> str:
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    per_site = newsroom.EMBARGO_SITE_URLS
    if site is not None and site.hostname in per_site:
        return per_site[site.hostname]
    if configured := newsroom.EMBARGO_URL:
        return configured
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("newsroom_embargo")


def embargo_link_url(link: EmbargoLink) -> str:
    base = embargo_base_url(link.page)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}token={make_token(link.pk, link.nonce)}"


def embargo_email(link: EmbargoLink) -> EmailMessage:
    page = link.revision.as_object()
    language = link.journalist.language
    with translation.override(language), timezone.override(datetime.UTC):
        context = {
            "journalist": link.journalist,
            "title": page.title,
            "summary": getattr(page, "summary", ""),
            "lifts_at": link.lifts_at,
            "url": embargo_link_url(link),
            "language": language,
        }
        subject = render_to_string("embargo/email/subject.txt", context).strip()
        body = render_to_string("embargo/email/body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[link.journalist.email],
        headers={"X-Newsroom-Embargo-Link": str(link.pk)},
    )
    return message


def send_embargo(page: Page, press_list: PressList, *, sent_by=None) -> SendReport:
    """Creates the links (one per active journalist and pinned revision) and emails the new
    ones; sending again only emails those not emailed yet, never a revoked link."""
    page = page.specific
    revision = scheduled_revision(page)
    if revision is None:
        raise NotScheduled(
            f"“{page.title}” has no approved revision scheduled to go live: schedule it and "
            "pass legal review first."
        )
    report = SendReport()
    with transaction.atomic():
        for journalist in press_list.journalists.filter(active=True).order_by("name", "pk"):
            pinned_page, pinned_revision = _pinned_for(journalist, page, revision)
            link, _created = EmbargoLink.objects.get_or_create(
                revision=pinned_revision,
                journalist=journalist,
                defaults={
                    "page": pinned_page,
                    "press_list": press_list,
                    "lifts_at": pinned_revision.approved_go_live_at,
                    "sent_by": sent_by,
                },
            )
            if link.is_revoked:
                report.revoked.append(link)
            elif link.sent_at is not None:
                report.already_sent.append(link)
            else:
                report.emailed.append(link)
    messages = [embargo_email(link) for link in report.emailed]
    if messages:
        get_connection().send_messages(messages)
        EmbargoLink.objects.filter(pk__in=[link.pk for link in report.emailed]).update(
            sent_at=timezone.now()
        )
    return report
