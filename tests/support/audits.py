"""Third-party audits of pages in Debian's Chromium, from the packages pinned in
tests/browser/audit/package-lock.json (`make node-test-deps`): axe-core injected into a
Playwright page, and Lighthouse's CLI launching /usr/bin/chromium itself. No browser is ever
downloaded."""

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

AUDIT = Path(__file__).resolve().parents[1] / "browser" / "audit"
AXE = AUDIT / "node_modules" / "axe-core" / "axe.min.js"
LIGHTHOUSE = AUDIT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"
BLOCKING = {"serious", "critical"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def axe_violations(page, *, include: str | None = None) -> list[dict]:
    """axe-core's serious and critical violations on the page as it stands (optionally only
    inside `include`), one entry per rule and element: {rule, impact, target, summary}."""
    assert AXE.is_file(), "run `make node-test-deps` first (tests/browser/audit)"
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    context = json.dumps({"include": [include]} if include else {"exclude": []})
    results = page.evaluate(
        f"""async () => {{
          const results = await axe.run({context}, {{ resultTypes: ["violations"] }});
          return results.violations;
        }}"""
    )
    return [
        {
            "rule": violation["id"],
            "impact": node["impact"],
            "target": " ".join(node["target"]),
            "summary": node["failureSummary"].splitlines()[-1].strip(),
        }
        for violation in results
        for node in violation["nodes"]
        if node["impact"] in BLOCKING
    ]


@dataclass(frozen=True)
class LighthouseReport:
    scores: dict[str, int]  # category -> 0..100
    failing: dict[str, list[str]]  # category -> titles of its weighted audits that failed


def lighthouse(url: str, *, timeout: float = 240) -> LighthouseReport:
    """Lighthouse's four category scores (0-100) for `url`, desktop preset (the reference
    frontend is a desktop-first site; the mobile preset's simulated 4x CPU slowdown on a shared
    2-core machine measures the machine, not the page)."""
    assert LIGHTHOUSE.is_file(), "run `make node-test-deps` first (tests/browser/audit)"
    completed = subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--preset=desktop",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(completed.stdout)
    audits, categories = report["audits"], report["categories"]
    return LighthouseReport(
        scores={c: round((categories[c]["score"] or 0) * 100) for c in CATEGORIES},
        failing={
            c: [
                audits[ref["id"]]["title"]
                for ref in categories[c]["auditRefs"]
                if ref["weight"] and (audits[ref["id"]]["score"] or 0) < 1
            ]
            for c in CATEGORIES
        },
    )
