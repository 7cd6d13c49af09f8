"""Would the bucket show anonymous readers what must stay private? The operator's check behind
`manage.py media_bucket_policy --check`: the bucket policy and ACL read back from the storage,
then a canary object under `private/images/` fetched without a signature.

Private, in every configuration: `private/` (renditions of images in restricted collections),
`original_images/` (originals carry the camera's metadata), `documents/` (downloads go through
the permission-checked serve view) and `wagtail_uploads/` (the admin's pending uploads).
"""

from __future__ import annotations

import fnmatch
import json
import uuid
from dataclasses import dataclass, field

import requests
from botocore.exceptions import ClientError
from storages.backends.s3 import S3Storage

from .restrictions import PRIVATE_PREFIX

PRIVATE_PREFIXES = (
    PRIVATE_PREFIX + "images/",
    "original_images/",
    "documents/",
    "wagtail_uploads/",
)
ANONYMOUS_GROUPS = ("/global/AllUsers", "/global/AuthenticatedUsers")
READ_ACTIONS = ("s3:GetObject", "s3:ListBucket")
CANARY = PRIVATE_PREFIX + "images/newsroom-bucket-check-{}.txt"


@dataclass
class BucketReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_bucket(storage: S3Storage, *, probe_timeout: float = 5.0) -> BucketReport:
    """Everything that exposes a private prefix, each as one sentence an operator can act on."""
    report = BucketReport()
    client = storage.connection.meta.client
    bucket = storage.bucket_name
    keys = {prefix: storage._normalize_name(f"{prefix}x") for prefix in PRIVATE_PREFIXES}
    for statement in _policy_statements(client, bucket):
        for prefix in _exposed_by(statement, bucket, keys):
            sid = statement.get("Sid") or "(no Sid)"
            report.problems.append(
                f"The bucket policy statement {sid} lets anyone read {prefix}: restrict its "
                f"Resource to the public renditions (manage.py media_bucket_policy)."
            )
    for grant in client.get_bucket_acl(Bucket=bucket).get("Grants", []):
        uri = grant.get("Grantee", {}).get("URI", "")
        if uri.endswith(ANONYMOUS_GROUPS):
            report.problems.append(
                f"The bucket ACL grants {grant.get('Permission')} to {uri.rsplit('/', 1)[-1]}: "
                "set the bucket ACL to private."
            )
    _probe(storage, report, probe_timeout)
    return report


def _policy_statements(client, bucket: str) -> list[dict]:
    try:
        policy = client.get_bucket_policy(Bucket=bucket)["Policy"]
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") == "NoSuchBucketPolicy":
            return []
        raise
    statements = json.loads(policy).get("Statement", [])
    return [statements] if isinstance(statements, dict) else statements


def _listed(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _is_anonymous(statement: dict) -> bool:
    if "NotPrincipal" in statement:
        return True
    principal = statement.get("Principal")
    if principal == "*":
        return True
    return isinstance(principal, dict) and "*" in _listed(principal.get("AWS"))


def _allows_reading(statement: dict) -> bool:
    if "NotAction" in statement:
        return True
    actions = [action.lower() for action in _listed(statement.get("Action"))]
    return any(
        fnmatch.fnmatchcase(read.lower(), action) for read in READ_ACTIONS for action in actions
    )


def _exposed_by(statement: dict, bucket: str, keys: dict[str, str]) -> list[str]:
    """The private prefixes an Allow statement opens to anonymous readers (a Condition does
    not count as a protection: a CDN or an address range is still the public)."""
    if statement.get("Effect") != "Allow" or not _is_anonymous(statement):
        return []
    if not _allows_reading(statement):
        return []
    if "NotResource" in statement:
        return list(keys)
    resources = [resource.replace("[", "[[]") for resource in _listed(statement.get("Resource"))]
    return [
        prefix
        for prefix, key in keys.items()
        if any(
            fnmatch.fnmatchcase(arn, resource)
            for arn in (f"arn:aws:s3:::{bucket}/{key}", f"arn:aws:s3:::{bucket}")
            for resource in resources
        )
    ]


def _probe(storage: S3Storage, report: BucketReport, timeout: float) -> None:
    """Reads a canary under `private/images/` by its unsigned URL on the endpoint (and on the
    CDN domain, when there is one): anything but a refusal is a leak."""
    name = CANARY.format(uuid.uuid4().hex[:8])
    key = storage._normalize_name(name)
    client = storage.connection.meta.client
    client.put_object(
        Bucket=storage.bucket_name, Key=key, Body=b"private", ContentType="text/plain"
    )
    try:
        urls = [
            storage.unsigned_connection.meta.client.generate_presigned_url(
                "get_object", Params={"Bucket": storage.bucket_name, "Key": key}
            )
        ]
        if storage.custom_domain:
            urls.append(S3Storage.url(storage, name))
        for url in urls:
            try:
                status = requests.get(url, timeout=timeout).status_code
            except requests.RequestException as error:
                report.notes.append(f"Could not read {url} to check it: {error}")
                continue
            if status == 200:
                report.problems.append(
                    f"An object under {PRIVATE_PREFIX} was readable without a signature at {url}."
                )
            else:
                report.notes.append(f"An unsigned read of {url} was refused ({status}).")
    finally:
        client.delete_object(Bucket=storage.bucket_name, Key=key)
