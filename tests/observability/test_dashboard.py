"""The Grafana dashboard and the alert rules shipped in infra/ name only metrics the app
exposes, so neither shows an empty panel or an alert that can never fire."""

import json
import re
from pathlib import Path

import pytest
from prometheus_client import REGISTRY, CollectorRegistry

from cms.observability import metrics  # noqa: F401 (declares the app's metrics)
from cms.observability.collectors import DatabaseCollector

pytestmark = pytest.mark.django_db

INFRA = Path(__file__).resolve().parents[2] / "infra"
SUFFIXES = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "gauge": [""]}
NAME = re.compile(r"\b(newsroom_[a-z_]+)")


def exposed() -> set[str]:
    names = set()
    for registry in (REGISTRY, _database_registry()):
        for family in registry.collect():
            names |= {family.name + suffix for suffix in SUFFIXES.get(family.type, [""])}
    return names


def _database_registry() -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(DatabaseCollector())
    return registry


def test_every_dashboard_panel_queries_metrics_the_app_exposes():
    dashboard = json.loads((INFRA / "grafana/newsroom-dashboard.json").read_text())
    expressions = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    used = {name for expr in expressions for name in NAME.findall(expr)}

    assert used
    assert used <= exposed(), used - exposed()


def test_every_alert_rule_queries_metrics_the_app_exposes():
    used = set(NAME.findall((INFRA / "prometheus/alerts.yml").read_text()))

    assert used
    assert used <= exposed(), used - exposed()
