"""Logging through structlog: with `LOG_FORMAT=json` (production's default) one JSON object per
line, from every logger (Django's, gunicorn's, the app's), with `timestamp`, `level`, `logger`,
`message` and whatever the request or task bound (`request_id`, …); with `text`, the same
events readable on a terminal.

Settings call `logging_config()`; structlog itself is configured once, on import.
"""

import logging
from typing import Any

import structlog
from django.core.exceptions import ImproperlyConfigured

FORMATS = ("json", "text")

_shared = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
    structlog.stdlib.ExtraAdder(),
]


def _renderer(log_format: str) -> list:
    if log_format == "json":
        return [
            structlog.processors.format_exc_info,
            structlog.processors.EventRenamer("message"),
            structlog.processors.JSONRenderer(),
        ]
    return [structlog.dev.ConsoleRenderer(colors=False)]


def formatter(log_format: str) -> dict[str, Any]:
    """A `logging` formatter entry (dictConfig) rendering stdlib records as structlog does."""
    return {
        "()": structlog.stdlib.ProcessorFormatter,
        "foreign_pre_chain": _shared,
        "processors": [
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            *_renderer(log_format),
        ],
    }


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """Django's LOGGING for `LOG_FORMAT` (json or text) and the root level."""
    if log_format not in FORMATS:
        raise ImproperlyConfigured(f"LOG_FORMAT is json or text, got {log_format!r}.")
    if log_format == "json":
        logging.captureWarnings(True)  # warnings too become lines of the log, not bare stderr
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"structured": formatter(log_format)},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "structured"}},
        "root": {"handlers": ["console"], "level": level},
        # Django's own handlers (plain text when DEBUG) would print each line a second time.
        "loggers": {"django": {"handlers": [], "propagate": True}},
    }


def gunicorn_logging(log_format: str) -> dict[str, Any]:
    """gunicorn's own lines (start, worker exits, timeouts) in the same format."""
    config = logging_config(log_format, "INFO")
    config["loggers"] = {
        "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False}
    }
    return config


structlog.configure(
    processors=[
        structlog.stdlib.filter_by_level,
        *_shared[:-1],
        structlog.stdlib.PositionalArgumentsFormatter(),
        structlog.processors.StackInfoRenderer(),
        structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
    ],
    logger_factory=structlog.stdlib.LoggerFactory(),
    wrapper_class=structlog.stdlib.BoundLogger,
    cache_logger_on_first_use=True,
)


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)
