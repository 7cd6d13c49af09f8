"""What background processes report about themselves, for metrics read at scrape time."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    """One row per background loop (the scheduler): how often it ran and when it last did.
    Kept in the database because the loop is not an app process: any instance's `/metrics`
    reports it."""

    name = models.CharField(_("name"), max_length=40, primary_key=True)
    runs = models.PositiveBigIntegerField(_("runs"), default=0)
    last_run_at = models.DateTimeField(_("last run at"), null=True)
    last_duration_seconds = models.FloatField(_("last run's duration (s)"), default=0.0)

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self) -> str:
        return f"{self.name}: {self.runs} runs, last {self.last_run_at}"


def beat(name: str, duration_seconds: float) -> None:
    """Count one finished run (one UPDATE; the row is made on the first run)."""
    now = timezone.now()
    changes = {"last_run_at": now, "last_duration_seconds": duration_seconds}
    if not Heartbeat.objects.filter(name=name).update(runs=F("runs") + 1, **changes):
        Heartbeat.objects.get_or_create(name=name, defaults={"runs": 1, **changes})
