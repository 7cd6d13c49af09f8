"""What an import did, item by item, as an editor reads it and as a JSON file keeps it."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

OUTCOMES = ("created", "updated", "unchanged", "skipped", "failed")


@dataclass
class ItemResult:
    outcome: str
    title: str
    line: int
    guid: str = ""
    post_id: int | None = None
    reason: str = ""
    page_id: int | None = None
    state: str = ""
    """What the page is now: live, scheduled draft, draft, submitted to Legal review."""
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    file: str = ""
    dry_run: bool = False
    wxr_version: str = ""
    items: list[ItemResult] = field(default_factory=list)
    unknown_blocks: Counter = field(default_factory=Counter)
    media_failures: list[dict] = field(default_factory=list)
    credits_needed: list[dict] = field(default_factory=list)
    alt_texts_needed: list[dict] = field(default_factory=list)
    redirects: Counter = field(default_factory=Counter)
    topics_created: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    error: dict | None = None

    def add(self, result: ItemResult) -> None:
        self.items.append(result)

    def counts(self) -> dict[str, int]:
        counted = Counter(item.outcome for item in self.items)
        return {outcome: counted.get(outcome, 0) for outcome in OUTCOMES}

    def reasons(self, outcome: str) -> Counter:
        return Counter(item.reason for item in self.items if item.outcome == outcome)

    def states(self) -> Counter:
        return Counter(
            item.state
            for item in self.items
            if item.outcome in ("created", "updated") and item.state
        )

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "dryRun": self.dry_run,
            "wxrVersion": self.wxr_version,
            "counts": self.counts(),
            "states": dict(self.states()),
            "reasons": {
                outcome: dict(self.reasons(outcome))
                for outcome in ("updated", "skipped", "failed")
                if self.reasons(outcome)
            },
            "unknownBlocks": dict(self.unknown_blocks.most_common()),
            "redirects": dict(self.redirects),
            "topicsCreated": self.topics_created,
            "mediaFailures": self.media_failures,
            "creditsNeeded": self.credits_needed,
            "altTextsNeeded": self.alt_texts_needed,
            "seconds": self.seconds,
            "error": self.error,
            "items": [asdict(item) for item in self.items],
        }

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n")

    def summary_lines(self) -> list[str]:
        """The summary printed after the progress bar (and shown in the admin)."""
        if self.error:
            where = f" at line {self.error['line']}, column {self.error['column']}"
            return [
                f"Nothing imported: {self.error['message']}"
                + (where if self.error.get("line") else ""),
                f"[{self.error['code']}]",
            ]
        counts = self.counts()
        verb = "would be " if self.dry_run else ""
        lines = [
            ("Dry run, nothing written. " if self.dry_run else "")
            + ", ".join(f"{counts[outcome]} {verb}{outcome}" for outcome in OUTCOMES)
        ]
        for state, count in sorted(self.states().items()):
            lines.append(f"  {count} {state}")
        for outcome in ("updated", "skipped", "failed"):
            for reason, count in self.reasons(outcome).most_common():
                if reason:
                    lines.append(f"  {outcome}: {count} x {reason}")
        if self.unknown_blocks:
            kept = ", ".join(f"{name} x {n}" for name, n in self.unknown_blocks.most_common(12))
            more = len(self.unknown_blocks) - 12
            lines.append(
                f"Blocks with no equivalent, kept as paragraphs of their text: {kept}"
                + (f" and {more} more kinds" if more > 0 else "")
            )
        if self.media_failures:
            lines.append(
                f"{len(self.media_failures)} file(s) could not be imported (posts imported "
                "without them): see mediaFailures in the JSON report."
            )
        if self.credits_needed:
            lines.append(
                f"{len(self.credits_needed)} image(s) have a placeholder credit to replace: "
                "see creditsNeeded."
            )
        if self.alt_texts_needed:
            lines.append(
                f"{len(self.alt_texts_needed)} image(s) have a placeholder alt text to replace: "
                "see altTextsNeeded."
            )
        if self.redirects:
            lines.append(
                "Redirects from old URLs: "
                + ", ".join(f"{n} {kind}" for kind, n in sorted(self.redirects.items()))
            )
        if self.topics_created:
            lines.append(f"Topics created: {len(self.topics_created)}")
        if self.seconds:
            lines.append(
                "Time: "
                + ", ".join(f"{name} {value:.2f} s" for name, value in self.seconds.items())
            )
        return lines
