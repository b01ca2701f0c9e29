#!/usr/bin/env python3
"""A 100-decision review session in the browser, with bulk actions, timed.

    python benchmarks/review_session.py [--candidates N]

Builds a term base of the genre (the seed transcript's harvest plus N synthetic domain
candidates, default 300), serves the review page, and drives it in headless Chromium
(Debian's /usr/bin/chromium) as a reviewer would, with the keyboard:

* 40 single decisions (``a`` / ``r``, each waiting until the term base has it);
* 10 Chinese equivalents typed and saved (``z``, text, Enter);
* 10 rows selected with ``x`` and rejected together (``r``): one request;
* every remaining ``domain`` candidate of one filtered view rejected with "Reject all…"
  (the confirmation states the count): one request;
* one ``Ctrl+Z`` (undo), then the bulk decision made again.

It prints the wall time of each part, per decision, and how many decisions the term
base holds at the end (from its history). Timings are of one run on a shared machine:
compare them only with another run made beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build(db: Path, n: int) -> None:
    from termsmith import harvest, ingest, reader
    from termsmith.model import Concept, Context, Term
    from termsmith.store import TermBase

    with TermBase(db) as tb:
        ingest.store(tb, harvest.run(reader.read(SEED)))
        for i in range(n):
            text = f"county service network {i}"
            sentence = f"The {text} reached every village last year, the official said."
            tb.add_concept(Concept(terms=(Term(text=text, contexts=(
                Context(sentence=sentence, source="synthetic.txt", line=i + 1, start=4,
                        end=4 + len(text)),)),), kind="domain", score=0.31 + i / 10_000))


def main() -> int:
    from playwright.sync_api import expect, sync_playwright

    from termsmith import web
    from termsmith.store import TermBase

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=300)
    args = ap.parse_args()
    timings: list[tuple[str, int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "session.db"
        build(db, args.candidates)
        server, url = web.start(db, who="bench")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 820})
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector("#queue li[aria-selected=true]")
                timings.append(("page ready", 0, time.perf_counter() - t0))

                def reviewed() -> int:
                    return int(page.locator("#progress-text").inner_text().split()[1])

                start = reviewed()
                t = time.perf_counter()
                for i in range(40):
                    page.keyboard.press("a" if i % 3 else "r")
                    expect(page.locator("#progress-text")).to_contain_text(
                        f"Reviewed {start + i + 1} of")
                timings.append(("single decisions (a/r)", 40, time.perf_counter() - t))

                t = time.perf_counter()
                for i in range(10):
                    page.keyboard.press("z")
                    page.keyboard.insert_text(f"示范词{i}")
                    page.keyboard.press("Enter")
                    expect(page.locator("#toast")).to_have_text("Saved")
                    page.keyboard.press("j")
                timings.append(("Chinese equivalents (z, Enter)", 10, time.perf_counter() - t))

                page.select_option("#f-kind", "domain")
                page.wait_for_selector("#queue li[aria-selected=true]")
                t = time.perf_counter()
                for _ in range(10):
                    page.keyboard.press("x")
                    page.keyboard.press("j")
                page.keyboard.press("r")
                expect(page.locator("#toast")).to_have_text("Rejected 10 terms")
                timings.append(("10 selected, rejected together", 10, time.perf_counter() - t))

                page.wait_for_timeout(400)
                left = int(page.locator("#queue-count").inner_text().split()[0])
                t = time.perf_counter()
                page.get_by_role("button", name="Reject all…").click()
                page.get_by_role("alertdialog").get_by_role("button", name=f"Reject {left}").click()
                expect(page.locator("#toast")).to_have_text(f"Rejected {left} terms")
                timings.append(("Reject all in the view (confirmed count)", left,
                                time.perf_counter() - t))

                t = time.perf_counter()
                page.keyboard.press("Control+z")
                expect(page.locator("#toast")).to_contain_text("Undone")
                timings.append(("Ctrl+Z (the bulk decision undone)", left, time.perf_counter() - t))
                browser.close()
        finally:
            server.stop()
        with TermBase(db) as tb:
            changes = tb.changes(who="bench")
    total = sum(n for name, n, _ in timings[1:-1])
    print(f"{'part':<45} {'decisions':>9} {'wall s':>8} {'ms/decision':>12}")
    for name, n, secs in timings:
        per = f"{1000 * secs / n:.1f}" if n else "—"
        print(f"{name:<45} {n:>9} {secs:>8.2f} {per:>12}")
    print(f"{total} decisions made (then the last bulk undone); "
          f"{len(changes)} history entries by the reviewer; "
          f"{len({c.action for c in changes})} decisions (actions) recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
