"""factory_boy factories for the content model; tests build what they need, no fixture files."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import Collection, CollectionViewRestriction, Locale

from cms.media.models import NewsroomDocument, NewsroomImage
from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsroomIndexPage,
    PressReleasePage,
    ReportPage,
)
from newsroom_pages.snippets import Country, PressContact, Topic


class TranslatableFactory(DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)


class TopicFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class CountryFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    iso_code = factory.Iterator(["LY", "AE", "US", "YE", "EG", "FR", "SY", "SD"])

    class Meta:
        model = Country


class PressContactFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Press officer {n}")
    role = "Media relations"
    email = factory.Sequence(lambda n: f"press{n}@example.org")

    class Meta:
        model = PressContact


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photograph {n}")
    alt_text = "Protesters gather in a square"
    caption = "Protesters gather in a square."
    credit = "Photo by MAHMUD TURKIA/AFP via Getty Images"

    class Meta:
        model = NewsroomImage


def restricted_collection(
    name: str = "Restricted", kind: str = "login", parent: Collection | None = None
) -> Collection:
    """A collection under a view restriction (`login`, `password` or `groups`: Editors), as
    Settings > Collections > Privacy makes one; its images and documents are private."""
    collection = (parent or Collection.get_first_root_node()).add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=kind, password="s3cret"
    )
    if kind == CollectionViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return collection


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4\n%%EOF\n")

    class Meta:
        model = NewsroomDocument


class NewsroomIndexPageFactory(wagtail_factories.PageFactory):
    title = "Newsroom"
    slug = "newsroom"

    class Meta:
        model = NewsroomIndexPage


class NewsItemFactoryMixin(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    publication_date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))
    summary = "A short summary of the item."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text about accountability.</p>")])

    class Meta:
        abstract = True


class PressReleasePageFactory(NewsItemFactoryMixin):
    class Meta:
        model = PressReleasePage


class ReportPageFactory(NewsItemFactoryMixin):
    index_number = "MDE 19/3084/2020"

    class Meta:
        model = ReportPage


class CampaignVictoryPageFactory(NewsItemFactoryMixin):
    campaign = "Free the protesters"
    outcome = "They were released."

    class Meta:
        model = CampaignVictoryPage


def image_upload(name: str = "photo.png", size: tuple[int, int] = (640, 480), fmt: str = "PNG"):
    """A real image file as a browser would send it in a multipart upload."""
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", size, (120, 90, 60)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


class JournalistFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Journalist {n}")
    outlet = factory.Sequence(lambda n: f"Outlet {n}")
    email = factory.Sequence(lambda n: f"journalist{n}@press.example")
    language = "en"

    class Meta:
        model = "embargo.Journalist"


class PressListFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press list {n}")

    class Meta:
        model = "embargo.PressList"
        skip_postgeneration_save = True

    @factory.post_generation
    def journalists(self, create, extracted, **kwargs):
        if create and extracted:
            self.journalists.add(*extracted)
            self.save()  # a ParentalManyToManyField is written on save


def notice(kind: str, noted_at: datetime.datetime, text: str) -> tuple[str, dict]:
    """One block of `NewsItemPage.notices`, e.g. notice("correction", when, "<p>…</p>")."""
    return (kind, {"noted_at": noted_at, "text": text})
