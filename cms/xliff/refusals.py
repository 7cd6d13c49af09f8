"""Why a file was refused: a code for scripts, a sentence for people, nothing written."""

from __future__ import annotations


class XliffRefused(Exception):
    """Raised before anything is written; `details` names the units concerned."""

    def __init__(self, code: str, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        lines = [f"{self.code}: {self.message}", *(f"  {detail}" for detail in self.details)]
        return "\n".join(lines)
