"""Media on local disk (dev, tests), served by the CMS itself: a rendition of an image outside
its licence window is not served, even when the admin has made a thumbnail of it again (on
S3 the scheduler deletes the public files when the window closes)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views.static import serve

from .models import NewsroomRendition

RENDITIONS = "images/"


def serve_local_media(request: HttpRequest, path: str) -> HttpResponse:
    if path.startswith(RENDITIONS):
        rendition = NewsroomRendition.objects.filter(file=path).select_related("image").first()
        if rendition is not None and not rendition.image.is_licensed_at(timezone.now()):
            raise Http404("Not licensed now.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)
