"""The progress bar on a terminal (rich); silent when the output is not one (cron, CI)."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn


class TerminalProgress:
    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._progress = None
        self._task = None
        if enabled:
            self._progress = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=False,
            )

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task("Importing", total=total)
        self._progress.update(self._task, completed=done)

    def close(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.stop()


def terminal_progress(stream: IO[str], *, enabled: bool) -> TerminalProgress:
    return TerminalProgress(getattr(stream, "_out", stream), enabled)
