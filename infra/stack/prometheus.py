"""Debian's Prometheus scraping every app instance's `/metrics` with the bearer token, as an
operator's would (docs/operators/metrics.md); its data lives in the stack's directory."""

from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "prometheus" / "alerts.yml"

TEMPLATE = """\
global:
  scrape_interval: {interval}
  scrape_timeout: {timeout}
  evaluation_interval: {interval}
rule_files: [{rules}]
scrape_configs:
  - job_name: newsroom
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: {token_file}
    static_configs:
      - targets: [{targets}]
"""


def write_config(directory: Path, app_ports: list[int], token: str, interval: float) -> Path:
    token_file = directory / "metrics-token"
    token_file.write_text(token)
    token_file.chmod(0o600)
    config = directory / "prometheus.yml"
    config.write_text(
        TEMPLATE.format(
            interval=f"{interval:g}s",
            timeout=f"{min(interval, 10):g}s",
            token_file=token_file,
            rules=RULES,
            targets=", ".join(f"'127.0.0.1:{port}'" for port in app_ports),
        )
    )
    return config


def argv(config: Path, data: Path, port: int) -> list[str]:
    return [
        "prometheus",
        f"--config.file={config}",
        f"--storage.tsdb.path={data}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--storage.tsdb.retention.time=1d",
        "--log.level=warn",
    ]
