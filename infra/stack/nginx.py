"""nginx as the load balancer: one upstream of every app instance, and a request that fails to
connect or times out on one instance is retried once on another (`proxy_next_upstream`).
POSTs are not retried (nginx's default for non-idempotent requests), so an admin action never
runs twice, except on /graphql/, which only reads."""

from pathlib import Path

TEMPLATE = """\
worker_processes 2;
pid {directory}/nginx.pid;
error_log {directory}/nginx-error.log warn;
{user}
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {directory}/nginx-tmp/body;
    proxy_temp_path {directory}/nginx-tmp/proxy;
    fastcgi_temp_path {directory}/nginx-tmp/fastcgi;
    uwsgi_temp_path {directory}/nginx-tmp/uwsgi;
    scgi_temp_path {directory}/nginx-tmp/scgi;
    client_max_body_size 50m;

    # A TLS terminator in front sets X-Forwarded-Proto; without one this hop is plain HTTP.
    map $http_x_forwarded_proto $forwarded_proto {{ default $scheme; https https; }}

    upstream newsroom {{
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $forwarded_proto;
        proxy_next_upstream_tries 2;
        proxy_connect_timeout 2s;
        proxy_read_timeout 60s;
        location / {{
            proxy_pass http://newsroom;
            proxy_next_upstream error timeout http_502 http_504;
        }}
        # Probes: liveness and readiness of whichever instance answers (a load balancer or
        # Kubernetes probes each instance directly, as wait_healthy does); never cached,
        # never logged. Metrics are scraped from each instance, never through the edge.
        location = /healthz {{
            proxy_pass http://newsroom;
            proxy_no_cache 1;
            access_log off;
        }}
        location = /readyz {{
            proxy_pass http://newsroom;
            proxy_no_cache 1;
            proxy_next_upstream error timeout http_502 http_503 http_504;
            access_log off;
        }}
        location = /metrics {{
            return 404;
        }}
        # The API has no mutations (the view refuses them): a POST there only reads, so it
        # is as safe to retry on the other instance as a GET.
        location /graphql/ {{
            proxy_pass http://newsroom;
            proxy_next_upstream error timeout http_502 http_504 non_idempotent;
        }}
    }}
}}
"""


def write_config(directory: Path, port: int, app_ports: list[int], as_root: bool) -> Path:
    (directory / "nginx-tmp").mkdir(parents=True, exist_ok=True)
    servers = "\n".join(
        f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in app_ports
    )
    config = directory / "nginx.conf"
    config.write_text(
        TEMPLATE.format(
            directory=directory,
            port=port,
            servers=servers,
            user="user root root;" if as_root else "",
        )
    )
    return config
