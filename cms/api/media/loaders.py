"""Request-scoped loading of images, documents and renditions for the API.

Everything an API response shows is loaded in batches over the request's pool of objects, so
the number of queries does not grow with the number of items or blocks in a response.
"""

from collections.abc import Iterable

from django.db.models import prefetch_related_objects

from cms.media.models import NewsroomDocument, NewsroomImage, NewsroomRendition
from cms.media.renditions import get_renditions
from cms.media.urls import absolute_url
from newsroom_pages.privacy import Restrictions, is_public_collection


class MediaLoader:
    def __init__(self, restrictions: Restrictions, base_url: str | None = None) -> None:
        self.restrictions = restrictions
        self.base_url = base_url
        self._images: dict[int, NewsroomImage] = {}
        self._documents: dict[int, NewsroomDocument] = {}
        self._renditions_primed: set[int] = set()
        self._admitted: set[tuple[type, int]] = set()

    def admit(self, *, image_ids: Iterable[int] = (), document_ids: Iterable[int] = ()) -> None:
        """Private media that a valid preview or embargo token shows along with its page: the
        response is private (cms.api.core.private) and their URLs are signed and short-lived, as
        the storage signs everything outside the public `images/` (cms.media.placement)."""
        self._admitted |= {(NewsroomImage, pk) for pk in image_ids if pk is not None}
        self._admitted |= {(NewsroomDocument, pk) for pk in document_ids if pk is not None}

    def is_public(self, item: NewsroomImage | NewsroomDocument) -> bool:
        """Public, or admitted for this request by a token."""
        if (type(item), item.pk) in self._admitted:
            return True
        return is_public_collection(item.collection.path, self.restrictions.collection_paths())

    def public_image(self, image: NewsroomImage | None) -> NewsroomImage | None:
        if image is None or not self.is_public(image):
            return None
        return self._images.setdefault(image.pk, image)

    def load_images(self, ids: Iterable[int]) -> dict[int, NewsroomImage]:
        missing = set(ids) - set(self._images)
        if missing:
            for image in NewsroomImage.objects.filter(pk__in=missing).select_related("collection"):
                self.public_image(image)
        return self._images

    def load_documents(self, ids: Iterable[int]) -> dict[int, NewsroomDocument]:
        missing = set(ids) - set(self._documents)
        if missing:
            documents = NewsroomDocument.objects.filter(pk__in=missing).select_related("collection")
            self._documents.update(
                (document.pk, document) for document in documents if self.is_public(document)
            )
        return self._documents

    def public_document(self, document: NewsroomDocument | None) -> NewsroomDocument | None:
        if document is None or not self.is_public(document):
            return None
        return self._documents.setdefault(document.pk, document)

    def renditions(self, image: NewsroomImage, *specs: str) -> dict[str, NewsroomRendition]:
        if image.pk not in self._renditions_primed:
            pending = [img for pk, img in self._images.items() if pk not in self._renditions_primed]
            if image.pk not in self._images:
                pending.append(image)
            prefetch_related_objects(pending, "renditions")
            self._renditions_primed.update(img.pk for img in pending)
        return get_renditions(image, *specs)

    def absolute_url(self, url: str) -> str:
        """On the public media base, or on the host this request came in on (see urls.py)."""
        return absolute_url(url, self.base_url)

    def document_url(self, document: NewsroomDocument) -> str:
        """Wagtail's serve view, which re-checks privacy on every download (see urls.py)."""
        return absolute_url(document.url, self.base_url)

    def loaded_document_url(self, document_id: int) -> str | None:
        """For rich-text links: the URL of a loaded public document, None for anything else."""
        document = self._documents.get(document_id)
        return self.document_url(document) if document else None
