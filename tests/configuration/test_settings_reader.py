"""Every NEWSROOM_* setting is declared once in cms/conf.py with its default and parser, and
read only through `cms.conf.newsroom`: a direct read would carry a second default, or none."""

import ast
from pathlib import Path

from cms.conf import GRAPHQL_LIMITS, SETTINGS, newsroom

ROOT = Path(__file__).resolve().parents[2]
CODE = [ROOT / "cms", ROOT / "newsroom_pages", ROOT / "bench", ROOT / "infra"]
ALLOWED = {ROOT / "cms" / "conf.py"}


def _direct_reads(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("NEWSROOM_")
            and isinstance(node.value, ast.Name)
            and node.value.id == "settings"
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno} settings.{node.attr}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and str(node.args[1].value).startswith("NEWSROOM_")
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno} {node.func.id}(…)")
    return found


def _sources() -> list[Path]:
    return [
        path
        for folder in CODE
        for path in folder.rglob("*.py")
        if path not in ALLOWED
        and "settings" not in path.relative_to(ROOT).parts[:2]
        and "node_modules" not in path.parts
    ]


def test_no_module_reads_a_newsroom_setting_past_cms_conf():
    reads = [read for path in _sources() for read in _direct_reads(path)]
    assert reads == [], "read these through cms.conf.newsroom:\n" + "\n".join(reads)


def test_the_scan_sees_a_direct_read_when_there_is_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from django.conf import settings\n"
        "a = settings.NEWSROOM_FEED_ITEMS\n"
        "b = getattr(settings, 'NEWSROOM_FEED_MAX_AGE', 300)\n"
    )
    assert len(_direct_reads(sample, root=tmp_path)) == 2


def test_every_declared_setting_has_a_default_the_reader_returns(settings):
    for name in SETTINGS:
        delattr(settings, f"NEWSROOM_{name}")
        assert getattr(newsroom, name) == SETTINGS[name].default
    assert set(newsroom.GRAPHQL) == set(GRAPHQL_LIMITS)
