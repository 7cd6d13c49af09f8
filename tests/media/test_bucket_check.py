"""`manage.py media_bucket_policy --check` fails loudly when the bucket would show anonymous
readers a private prefix (renditions of restricted images, originals, documents), read back
from a real S3 endpoint (moto) with an unsigned probe."""

import json
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from cms.media.models import NewsroomRendition
from cms.media.renditions import get_renditions
from cms.media.storage import public_renditions_policy
from tests.factories import ImageFactory, restricted_collection

pytestmark = pytest.mark.django_db


def command(*args: str) -> str:
    output = StringIO()
    call_command(*args, stdout=output, stderr=output)
    return output.getvalue()


def check() -> str:
    return command("media_bucket_policy", "--check")


def refused() -> str:
    output = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("media_bucket_policy", "--check", stdout=output, stderr=output)
    return f"{raised.value}\n{output.getvalue()}"


def set_policy(bucket, *statements: dict) -> None:
    policy = {"Version": "2012-10-17", "Statement": list(statements)}
    bucket.endpoint.client().put_bucket_policy(Bucket=bucket.name, Policy=json.dumps(policy))


def anonymous_read(resource: str, action="s3:GetObject", sid="Open") -> dict:
    return {"Sid": sid, "Effect": "Allow", "Principal": "*", "Action": action, "Resource": resource}


def test_the_documented_policy_passes_and_an_unsigned_read_of_a_private_canary_is_refused(bucket):
    output = check()
    assert "keeps private media private" in output
    assert "was refused (403)" in output


def test_the_check_leaves_no_canary_behind(bucket):
    check()
    assert bucket.objects() == []


def test_a_policy_that_opens_the_whole_bucket_fails(bucket):
    set_policy(bucket, anonymous_read(f"arn:aws:s3:::{bucket.name}/*", sid="Everything"))
    report = refused()
    assert "exposes private media" in report
    for prefix in ("private/images/", "original_images/", "documents/"):
        assert f"statement Everything lets anyone read {prefix}" in report
    assert "readable without a signature" in report


def test_a_policy_that_opens_the_private_prefix_fails(bucket):
    statement = public_renditions_policy(bucket.name)["Statement"][0]
    set_policy(
        bucket, statement, anonymous_read(f"arn:aws:s3:::{bucket.name}/private/*", sid="Oops")
    )
    report = refused()
    assert "statement Oops lets anyone read private/images/" in report
    assert "PublicReadRenditions" not in report


def test_a_wildcard_action_counts_as_a_read(bucket):
    set_policy(bucket, anonymous_read(f"arn:aws:s3:::{bucket.name}/original_*", action="s3:*"))
    assert "lets anyone read original_images/" in refused()


def test_a_public_read_bucket_acl_fails(bucket):
    bucket.endpoint.client().put_bucket_acl(Bucket=bucket.name, ACL="public-read")
    assert "The bucket ACL grants READ to AllUsers" in refused()


def test_under_a_location_prefix_the_documented_policy_passes(s3, settings):
    from tests.media.conftest import use_s3_storage

    name = s3.new_bucket(location="newsroom")
    use_s3_storage(settings, s3.url, name, AWS_LOCATION="newsroom")
    assert "keeps private media private" in check()


def test_without_s3_storage_the_check_says_so():
    with pytest.raises(CommandError, match="not on S3 storage"):
        call_command("media_bucket_policy", "--check")


@pytest.fixture
def legacy_public_copy(bucket) -> str:
    """A rendition of a restricted image stored under `images/`, as renditions made before
    private renditions existed are."""
    image = ImageFactory(collection=restricted_collection())
    rendition = get_renditions(image, "width-480")["width-480"]
    name = default_storage.save("images/legacy.width-480.jpg", ContentFile(b"\xff\xd8"))
    NewsroomRendition.objects.filter(pk=rendition.pk).update(file=name)
    return name


def test_a_public_copy_of_a_restricted_image_fails_the_check(legacy_public_copy):
    assert "1 rendition(s) are stored on the wrong side of private/" in refused()


def test_relocate_private_media_deletes_the_public_copy_and_the_check_passes(
    bucket, legacy_public_copy, django_capture_on_commit_callbacks
):
    assert f"Would delete {legacy_public_copy}" in command("relocate_private_media", "--dry-run")
    with django_capture_on_commit_callbacks(execute=True):
        assert "Deleted 1 misplaced" in command("relocate_private_media")
    assert legacy_public_copy not in bucket.objects()
    assert "keeps private media private" in check()
