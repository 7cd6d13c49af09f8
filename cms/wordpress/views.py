"""Settings > Import from WordPress: upload an export, watch its progress, read its report."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from .forms import WordPressImportForm
from .models import WordPressImport
from .tasks import run_wordpress_import

PERMISSION = "wordpress.import_wordpress"


def _require(request) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def index(request):
    _require(request)
    form = WordPressImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        run = WordPressImport(
            requested_by=request.user,
            file_name=upload.name[:255],
            file_size=upload.size,
            options={
                "locale": form.cleaned_data["locale"],
                "kind_map": form.cleaned_data["kind_map"],
                "dry_run": form.cleaned_data["dry_run"],
            },
        )
        run.file.save(upload.name, upload, save=False)
        run.save()
        transaction.on_commit(lambda: run_wordpress_import.enqueue(run.pk))
        return redirect("wordpress_import_detail", run.pk)
    runs = WordPressImport.objects.filter(requested_by=request.user)[:20]
    return TemplateResponse(request, "wordpress/index.html", {"form": form, "runs": runs})


def detail(request, pk: int):
    _require(request)
    run = get_object_or_404(WordPressImport, pk=pk)
    if run.requested_by_id != request.user.pk and not request.user.is_superuser:
        raise PermissionDenied
    report = run.report or {}
    return TemplateResponse(
        request,
        "wordpress/detail.html",
        {
            "run": run,
            "report": report,
            "summary": report.get("summary", []),
            "attention": [
                item
                for item in report.get("items", [])
                if item["outcome"] == "failed" or item["notes"]
            ][:500],
            "percent": int(100 * run.processed / run.total) if run.total else 0,
        },
    )
