"""Media fetched over HTTP from servers that hang, refuse, trickle or answer 404: each is
reported, the post is imported without the file, and the import never waits past its timeout."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO

import pytest
from PIL import Image

from cms.media.models import NewsroomImage
from newsroom_pages.pages import NewsItemPage

from .conftest import run_import
from .test_mapping import export

pytestmark = pytest.mark.django_db


def jpeg() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (40, 30), (200, 40, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/hang"):
            time.sleep(30)
            return
        if self.path.startswith("/trickle"):
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(300):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if self.path.startswith("/photo.jpg"):
            body = jpeg()
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(404)
        self.end_headers()


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def loopback_allowed(settings):
    settings.NEWSROOM_WORDPRESS_MEDIA_PRIVATE_ADDRESSES = True


def image_post(url: str) -> dict:
    return {"content": f'<p>Before.</p><p><img src="{url}" alt="A protest"></p><p>After.</p>'}


def test_a_reachable_image_is_fetched_with_its_alt_text_and_a_placeholder_credit(
    newsroom, chief, tmp_path, server, loopback_allowed
):
    report, _ = run_import(
        export(tmp_path, [image_post(f"{server}/photo.jpg")]), chief, tmp=tmp_path
    )
    image = NewsroomImage.objects.get()
    assert image.alt_text == "A protest" and image.width == 40
    body = NewsItemPage.objects.get().body
    assert [block.block_type for block in body] == ["paragraph", "image", "paragraph"]
    assert report["creditsNeeded"][0]["image"] == image.pk


@pytest.mark.parametrize("path", ["/hang", "/trickle", "/missing.jpg"])
def test_an_unreachable_image_is_reported_and_the_post_imported_without_it(
    newsroom, chief, tmp_path, server, loopback_allowed, path
):
    started = time.perf_counter()
    report, _ = run_import(
        export(tmp_path, [image_post(f"{server}{path}")]),
        chief,
        "--media-timeout",
        "1",
        tmp=tmp_path,
    )
    assert time.perf_counter() - started < 15
    assert report["counts"]["created"] == 1
    assert report["mediaFailures"][0]["url"] == f"{server}{path}"
    assert [b.block_type for b in NewsItemPage.objects.get().body] == ["paragraph", "paragraph"]
    assert not NewsroomImage.objects.exists()


def test_a_refused_connection_is_reported(newsroom, chief, tmp_path, closed_port, loopback_allowed):
    url = f"http://127.0.0.1:{closed_port}/photo.jpg"
    report, _ = run_import(export(tmp_path, [image_post(url)]), chief, tmp=tmp_path)
    assert report["mediaFailures"][0]["reason"] == "Could not connect: ConnectionError."
    assert report["counts"]["created"] == 1


def test_a_private_address_is_not_fetched_unless_the_operator_allows_it(
    newsroom, chief, tmp_path, server
):
    report, _ = run_import(
        export(tmp_path, [image_post(f"{server}/photo.jpg")]), chief, tmp=tmp_path
    )
    assert "private or local address" in report["mediaFailures"][0]["reason"]
    assert not NewsroomImage.objects.exists()


def test_a_file_that_is_not_an_image_is_refused_by_the_upload_rules(
    newsroom, chief, tmp_path, loopback_allowed
):
    uploads = tmp_path / "uploads" / "2020" / "05"
    uploads.mkdir(parents=True)
    (uploads / "fake.jpg").write_bytes(b"<html>not an image</html>")
    post = image_post("https://old.example.org/wp-content/uploads/2020/05/fake.jpg")
    report, _ = run_import(
        export(tmp_path, [post]), chief, "--media-dir", str(tmp_path / "uploads"), tmp=tmp_path
    )
    assert "does not match the file format" in report["mediaFailures"][0]["reason"]


def test_media_dir_paths_cannot_leave_the_directory(newsroom, chief, tmp_path):
    (tmp_path / "secret.jpg").write_bytes(jpeg())
    (tmp_path / "uploads").mkdir()
    post = image_post("https://old.example.org/wp-content/uploads/../../secret.jpg")
    report, _ = run_import(
        export(tmp_path, [post]), chief, "--media-dir", str(tmp_path / "uploads"), tmp=tmp_path
    )
    assert not NewsroomImage.objects.exists()
    assert report["mediaFailures"]
