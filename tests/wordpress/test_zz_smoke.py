import pytest
from tests.wordpress.conftest import THEME_UNIT_TEST, run_import

pytestmark = pytest.mark.django_db

def test_smoke(newsroom, chief, uploads, tmp_path):
    report, out = run_import(THEME_UNIT_TEST, chief, "--media-dir", str(uploads), tmp=tmp_path)
    print(out)
    import json
    print(json.dumps({k: v for k, v in report.items() if k != "items"}, indent=1)[:6000])
    for item in report["items"]:
        if item["outcome"] == "failed" or item["notes"]:
            print(item["outcome"], item["title"][:50], item["reason"][:200], item["notes"][:3])
    report2, out2 = run_import(THEME_UNIT_TEST, chief, "--media-dir", str(uploads), tmp=tmp_path)
    print(out2)
