"""A 100 MB export is read in constant memory: the reader's peak allocation does not grow with
the file (both passes of an import read it this way)."""

import time
import tracemalloc

from cms.wordpress.attachments import scan
from cms.wordpress.wxr import WxrItem, read

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
    'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n'
)
PARAGRAPH = "<p>" + "Witnesses described the raid on the camp in detail. " * 25 + "</p>\n"


def write_export(path, megabytes: int) -> int:
    body = PARAGRAPH * 10
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        while out.tell() < megabytes * 1024 * 1024:
            count += 1
            out.write(
                f"<item><title>Release {count}</title>"
                f"<link>https://old.example.org/2020/01/release-{count}/</link>"
                f'<guid isPermaLink="false">https://old.example.org/?p={count}</guid>'
                f"<content:encoded><![CDATA[{body}]]></content:encoded>"
                f"<wp:post_id>{count}</wp:post_id><wp:post_type>post</wp:post_type>"
                f"<wp:status>publish</wp:status>"
                f'<category domain="category" nicename="news"><![CDATA[News]]></category>'
                f"<wp:postmeta><wp:meta_key>_edit_last</wp:meta_key>"
                f"<wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta></item>\n"
            )
        out.write("</channel></rss>\n")
    return count


def peak_while_reading(path) -> tuple[int, int, float]:
    tracemalloc.start()
    started = time.perf_counter()
    items = sum(1 for entry in read(path) if isinstance(entry, WxrItem))
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return items, peak, seconds


def test_reading_a_100_mb_export_takes_no_more_memory_than_reading_a_1_mb_one(tmp_path):
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    write_export(small, 1)
    written = write_export(large, 100)
    assert large.stat().st_size >= 100 * 1024 * 1024

    small_items, small_peak, _ = peak_while_reading(small)
    large_items, large_peak, seconds = peak_while_reading(large)

    assert large_items == written and large_items > 50 * small_items
    assert large_peak < 2 * small_peak + 1024 * 1024, (small_peak, large_peak)
    print(f"100 MB: {large_items} items, peak {large_peak / 1e6:.1f} MB, {seconds:.1f} s")


def test_the_first_pass_of_an_import_keeps_only_counts_for_posts(tmp_path):
    path = tmp_path / "export.xml"
    written = write_export(path, 5)
    result = scan(path)
    assert result.total == written and result.attachments == {}
