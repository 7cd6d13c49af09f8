"""The credit travels with the file: JPEG and WebP renditions carry it in their metadata."""

from io import BytesIO

import pytest
import requests
from PIL import ExifTags, Image

from cms.media.models import NewsroomImage
from tests.factories import ImageFactory
from tests.media.uploads import CREDIT, add_image, upload_file

pytestmark = pytest.mark.django_db

ARTIST, COPYRIGHT = ExifTags.Base.Artist, ExifTags.Base.Copyright


def read_back(rendition) -> Image.Image:
    with rendition.open_file() as file:
        return Image.open(BytesIO(file.read()))


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CameraMaker"
    exif[ExifTags.Base.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N"}
    buffer = BytesIO()
    Image.new("RGB", (400, 300), (10, 20, 30)).save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_a_jpeg_rendition_fetched_from_the_bucket_names_the_photographer(admin_client, bucket):
    add_image(admin_client, upload_file("photo.jpg", jpeg_with_gps()), licence="CC BY 4.0")
    rendition = NewsroomImage.objects.get().get_rendition("fill-200x150")
    fetched = Image.open(BytesIO(requests.get(rendition.url, timeout=5).content))
    exif = fetched.getexif()
    assert fetched.format == "JPEG"
    assert exif[ARTIST] == CREDIT
    assert exif[COPYRIGHT] == f"{CREDIT}. CC BY 4.0"


def test_a_webp_rendition_carries_the_credit_in_exif_and_xmp():
    image = ImageFactory(licence="All rights reserved")
    fetched = read_back(image.get_rendition("width-200|format-webp"))
    assert fetched.format == "WEBP"
    assert fetched.getexif()[ARTIST] == CREDIT
    xmp = fetched.getxmp()["xmpmeta"]["RDF"]["Description"]
    assert xmp["Credit"] == CREDIT
    assert xmp["UsageTerms"]["Alt"]["li"]["text"] == "All rights reserved"


def test_a_credit_in_arabic_script_survives_intact_in_the_xmp_packet():
    credit = "تصوير محمود تركية / وكالة فرانس برس"
    image = ImageFactory(credit=credit)
    fetched = read_back(image.get_rendition("width-100"))
    assert fetched.getxmp()["xmpmeta"]["RDF"]["Description"]["Credit"] == credit
    assert fetched.getexif()[ARTIST].encode("latin-1").decode("utf-8") == credit


def test_the_camera_metadata_and_location_of_the_original_are_not_passed_on(admin_client):
    add_image(admin_client, upload_file("photo.jpg", jpeg_with_gps()))
    exif = read_back(NewsroomImage.objects.get().get_rendition("width-200")).getexif()
    assert ExifTags.Base.GPSInfo not in exif
    assert ExifTags.Base.Make not in exif
    assert exif[ARTIST] == CREDIT


def test_a_rendition_with_the_credit_embedded_still_decodes_at_its_recorded_size():
    image = ImageFactory(file__width=640, file__height=480)
    rendition = image.get_rendition("fill-120x80")
    decoded = read_back(rendition)
    decoded.load()
    assert decoded.size == (rendition.width, rendition.height) == (120, 80)


def test_changing_the_credit_regenerates_the_renditions_with_the_new_credit():
    image = ImageFactory()
    first = image.get_rendition("width-100")
    image.credit = "Photo by SOMEONE ELSE/Reuters"
    image.save()
    second = NewsroomImage.objects.get(pk=image.pk).get_rendition("width-100")
    assert second.pk != first.pk
    assert read_back(second).getexif()[ARTIST] == "Photo by SOMEONE ELSE/Reuters"
