"""axe-core findings on the review page (serious and critical), at 1280x820, 1024x640 and 200 % zoom.

    python benchmarks/review_page_axe.py [--db TERMBASE]

Serves the page on a term base (default: a fresh harvest of the seed in a temporary folder),
opens it in headless Chromium (Debian's /usr/bin/chromium) through Playwright, injects the
vendored axe-core (tests/data/axe) and prints every violation by impact; then checks the
layout at 1024x640 and at 200 % zoom (is the selected row's detail, the help dialog,
reachable without horizontal scrolling?). A measurement, not a test: tests/test_web_page.py
holds the assertions.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "data" / "axe" / "axe.min.js"
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def axe(page: object) -> list[dict[str, object]]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))          # type: ignore[attr-defined]
    result = page.evaluate(                                               # type: ignore[attr-defined]
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))")
    return list(result)


def main() -> int:
    from playwright.sync_api import sync_playwright

    from termsmith import harvest, ingest, reader, web
    from termsmith.store import TermBase

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "seed.db"
        if not args.db:
            with TermBase(db) as tb:
                ingest.store(tb, harvest.run(reader.read(SEED)))
        server, url = web.start(db, who="axe")
        try:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                report = {}
                for name, viewport, scale in (("1280x820", (1280, 820), 1),
                                              ("1024x640", (1024, 640), 1),
                                              ("1024x640 at 200%", (512, 320), 2)):
                    page = b.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                      device_scale_factor=scale, bypass_csp=True)
                    page.goto(url)
                    page.wait_for_selector("#queue li")
                    found = axe(page)
                    overflow = page.evaluate(
                        "() => document.documentElement.scrollWidth > window.innerWidth + 1")
                    detail = page.evaluate(
                        "() => { const r = document.querySelector('#detail').getBoundingClientRect();"
                        " return r.width > 0 && r.left < window.innerWidth; }")
                    report[name] = {"violations": found, "horizontal_scroll": overflow,
                                    "detail_visible": detail}
                    page.close()
                b.close()
        finally:
            server.stop()
    for name, r in report.items():
        serious = [v for v in r["violations"] if v["impact"] in ("serious", "critical")]  # type: ignore[index,union-attr]
        print(f"{name}: {len(serious)} serious/critical, {len(r['violations'])} in all; "  # type: ignore[arg-type]
              f"horizontal scroll: {r['horizontal_scroll']}; detail visible: {r['detail_visible']}")
        for v in r["violations"]:  # type: ignore[union-attr]
            print(f"  {v['impact']:<9} {v['id']}: {v['help']} ({v['nodes']} nodes)")
    json.dump(report, sys.stderr)
    print(file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
