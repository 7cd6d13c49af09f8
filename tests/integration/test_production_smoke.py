"""Production smoke test: gunicorn with `cms.settings.production`, the real PostgreSQL of
`pytest --postgresql` and the S3 endpoint (moto on loopback), as an operator would run it.

To check another page, add its path and what it must contain to PAGES.
"""

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from port_for import get_port

from bench.refusals import fragment_bomb
from cms.media.models import NewsroomRendition
from tests.media.uploads import CREDIT, image_bytes
from tests.support.admin_browser import AdminBrowser
from tests.support.s3 import ACCESS_KEY, REGION, SECRET_KEY, moto_s3  # noqa: F401 (the s3 fixture)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),  # gunicorn sees rows
]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "smoke-test-password-1234"

# path -> text the page must contain (status 200 expected for each).
PAGES = {
    "/admin/login/": "Sign in",
    "/graphql/?query={locales{code}}": '"code":"ar"',
}


@pytest.fixture(scope="module")
def bucket(s3) -> str:
    return s3.new_bucket()


@pytest.fixture(scope="module")
def production(s3, bucket, django_db_setup, tmp_path_factory):
    """A running gunicorn on production settings, on the test database; yields its base URL."""
    tmp_path = tmp_path_factory.mktemp("production")
    port = get_port(None)
    base_url = f"http://127.0.0.1:{port}"
    db = connection.settings_dict
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "smoke-test-secret-key-that-is-long-enough-0123456789-abcdefghij",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{port}",
        "NEWSROOM_FRONTEND_BASE_URL": "https://www.example.org",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CACHE_URL": "locmem://",
        "EMAIL_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "press@example.org",
        "NEWSROOM_EMBARGO_IP_HASH_KEY": "smoke-test-ip-hash-key",
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": s3.url,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    log = tmp_path / "gunicorn.log"
    server = subprocess.Popen(
        [gunicorn, "-c", "infra/gunicorn.conf.py", "cms.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    try:
        wait_until_up(base_url, server, log)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)
        print(log.read_text()[-5000:])  # shown when a test fails


def wait_until_up(base_url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"gunicorn exited: {log.read_text()[-3000:]}")
        try:
            requests.get(f"{base_url}/admin/login/", timeout=10)
            return
        except requests.RequestException:  # not listening yet, or still loading Django
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer within 60 s")


def test_the_admin_login_page_and_its_static_files_are_served(production):
    for path, text in PAGES.items():
        response = requests.get(production + path, timeout=10)
        assert response.status_code == 200, path
        assert text in response.text, path
    page = requests.get(production + "/admin/login/", timeout=10).text
    stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', page)
    assert stylesheets
    for stylesheet in stylesheets:
        response = requests.get(production + stylesheet, timeout=10)
        assert response.status_code == 200, stylesheet
        assert "max-age" in response.headers["Cache-Control"]  # WhiteNoise, hashed names


def test_an_image_uploaded_through_the_admin_has_a_rendition_url_that_fetches(
    production, s3, bucket
):
    # Hashed as production checks it (the test settings hash with MD5 for speed).
    hasher = PBKDF2PasswordHasher()
    get_user_model().objects.create_superuser(
        "admin", "admin@example.org", password=None
    ).__class__.objects.filter(username="admin").update(
        password=hasher.encode(PASSWORD, hasher.salt())
    )
    browser = AdminBrowser(production)
    login = browser.login("admin", PASSWORD)
    assert login.status_code == 302, login.text[:500]

    uploaded = browser.post_form(
        "/admin/images/add/",
        {"title": "Smoke", "alt_text": "A square", "credit": CREDIT, "collection": "1"},
        files={"file": ("smoke.jpg", image_bytes("JPEG", (800, 600)), "image/jpeg")},
    )
    assert uploaded.status_code == 302, uploaded.text[:2000]

    listing = browser.request("GET", "/admin/images/")
    assert listing.status_code == 200
    rendition = NewsroomRendition.objects.get()
    url = f"{s3.url}/{bucket}/{rendition.file.name}"
    assert f'src="{url}"' in listing.text
    fetched = requests.get(url, timeout=10)
    assert fetched.status_code == 200
    assert fetched.headers["Content-Type"] == "image/jpeg"


SPEC = {"Accept": "application/graphql-response+json"}  # refusals as 4xx (GraphQL over HTTP)


def test_a_fragment_bomb_is_refused_quickly_while_normal_requests_are_served(production):
    """Four bombs at once wedged a worker before the limits measured each fragment once."""
    bomb = {"query": fragment_bomb(60)}
    normal = f"{production}/graphql/?query={{locales{{code}}}}"
    with ThreadPoolExecutor(max_workers=6) as pool:
        started = time.perf_counter()
        bombs = [
            pool.submit(
                requests.post, f"{production}/graphql/", json=bomb, headers=SPEC, timeout=20
            )
            for _ in range(4)
        ]
        served = [pool.submit(requests.get, normal, timeout=20) for _ in range(2)]
        bomb_statuses = [future.result().status_code for future in bombs]
        served_statuses = [future.result().status_code for future in served]
        seconds = time.perf_counter() - started
    assert bomb_statuses == [400] * 4
    assert served_statuses == [200, 200]
    assert seconds < 5
