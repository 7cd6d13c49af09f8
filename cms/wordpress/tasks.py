"""The admin's import runs as a django-tasks task on the database backend's `imports` queue
(`manage.py run_import_worker`), never in the web request: a ten-year archive takes minutes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.db import close_old_connections
from django.utils import timezone
from django_tasks import task

from .importer import Importer, ImportRefused, Options
from .models import WordPressImport

IMPORT_BACKEND = "imports"
IMPORT_QUEUE = "imports"
PROGRESS_EVERY = 5


@task(backend=IMPORT_BACKEND, queue_name=IMPORT_QUEUE)
def run_wordpress_import(import_id: int) -> str:
    run = WordPressImport.objects.filter(pk=import_id).select_related("requested_by").first()
    if run is None or run.status != WordPressImport.Status.QUEUED:
        return "skipped"
    WordPressImport.objects.filter(pk=run.pk).update(
        status=WordPressImport.Status.RUNNING, started_at=timezone.now()
    )
    try:
        report = _import(run)
    except ImportRefused as error:
        _finish(run, WordPressImport.Status.FAILED, error=str(error))
        return "refused"
    except Exception as error:
        _finish(
            run, WordPressImport.Status.FAILED, error=f"The import stopped: {type(error).__name__}."
        )
        raise
    status = WordPressImport.Status.FAILED if report.error else WordPressImport.Status.DONE
    _finish(run, status, report=report.as_dict(), summary=report.summary_lines())
    return status


def _import(run: WordPressImport):
    options = run.options
    importer = Importer(
        Options(
            user=run.requested_by,
            locale=options.get("locale", ""),
            kind_map=options.get("kind_map", {}),
            media_timeout=float(options.get("media_timeout", 10)),
            dry_run=bool(options.get("dry_run")),
        ),
        progress=lambda done, total: _progress(run.pk, done, total),
    )
    # The stored upload may be on S3: the reader needs a local file it can read twice.
    with tempfile.NamedTemporaryFile(suffix=".xml") as local:
        with run.file.open("rb") as stored:
            for chunk in iter(lambda: stored.read(1024 * 1024), b""):
                local.write(chunk)
        local.flush()
        return importer.run(Path(local.name))


def _progress(pk: int, done: int, total: int) -> None:
    if done % PROGRESS_EVERY == 0 or done == total:
        WordPressImport.objects.filter(pk=pk).update(processed=done, total=total)


def _finish(run: WordPressImport, status: str, *, error: str = "", report=None, summary=None):
    close_old_connections()
    run.refresh_from_db()
    if report is not None:
        report["summary"] = summary or []
    run.status, run.error, run.report, run.finished_at = status, error, report, timezone.now()
    if report is not None:
        run.processed = run.total = len(report.get("items", []))
    if run.file:
        run.file.delete(save=False)
    run.save()
