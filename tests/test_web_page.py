"""The review page in headless Chromium: accessibility (axe-core), layout at 1024x640 and 200 %
zoom, deep links, unsaved edits, undo, bulk decisions, relations, merges, shortcut settings."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web import WHO, _build, _status, _term

from termsmith import web
from termsmith.model import Concept, Context, Review, Term, Usage
from termsmith.store import TermBase

AXE = Path(__file__).parent / "data" / "axe" / "axe.min.js"
EXTRA = 150                       # hand-made concepts, so the queue has more than one page


@pytest.fixture
def db(tmp_path: Path, transcript: Path) -> Path:
    path = tmp_path / "terms.db"
    _build(path, transcript)
    with TermBase(path) as tb:
        for i in range(EXTRA):
            sentence = f"The county opened rural service station {i} last year."
            tb.add_concept(Concept(terms=(Term(text=f"rural service station {i}", contexts=(
                Context(sentence=sentence, source="extra.txt", line=i + 1, start=18,
                        end=18 + len(f"rural service station {i}")),)),),
                kind="domain", score=0.2 + i / 1000))
    return path


@pytest.fixture
def served(db: Path) -> Iterator[str]:
    server, url = web.start(db, who=WHO)
    yield url
    server.stop()


def _page(browser: Any, url: str, width: int = 1280, height: int = 820, scale: int = 1,
          hash_: str = "") -> Any:
    # bypass_csp: only so that the test can inject axe-core; the page's own code never needs it.
    page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale,
                            bypass_csp=True)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    page.goto(url + hash_)
    page.wait_for_selector("#queue li[aria-selected=true]")
    return page


def _eventually(db: Path, tid: int, want: Review, seconds: float = 10) -> Review:
    """The term's status once it is ``want`` (the page shows a decision before the store has
    it), or whatever it is after ``seconds``."""
    deadline = time.monotonic() + seconds
    while (now := _status(db, tid)) is not want and time.monotonic() < deadline:
        time.sleep(0.05)
    return now


def _axe(page: Any) -> list[str]:
    """Serious and critical axe-core violations on the page as it is now."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
    return list(found)


def _no_sideways_scroll(page: Any) -> bool:
    return bool(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))


@pytest.mark.parametrize(("width", "height", "scale"), [(1280, 820, 1), (1024, 640, 1), (512, 320, 2)],
                         ids=["1280x820", "1024x640", "1024x640-at-200%"])
def test_no_serious_accessibility_violations_and_the_layout_reflows(
        browser: Any, served: str, width: int, height: int, scale: int) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served, width, height, scale)
    assert _axe(page) == []
    assert _no_sideways_scroll(page)
    # The detail is on screen (or one scroll down), its title whole words.
    detail = page.locator("#detail-term")
    detail.scroll_into_view_if_needed()
    expect(detail).to_be_in_viewport()
    assert page.evaluate("() => getComputedStyle(document.querySelector('#detail-term'))"
                         ".overflowWrap") == "break-word"
    # The help dialog fits or scrolls: its last line can be reached.
    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    box = page.locator("#help-box")
    assert box.evaluate("b => b.getBoundingClientRect().bottom <= window.innerHeight + 1")
    box.evaluate("b => b.scrollTop = b.scrollHeight")
    expect(box.locator("p")).to_be_in_viewport()
    assert _axe(page) == []
    page.keyboard.press("Escape")
    # The replaced-equivalent prompt and the settings dialog are accessible too.
    page.keyboard.press("z")
    page.keyboard.insert_text("中华水塔")
    page.keyboard.press("Enter")
    expect(page.locator("#toast")).to_have_text("Saved")
    page.keyboard.press("z")
    page.keyboard.insert_text("中国水塔")
    page.keyboard.press("Enter")
    expect(page.locator("fieldset.relation")).to_be_visible()
    assert _axe(page) == []
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Keys…").click()
    expect(page.locator("#dialog")).to_be_visible()
    assert _axe(page) == [] and _no_sideways_scroll(page)
    assert page.errors == []


def test_every_control_shows_where_the_focus_is(browser: Any, served: str) -> None:
    page = _page(browser, served)
    controls = 0
    for _ in range(16):
        page.keyboard.press("Tab")
        style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                              " return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth]; }")
        if style[0] == "BODY":
            continue    # past the last control the focus leaves the page (Chromium 150 rests
                        # on the document once before it wraps to the first control)
        controls += 1
        assert style[1] != "none" and style[2] != "0px", style
    assert controls >= 14


def test_deep_link_to_a_term_past_the_first_page(browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    _, tid = _term(db, "rural service station 3")        # near the end of the queue, by score
    page = _page(browser, served, hash_=f"#status=all&t={tid}")
    expect(page.locator("#detail-term")).to_have_text("rural service station 3")
    expect(page.locator(f"#row-{tid}")).to_have_attribute("aria-selected", "true")
    expect(page.locator(f"#row-{tid}")).to_be_in_viewport()
    before = page.locator("#queue li").count()
    page.get_by_role("button", name="Show earlier terms").click()
    expect(page.locator("#queue li")).to_have_count(before + 100)
    expect(page.locator("#detail-term")).to_have_text("rural service station 3")   # still selected
    page.reload()
    expect(page.locator("#detail-term")).to_have_text("rural service station 3")
    assert page.errors == []


def test_unsaved_typing_is_warned_about_and_restored(browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    page.locator("#queue li").filter(has_text="Water Tower of China").click()
    page.keyboard.press("n")
    page.keyboard.insert_text("said of Qinghai")
    dialogs: list[str] = []

    def on_dialog(d: Any) -> None:
        dialogs.append(d.type)
        d.accept()

    page.on("dialog", on_dialog)
    page.reload()
    assert dialogs == ["beforeunload"]
    page.locator("#queue li").filter(has_text="Water Tower of China").click()
    expect(page.locator("#edit-note")).to_have_value("said of Qinghai")
    expect(page.locator("#toast")).to_contain_text("Unsaved edits restored")
    page.locator("#edit-note").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#toast")).to_have_text("Saved")
    cid, _ = _term(db, "Water Tower of China")
    with TermBase(db) as tb:
        assert tb.get(cid).note == "said of Qinghai"


def test_undo_with_ctrl_z_also_after_a_reload(browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    first = page.locator("#detail-term").inner_text()
    _, tid = _term(db, first)
    page.keyboard.press("a")
    expect(page.locator("#progress-text")).to_contain_text("Reviewed 1 of")
    assert _eventually(db, tid, Review.APPROVED) is Review.APPROVED
    page.reload()
    page.wait_for_selector("#queue li[aria-selected=true]")
    page.keyboard.press("Control+z")
    expect(page.locator("#toast")).to_contain_text("Undone")
    expect(page.locator("#progress-text")).to_contain_text("Reviewed 0 of")
    assert _eventually(db, tid, Review.CANDIDATE) is Review.CANDIDATE
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()


def test_bulk_selection_and_all_in_view_with_the_count_confirmed(browser: Any, served: str,
                                                                 db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served, hash_="#kind=domain&status=candidate")
    rows = page.locator("#queue li")
    total = int(re.match(r"(\d+)", page.locator("#queue-count").inner_text())[1])   # type: ignore[index]
    assert total > 100
    page.keyboard.press("x")
    rows.nth(3).click(modifiers=["Shift"])
    expect(page.locator("#bulk .count")).to_have_text("4 selected")
    page.keyboard.press("r")
    expect(page.locator("#toast")).to_have_text("Rejected 4 terms")
    expect(page.locator("#queue-count")).to_have_text(f"{total - 4} terms in this view · 100 loaded")
    page.get_by_role("button", name="Reject all…").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text(f"Reject all {total - 4} terms in this view?")
    dialog.get_by_role("button", name=f"Reject {total - 4}").click()
    expect(page.locator("#toast")).to_have_text(f"Rejected {total - 4} terms")
    expect(page.locator("#queue-count")).to_have_text("0 terms in this view")
    with TermBase(db) as tb:
        statuses = {r.status for r in tb.rows() if r.kind == "domain" and r.lang == "en"}
    assert statuses == {Review.REJECTED}
    # One Ctrl+Z takes the whole "all in view" back.
    page.keyboard.press("Control+z")
    expect(page.locator("#queue-count")).to_contain_text(f"{total - 4} terms in this view")


def test_approving_an_expansion_offers_its_acronym(browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    expect(page.locator("#detail-term")).to_have_text("State Council Information Office")
    page.keyboard.press("a")
    expect(page.locator("#offer")).to_contain_text("Approve its acronym “SCIO” too?")
    page.keyboard.press("p")
    expect(page.locator("#toast")).to_have_text("Approved SCIO too")
    _, scio = _term(db, "SCIO")
    assert _eventually(db, scio, Review.APPROVED) is Review.APPROVED


def test_a_replaced_equivalent_is_kept_as_the_reviewer_says(browser: Any, served: str,
                                                            db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    page.locator("#queue li").filter(has_text="Water Tower of China").click()
    for text in ("中华水塔", "中华水嗒"):
        page.keyboard.press("z")
        page.keyboard.press("Control+a")
        page.keyboard.insert_text(text)
        page.keyboard.press("Enter")
        page.wait_for_timeout(50)
    expect(page.locator("fieldset.relation")).to_contain_text("is replaced by")
    page.keyboard.press("Escape")                  # cancelled: nothing saved
    page.keyboard.press("Enter")
    expect(page.locator("fieldset.relation")).to_be_visible()
    page.keyboard.press("5")                       # forbidden
    page.keyboard.press("Enter")
    water = page.locator("#queue li").filter(has_text="Water Tower of China").locator(".z")
    expect(water).to_have_text("中华水嗒")
    cid, _ = _term(db, "Water Tower of China")
    with TermBase(db) as tb:
        assert {t.text: t.usage for t in tb.get(cid).section("zh")} == {
            "中华水塔": Usage.DEPRECATED, "中华水嗒": Usage.PREFERRED}
    # A typo this time: the misspelt one goes.
    page.keyboard.press("z")
    page.keyboard.press("Control+a")
    page.keyboard.insert_text("中华水塔")
    page.keyboard.press("Enter")
    expect(page.locator("fieldset.relation")).to_be_visible()
    page.keyboard.press("1")
    page.keyboard.press("Enter")
    water = page.locator("#queue li").filter(has_text="Water Tower of China").locator(".z")
    expect(water).to_have_text("中华水塔")
    with TermBase(db) as tb:
        assert {t.text: t.usage for t in tb.get(cid).section("zh")} == {"中华水塔": Usage.PREFERRED}


def test_deprecate_picks_an_existing_term_and_merges_instead_of_duplicating(
        browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    park = page.locator("#queue li").filter(
        has=page.locator(".t", has_text=re.compile(r"^Sanjiangyuan National Park$")))
    park.first.click()
    expect(page.locator("#detail-term")).to_have_text("Sanjiangyuan National Park")
    page.keyboard.press("a")
    park.first.click()
    with TermBase(db) as tb:
        before = tb.stats()["concepts"]
    page.keyboard.press("f")
    page.keyboard.press("Control+a")
    page.keyboard.type("Sanjiangyuan")
    option = page.locator("#ask-suggest option[value='Sanjiangyuan National Park Administration']")
    expect(option).to_have_count(1)
    page.keyboard.type(" National Park Administration")
    page.keyboard.press("Enter")
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("is a term of concept #")
    dialog.get_by_role("button", name=re.compile(r"^Merge #\d+ here$")).click()
    expect(page.locator("#toast")).to_contain_text("Deprecated; use")
    with TermBase(db) as tb:
        assert tb.stats()["concepts"] == before - 1
        cid, _ = _term(db, "Sanjiangyuan National Park")
        assert {t.text: t.usage for t in tb.get(cid).section("en")} == {
            "Sanjiangyuan National Park": Usage.DEPRECATED,
            "Sanjiangyuan National Park Administration": Usage.PREFERRED}


def test_single_key_shortcuts_can_be_turned_off_and_remapped(browser: Any, served: str,
                                                             db: Path) -> None:
    from playwright.sync_api import expect

    page = _page(browser, served)
    first = page.locator("#detail-term").inner_text()
    _, tid = _term(db, first)
    page.get_by_role("button", name="Keys…").click()
    page.get_by_label("Single-key shortcuts").uncheck()
    page.get_by_role("dialog").get_by_role("button", name="Save").click()
    page.locator("#queue").focus()
    page.keyboard.press("a")
    page.wait_for_timeout(300)
    assert _status(db, tid) is Review.CANDIDATE
    expect(page.get_by_role("button", name="Approve", exact=True)).not_to_contain_text("a")
    page.get_by_role("button", name="Keys…").click()
    page.get_by_label("Single-key shortcuts").check()
    page.get_by_label(re.compile(r"^key for: approve \(")).fill("q")
    page.get_by_role("dialog").get_by_role("button", name="Save").click()
    page.reload()                                   # kept in the browser
    page.wait_for_selector("#queue li[aria-selected=true]")
    _, tid = _term(db, page.locator("#detail-term").inner_text())   # the term selected now
    page.keyboard.press("a")
    page.wait_for_timeout(300)
    assert _status(db, tid) is Review.CANDIDATE
    page.keyboard.press("q")
    expect(page.locator("#progress-text")).to_contain_text("Reviewed 1 of")
    assert _eventually(db, tid, Review.APPROVED) is Review.APPROVED


def test_a_colleagues_change_meanwhile_is_shown_and_the_reviewer_chooses(
        browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    from termsmith import review

    page = _page(browser, served)
    page.locator("#queue li").filter(has_text="Water Tower of China").click()
    cid, tid = _term(db, "Water Tower of China")
    with TermBase(db) as tb:                      # a colleague, meanwhile
        review.set_equivalent(tb, cid, "中华水塔", "li.na")
    page.keyboard.press("n")
    page.keyboard.insert_text("said of Qinghai")
    page.keyboard.press("Enter")
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("was changed meanwhile")
    expect(dialog).to_contain_text("li.na: 中华水塔 term[zh-Hans] ∅ → 中华水塔")
    dialog.get_by_role("button", name="Keep mine").click()
    expect(page.locator("#toast")).to_have_text("Saved")
    with TermBase(db) as tb:
        c = tb.get(cid)
        # Only the note was sent: the colleague's equivalent stands.
        assert c.note == "said of Qinghai" and [t.text for t in c.section("zh")] == ["中华水塔"]
    with TermBase(db) as tb:
        review.set_status(tb, tid, Review.APPROVED, "li.na")
    page.keyboard.press("r")
    page.get_by_role("alertdialog").get_by_role("button", name="Keep theirs").click()
    row = page.locator("#queue li").filter(has_text="Water Tower of China")
    expect(row.locator(".badge")).to_have_text("approved")
    assert _eventually(db, tid, Review.APPROVED) is Review.APPROVED
    assert page.errors == []


def test_a_decision_made_just_before_a_reload_is_not_lost(browser: Any, served: str,
                                                         db: Path) -> None:
    page = _page(browser, served)
    _, tid = _term(db, page.locator("#detail-term").inner_text())
    page.keyboard.press("a")
    page.reload()                                   # at once: the POST may still be on its way
    page.wait_for_selector("#queue li[aria-selected=true]")
    assert _eventually(db, tid, Review.APPROVED) is Review.APPROVED


def test_escape_in_the_conflict_dialog_keeps_theirs_and_leaves_nothing_half_done(
        browser: Any, served: str, db: Path) -> None:
    from playwright.sync_api import expect

    from termsmith import review

    page = _page(browser, served)
    page.locator("#queue li").filter(has_text="Water Tower of China").click()
    _, tid = _term(db, "Water Tower of China")
    with TermBase(db) as tb:                      # a colleague rejects it meanwhile
        review.set_status(tb, tid, Review.REJECTED, "li.na")
    page.keyboard.press("a")                      # this reviewer approves the stale row
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("was changed meanwhile")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("#toast")).to_contain_text("theirs is shown")
    row = page.locator("#queue li").filter(has_text="Water Tower of China")
    expect(row.locator(".badge")).to_have_text("rejected")
    assert _status(db, tid) is Review.REJECTED
    assert page.errors == []



def test_decisions_typed_faster_than_the_server_answers_all_land(browser: Any, served: str,
                                                                  db: Path) -> None:
    """An expansion and its acronym are two rows of one concept: approved in quick
    succession, the second was sent with the concept's version as loaded, refused as a
    colleague's change, and the conflict dialog took the keys typed after it."""
    from playwright.sync_api import expect

    page = _page(browser, served)
    expect(page.locator("#detail-term")).to_have_text("State Council Information Office")
    keys = "aarara"
    for k in keys:                       # no wait between the keys: a fast reviewer
        page.keyboard.press(k)
    expect(page.locator("#progress-text")).to_contain_text(f"Reviewed {len(keys)} of")
    assert page.locator("#dialog").is_hidden()
    _, office = _term(db, "State Council Information Office")
    _, scio = _term(db, "SCIO")
    assert _eventually(db, office, Review.APPROVED) is Review.APPROVED
    assert _eventually(db, scio, Review.APPROVED) is Review.APPROVED
    assert page.errors == []
