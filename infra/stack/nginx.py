"""nginx as the load balancer: one upstream of every app instance, and a request that fails to
connect or times out on one instance is retried once on another (`proxy_next_upstream`).
POSTs are not retried (nginx's default for non-idempotent requests), so an admin action never
runs twice, except on /graphql/, which only reads.

Persisted GETs of /graphql/ (`?id=<sha256>&variables=…`, what the frontends send) are cached
by nginx itself for a second, keyed as the response cache keys them (scheme, host, the
operation and its variables; the Vary headers, Accept and Origin, split the variants), and
served stale while one request refreshes them: a burst of readers costs the app one request a
second, and a publish is visible within a second. Only what the app marks public is stored:
never a preview or embargo answer, an error, a signed-in or credentialed request, a POST or a
query sent as text. `X-Cache-Status` says HIT, MISS, STALE, UPDATING or BYPASS."""

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

    proxy_cache_path {directory}/nginx-cache levels=1:2 keys_zone=api:10m max_size=256m
                     inactive=10m use_temp_path=off;
    map "$http_authorization$cookie_sessionid" $edge_personal {{ default 1; "" 0; }}
    map $arg_id $edge_unpersisted {{ default 0; "" 1; }}
    map $upstream_http_cache_control $edge_not_public {{ default 1; "~^public" 0; }}

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
            proxy_cache api;
            proxy_cache_key "$forwarded_proto://$http_host$request_uri";
            proxy_cache_methods GET HEAD;
            proxy_cache_bypass $edge_personal $edge_unpersisted;
            proxy_no_cache $edge_personal $edge_unpersisted $edge_not_public;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_valid 200 {edge_seconds}s;
            proxy_cache_use_stale updating error timeout http_502 http_504;
            proxy_cache_background_update on;
            proxy_cache_lock on;
            add_header X-Cache-Status $upstream_cache_status always;
        }}
        # `make stack-load`'s ceiling for the edge cache: the same bytes as a static file.
        location /stack-static/ {{
            alias {directory}/stack-static/;
        }}
    }}
}}
"""


EDGE_SECONDS = 1


def write_config(directory: Path, port: int, app_ports: list[int], as_root: bool) -> Path:
    (directory / "nginx-tmp").mkdir(parents=True, exist_ok=True)
    (directory / "stack-static").mkdir(parents=True, exist_ok=True)
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
            edge_seconds=EDGE_SECONDS,
        )
    )
    return config
