"""Checks of a term base against its English original (termsmith.check.original)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from termsmith import harvest, ingest, reader
from termsmith.check import CHECKS, Options, all_checks, finalize, units
from termsmith.check.original import CHECKS as ORIGINAL_CHECKS
from termsmith.check.original import check_original, check_termbase, classify
from termsmith.document import Document
from termsmith.model import (
    Concept,
    Context,
    Finding,
    Gloss,
    GlossType,
    Review,
    Severity,
    Term,
    TermType,
    Usage,
)
from termsmith.store import TermBase

DATA = Path(__file__).parent / "data" / "check"
GANSU = DATA / "gansu-briefing.en.txt"
SEED = Path(__file__).resolve().parents[1] / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"

HEADER = """\
SCIO briefing on green development in Qinghai
Beijing | 3 p.m. June 12, 2025

Speakers

Ms. Wu Xiaomei, vice governor of Qinghai province

Chairperson

Mr. Shou Xiaoli, spokesperson of the SCIO

Wu Xiaomei:

"""


# -- helpers -------------------------------------------------------------------------

def doc(*paragraphs: str, path: str = "qinghai.en.txt") -> Document:
    """A transcript of the genre whose speech is ``paragraphs``; line n+1 is paragraph n."""
    return reader.parse_text(HEADER + "\n\n".join(paragraphs) + "\n", path=path)


def line_of(d: Document, needle: str) -> int:
    return next(s.line for s in d.segments if needle in s.text)


def en(text: str, **kw: object) -> Term:
    return Term(text=text, lang="en", **kw)  # type: ignore[arg-type]


def concept(*terms: Term, kind: str | None = None, glosses: Sequence[Gloss] = ()) -> Concept:
    return Concept(terms=terms, kind=kind, glosses=tuple(glosses))


def approved(text: str, *, zh: str | None = None, kind: str | None = None,
             also: Iterable[Term] = (), glosses: Sequence[Gloss] = ()) -> Concept:
    terms = [en(text, review=Review.APPROVED, usage=Usage.PREFERRED), *also]
    if zh:
        terms.append(Term(text=zh, lang="zh-Hans", review=Review.APPROVED,
                          usage=Usage.PREFERRED))
    return concept(*terms, kind=kind, glosses=glosses)


def base(*concepts: Concept) -> list[Concept]:
    """Store the concepts in an in-memory term base and read them back, as the CLI does."""
    tb = TermBase(":memory:")
    for c in concepts:
        tb.add_concept(c)
    return list(tb.concepts(contexts=True))


def run(concepts: Sequence[Concept], d: Document, **opts: object) -> list[Finding]:
    options = Options(**opts)  # type: ignore[arg-type]
    return finalize(check_original(concepts, d, options), options)


def only(findings: list[Finding], check: str) -> list[Finding]:
    return [f for f in findings if f.check == check]


# -- the registry ----------------------------------------------------------------------

def test_every_check_is_registered_with_a_severity_and_description() -> None:
    registry = all_checks()
    for check_id, (severity, description) in ORIGINAL_CHECKS.items():
        assert registry[check_id] == (severity, description)
        assert check_id == check_id.lower() and " " not in check_id
        assert description and "\n" not in description
    assert CHECKS["deprecated-term"][0] is Severity.ERROR
    assert CHECKS["unit-conversion"][0] is Severity.ERROR
    assert CHECKS["stale-context"][0] is Severity.INFO


def test_options_select_ignore_and_override_severity() -> None:
    d = doc("The Qaidam Oil Field produces gas. Qaidam Oilfield is old.")
    concepts = base(approved("Qaidam Oilfield"))
    assert [f.check for f in run(concepts, d)] == ["variant-spacing"]
    assert run(concepts, d, ignore=frozenset({"variant-spacing"})) == []
    assert run(concepts, d, select=frozenset({"unit-conversion"})) == []
    assert run(concepts, d, ignore=frozenset({"variant-"})) == []
    [f] = run(concepts, d, severities={"variant-spacing": Severity.ERROR})
    assert f.severity is Severity.ERROR


# -- the fixture transcript -------------------------------------------------------------

@pytest.fixture(scope="module")
def gansu() -> tuple[Document, list[Finding]]:
    d = reader.read(GANSU)
    concepts = base(
        approved("Yumen Oilfield", zh="玉门油田"),
        approved("Yumen Oilfield Company"),
        approved("Qilian Mountains National Park", zh="祁连山国家公园"),
        approved("Hexi Corridor Green Barrier"),
        approved("45 Measures for Ecological Protection in the Yellow River Basin"),
        approved("5th Silk Road Cycling Race"),
        approved("ice and snow tourism"), approved("ice and snow sports"),
        approved("black soil"),
        approved("Gansu Longzhi Biotech Co. LTD."),
        approved("Lanzhou Hengda Machinery Co. Ltd."),
        approved("Tianshui Huatian Electronics Co. Ltd."),
    )
    return d, run(concepts, d)


def test_fixture_findings(gansu: tuple[Document, list[Finding]]) -> None:
    _, findings = gansu
    got = sorted((f.check, f.found, f.expected) for f in findings)
    assert got == sorted([
        ("unit-conversion", "about 150,000 hectares", "100,000 hectares"),
        ("variant-case", "45 measures for ecological protection",
         "45 Measures for Ecological Protection"),
        ("variant-case", "Gansu Longzhi Biotech Co. LTD.", "Gansu Longzhi Biotech Co. Ltd."),
        ("variant-numeral", "Fifth Silk Road Cycling Race", "5th Silk Road Cycling Race"),
        ("variant-order", "snow and ice", "ice and snow"),
        ("variant-spacing", "Yumen Oil Field", "Yumen Oilfield"),
        ("variant-spelling", "Qilian Mountians National Park", "Qilian Mountains National Park"),
    ])


def test_fixture_finding_positions(gansu: tuple[Document, list[Finding]]) -> None:
    d, findings = gansu
    lines = GANSU.read_text(encoding="utf-8").split("\n")
    for f in findings:
        assert f.path == str(GANSU) and f.line is not None and f.column is not None
        assert f.context is not None and f.span is not None and f.found is not None
        assert f.context[f.span[0]:f.span[1]] == f.found
        assert lines[f.line - 1][f.column - 1:f.column - 1 + len(f.found)] == f.found
        assert "\n" not in f.message


def test_fixture_near_misses_are_silent(gansu: tuple[Document, list[Finding]]) -> None:
    _, findings = gansu
    found = {f.found for f in findings}
    assert "Hexi Corridor Green Belt" not in found          # another name, not a misspelling
    assert "Black soil" not in found                        # sentence-initial capital
    assert "Yumen Oilfield Company" not in found            # a longer known name
    assert "24 billion jin" not in found and "60 kilometers" not in found   # right conversions


# -- stale entries -------------------------------------------------------------------

def _harvested(text: str, sentence: str, line: int, source: str, **kw: object) -> Concept:
    start = sentence.find(text)
    ctx = Context(sentence=sentence, source=source, line=line, start=start,
                  end=start + len(text))
    return concept(en(text, contexts=(ctx,), **kw))  # type: ignore[arg-type]


def test_stale_term_and_context() -> None:
    d = doc("We protect the Sanjiangyuan National Park.", "Herders graze yaks.")
    line = line_of(d, "Sanjiangyuan")
    sentence = "We protect the Sanjiangyuan National Park."
    concepts = base(
        _harvested("Kekexili Nature Reserve", "We protect the Kekexili Nature Reserve.",
                   line, "qinghai.en.txt"),
        _harvested("Sanjiangyuan National Park", sentence, line, "qinghai.en.txt"),
        # Harvested from another document: absent here, but not stale.
        _harvested("Qinghai Lake", "Qinghai Lake is salty.", 3, "other.en.txt"),
        # Moved: its sentence is now two lines further down.
        _harvested("yaks", "Herders graze yaks.", line + 10, "qinghai.en.txt"),
    )
    findings = run(concepts, d)
    stale = only(findings, "stale-term")
    assert [f.term for f in stale] == ["Kekexili Nature Reserve"]
    assert stale[0].severity is Severity.WARNING and stale[0].line == line
    contexts = only(findings, "stale-context")
    assert [(f.line, f.message) for f in contexts] == [
        (line, f'the context at line {line} of "Kekexili Nature Reserve" has changed'),
        (line + 10, f'the context at line {line + 10} of "yaks" has moved to line {line + 2}'),
    ]
    assert all(f.severity is Severity.INFO for f in contexts)


def test_term_present_only_as_a_variant_is_not_stale() -> None:
    sentence = "Output of the Qaidam Oil Field rose."
    d = doc(sentence)
    concepts = base(_harvested("Qaidam Oilfield", "Qaidam Oilfield output rose.",
                               line_of(d, "Qaidam"), "qinghai.en.txt"))
    findings = run(concepts, d)
    assert only(findings, "stale-term") == []
    assert [f.found for f in only(findings, "variant-spacing")] == ["Qaidam Oil Field"]


# -- variants ------------------------------------------------------------------------

@pytest.mark.parametrize(("found", "expected", "check"), [
    ("Daqing Oil Field", "Daqing Oilfield", "variant-spacing"),
    ("time honored brand", "time-honored brand", "variant-spacing"),
    ("pamper the guest", "pamper the guests", "variant-inflection"),
    ("Co. LTD.", "Co. Ltd.", "variant-case"),
    ("Ninth Asian Winter Games", "9th Asian Winter Games", "variant-numeral"),
    ("snow and ice tourism", "ice and snow tourism", "variant-order"),
    ("Great Northern Wildness", "Great Northern Wilderness", "variant-spelling"),
    ("black soil", "black soil", None),
])
def test_classify(found: str, expected: str, check: str | None) -> None:
    assert classify(found, expected) == check


def test_variant_spelling() -> None:
    d = doc('It was once the "Great Northern Wildness," a vast wilderness.',
            "The Sanjiang Source Reverse is dry.")
    concepts = base(approved("Great Northern Wilderness"), approved("Sanjiang Source Reserve"))
    findings = run(concepts, d)
    [f] = only(findings, "variant-spelling")
    assert (f.found, f.expected) == ("Great Northern Wildness", "Great Northern Wilderness")
    assert f.message == ('"Great Northern Wildness" looks like a misspelling of '
                         '"Great Northern Wilderness"')
    # "Reverse" is an ordinary English word one letter from "Reserve": not flagged.
    assert all("Reverse" not in (g.found or "") for g in findings)


def test_variant_inflection_of_a_slogan_but_not_of_a_domain_noun() -> None:
    d = doc('Hotels adopted a "pamper the guest" approach.',
            "The black soil belts and the black soil belt are fertile.")
    concepts = base(approved("pamper the guests", kind="quoted"),
                    approved("black soil belt", kind="domain"))
    f, g = run(concepts, d)
    assert (f.check, f.found, f.expected, f.severity) == (
        "variant-inflection", "pamper the guest", "pamper the guests", Severity.WARNING)
    # The domain noun's plural is grammar: shown as an inflected form, at info only.
    assert (g.check, g.found, g.severity) == ("variant-inflection", "black soil belts",
                                              Severity.INFO)
    assert "inflected form of the approved" in g.message


def test_variant_case() -> None:
    d = doc("Visitors love sanjiangyuan national park.",
            "Black soil is fertile, and the Black Soil Protection Law protects black soil.",
            "We work on promoting green development every day.",
            'This is the series "promoting green development."')
    concepts = base(approved("Sanjiangyuan National Park"), approved("black soil"),
                    approved("Promoting Green Development", kind="quoted"))
    findings = only(run(concepts, d), "variant-case")
    assert [(f.found, f.expected) for f in findings] == [
        ("sanjiangyuan national park", "Sanjiangyuan National Park"),
        ("promoting green development", "Promoting Green Development"),
    ]
    # The quoted use is the title lowercased; the unquoted one is an ordinary phrase.
    assert findings[1].line == line_of(d, "the series")


def test_variant_case_of_a_lowercase_term_capitalised_mid_sentence() -> None:
    d = doc("We restore the Black Soil every year.")
    [f] = run(base(approved("black soil")), d)
    assert (f.check, f.found) == ("variant-case", "Black Soil")


def test_variant_spacing_and_numeral_between_two_entries() -> None:
    d = doc("The 3rd Qinghai Lake Cycling Race and the Third Qinghai Lake Cycling Race "
            "were one race; the 4th Qinghai Lake Cycling Race was another.")
    concepts = base(approved("3rd Qinghai Lake Cycling Race"),
                    concept(en("Third Qinghai Lake Cycling Race")),
                    approved("4th Qinghai Lake Cycling Race"))
    [f] = run(concepts, d)
    assert (f.check, f.found, f.expected) == ("variant-numeral",
                                              "Third Qinghai Lake Cycling Race",
                                              "3rd Qinghai Lake Cycling Race")


def test_variant_order_needs_an_established_order() -> None:
    d = doc("Snow and ice resources abound. We protect lakes and rivers.",
            "Our snow and ice tourism grows.")
    concepts = base(approved("ice and snow tourism"), approved("ice and snow sports"),
                    approved("rivers and lakes protection"))
    findings = only(run(concepts, d), "variant-order")
    assert [(f.found, f.expected) for f in findings] == [
        ("Snow and ice", "ice and snow"), ("snow and ice tourism", "ice and snow tourism")]


def test_accepted_variants_are_not_reported() -> None:
    d = doc("The Ninth Asian Winter Games and the 9th Asian Winter Games are one event.")
    accepted = en("Ninth Asian Winter Games", type=TermType.VARIANT, usage=Usage.ADMITTED,
                  review=Review.APPROVED)
    assert run(base(approved("9th Asian Winter Games", also=[accepted])), d) == []
    short = en("Ninth Asian Winter Games", type=TermType.SHORT_FORM)
    assert run(base(approved("9th Asian Winter Games", also=[short])), d) == []
    rejected = en("Ninth Asian Winter Games", type=TermType.VARIANT, review=Review.REJECTED)
    findings = run(base(approved("9th Asian Winter Games", also=[rejected])), d)
    assert [f.check for f in findings] == ["variant-numeral"]


def test_deprecated_term() -> None:
    d = doc('Gansu joined the "One Belt, One Road" initiative early.',
            "The Belt and Road Initiative helps.")
    old = en("One Belt, One Road", usage=Usage.DEPRECATED, review=Review.APPROVED)
    [f] = run(base(approved("Belt and Road Initiative", also=[old])), d)
    assert (f.check, f.severity, f.found, f.expected) == (
        "deprecated-term", Severity.ERROR, "One Belt, One Road", "Belt and Road Initiative")
    assert "Belt and Road Initiative" in f.message


# -- glosses -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "wrong"), [
    ("We restored 258 million mu (about 17.2 million hectares).", False),
    ("We restored 258 million mu (about 17 million hectares).", False),    # rounded, "about"
    ("We restored 258 million mu (17 million hectares).", True),           # no "about"
    ("We restored 258 million mu (about 25.8 million hectares).", True),
    ("We restored 300 mu (20 hectares).", False),
    ("We restored 100 mu (6.67 hectares).", False),                        # 6.6667 rounded
    ("Output was 155.76 billion jin (about 77.88 billion kilograms).", False),
    ("Output was 180 billion jin (90 billion kilograms).", False),
    ("Output was 180 billion jin (90 billion tons).", True),
    ("Output was 500 jin (500 kilograms).", True),
    ("The road runs 120 li (60 kilometers).", False),
    ("The road runs 120 li (120 kilometers).", True),
    ("The farm covers 30 qing (about 200 hectares).", False),
    ("The farm covers 30 qing (30 hectares).", True),
    ("The dose is 2 qian (about 10 grams) of licorice.", False),
    ("The dose is 2 qian (2 grams) of licorice.", True),
    ("The reserve covers 12 square kilometers (about 18,000 mu).", False),
    ("Sales reached 5 billion yuan (about 700 million US dollars).", False),  # no rate kept
    # a range glossed by a range (the upper bounds compared), a speed, the sea's mile
    ("The icebreaker moves at 2 to 3 knots (about 3.7 to 5.6 kilometers per hour).", False),
    ("The icebreaker moves at 2 to 3 knots (about 3.7 to 9 kilometers per hour).", True),
    ("Each household farms 10 to 15 mu (about 0.67 to 1 hectare) of tea.", False),
    ("Each household farms 10 to 15 mu (about 0.67 to 10 hectares) of tea.", True),
    ("The buffer zone reaches 12 nautical miles (about 22.2 kilometers) out.", False),
    ("The buffer zone reaches 12 nautical miles (12 kilometers) out.", True),
    ("Start-ups from Taiwan get up to 30 ping (about 99 square meters) of office space.",
     False),
    ("Start-ups from Taiwan get up to 30 ping (about 30 square meters) of office space.",
     True),
    ("The bank cut the loan prime rate by 25 basis points (0.25 percentage points).", False),
    ("The bank cut the loan prime rate by 25 basis points (2.5 percentage points).", True),
])
def test_unit_conversion(sentence: str, wrong: bool) -> None:
    findings = only(run([], doc(sentence)), "unit-conversion")
    assert bool(findings) == wrong
    if wrong:
        assert findings[0].severity is Severity.ERROR
        assert findings[0].found and findings[0].found in sentence


def test_unit_conversion_message_names_the_expected_value() -> None:
    [f] = run([], doc("Grain output reached 155.76 billion jin (about 70 billion kilograms)."))
    assert f.message == ("155.76 billion jin is about 77.88 billion kilograms, "
                         "not about 70 billion kilograms")
    assert f.expected == "77.88 billion kilograms"


def test_unit_table() -> None:
    assert units.convert(1, "jin", "kilograms") == pytest.approx(0.5)
    assert units.convert(15, "mu", "hectares") == pytest.approx(1.0)
    assert units.convert(1, "qing", "mu") == pytest.approx(100)
    assert units.convert(3, "chi", "meters") == pytest.approx(1.0)
    assert units.convert(10, "fen", "mu") == pytest.approx(1.0)       # fen of area
    assert units.convert(1, "dou", "liters") == pytest.approx(10)
    assert units.convert(1, "square kilometers", "hectares") == pytest.approx(100)
    assert units.convert(1, "jin", "hectares") is None
    assert units.convert(1, "yuan", "dollars") is None
    assert units.convert(10, "knots", "kilometers per hour") == pytest.approx(18.52)
    assert units.convert(36, "kilometres per hour", "meters per second") == pytest.approx(10)
    assert units.convert(1, "knot", "kilometers") is None             # a speed, a length


def test_acronym_mismatch() -> None:
    d = doc("We joined the Belt and Road Initiative (BRA) early.",
            "The Qinghai Salt Lake Industry Group Company (QSL) listed shares.",
            "The Belt and Road Initiative (BRI) helps.")
    [f] = only(run([], d), "acronym-mismatch")
    assert (f.found, f.line) == ("BRA", line_of(d, "(BRA)"))
    assert "Belt and Road Initiative" in f.message


def test_an_acronym_unlike_the_recorded_one_is_a_mismatch_even_when_its_letters_fit() -> None:
    """The desk abbreviates Belt and Road Initiative as BRI: BARI fits the letters (Belt And
    Road Initiative), yet is not the recorded acronym; the recorded one is silent."""
    d = doc("The province joined the Belt and Road Initiative (BARI) in 2015.",
            "Trade along the Belt and Road Initiative (BRI) grew.",
            "The China-Europe Railway Express (CRE) ran daily.")
    bri = approved("Belt and Road Initiative",
                   also=[en("BRI", type=TermType.ACRONYM, review=Review.APPROVED)])
    express = approved("China-Europe Railway Express")      # no acronym recorded: silent
    [f] = only(run(base(bri, express), d), "acronym-mismatch")
    assert (f.found, f.expected, f.line) == ("BARI", "BRI", line_of(d, "(BARI)"))


def test_an_acronym_with_transposed_letters_against_the_recorded_one_is_a_mismatch() -> None:
    """The issue's case (``World Trade Organization (WOT)`` where the base has WTO) on a
    term of our genre: the desk records SEZ; ``(SZE)`` is reported, the recorded one is not."""
    d = doc("Investors came to the Special Economic Zone (SZE) after 1980.",
            "The Special Economic Zone (SEZ) opened its port.")
    sez = approved("Special Economic Zone",
                   also=[en("SEZ", type=TermType.ACRONYM, review=Review.APPROVED)])
    [f] = only(run(base(sez), d), "acronym-mismatch")
    assert (f.found, f.line) == ("SZE", line_of(d, "(SZE)"))


def test_acronym_expanded_two_ways_and_unlike_the_term_base() -> None:
    d = doc("The Shanghai Cooperation Organization (SCO) met.",
            "The Shanghai Cooperation Organisation (SCO) met again.",
            "Small and medium enterprises (SMEs) grew.")
    sme = approved("small and medium-sized enterprises",
                   also=[en("SMEs", type=TermType.ACRONYM, review=Review.APPROVED)])
    findings = only(run(base(sme), d), "acronym-expansion")
    assert [(f.found, f.expected, f.line) for f in findings] == [
        ("SCO", "Shanghai Cooperation Organization", line_of(d, "again")),
        ("SMEs", "small and medium-sized enterprises", line_of(d, "grew")),
    ]


def test_gloss_differs_and_inconsistent() -> None:
    d = doc("We grow lion's mane mushrooms (Hericium coralloides) in the forests.",
            "We protect golden snub-nosed monkeys (Rhinopithecus roxellana).",
            "Golden snub-nosed monkeys (Rhinopithecus bieti) live here too.",
            "Our wood ear fungus (Auricularia heimuer) sells well.",
            # Near misses: another species of the same genus; a common word clarified twice.
            "Black snub-nosed monkeys (Rhinopithecus strykeri) live further south.",
            "There are 120 villages (state farms) and 80 villages (hamlets).")
    concepts = base(
        approved("lion's mane mushrooms",
                 glosses=[Gloss(GlossType.SCIENTIFIC, "Hericium erinaceus")]),
        approved("wood ear fungus",
                 glosses=[Gloss(GlossType.SCIENTIFIC, "Auricularia heimuer")]))
    findings = run(concepts, d)
    [differs] = only(findings, "gloss-differs")
    assert (differs.term, differs.expected) == ("lion's mane mushrooms", "Hericium erinaceus")
    [inconsistent] = only(findings, "gloss-inconsistent")
    assert inconsistent.expected == "Rhinopithecus roxellana"
    assert inconsistent.line == line_of(d, "bieti")
    assert inconsistent.message == ('"Golden snub-nosed monkeys" is glossed "Rhinopithecus bieti" '
                                    f'here but "Rhinopithecus roxellana" at line '
                                    f'{line_of(d, "roxellana")}')
    assert len(findings) == 2


# -- term base integrity -------------------------------------------------------------

def test_termbase_integrity() -> None:
    zh = lambda t, **kw: Term(text=t, lang="zh-Hans", **kw)  # noqa: E731
    concepts = base(
        concept(en("Harbin Ice and Snow World"), zh("哈尔滨冰雪大世界"), zh("冰雪大世界")),
        concept(en("Feihe Dairy"), zh("飞鹤乳业")),
        concept(en("Feihe Milk Company"), zh("飞鹤乳业")),
        concept(en("black soil"), zh("黑土")),
        concept(en("black soils"), zh("黑土地")),
        # Near misses: a deprecated second equivalent; one zh term in one concept twice.
        concept(en("Yabuli Ski Resort"), zh("亚布力滑雪场"),
                zh("亚布力滑雪胜地", usage=Usage.DEPRECATED)),
        concept(en("Songhua River"), en("Songhua", type=TermType.SHORT_FORM), zh("松花江")),
    )
    findings = finalize(check_termbase(concepts, Options()), Options())
    got = sorted((f.check, f.term) for f in findings)
    assert got == [
        ("duplicate-concept", "black soil"),
        ("en-two-renderings", "飞鹤乳业"),
        ("zh-two-equivalents", "Harbin Ice and Snow World"),
        ("zh-two-equivalents", "black soil"),
    ]
    assert all(f.path is None and "\n" not in f.message for f in findings)


def test_integrity_runs_with_a_document_only_when_asked() -> None:
    # The CLI runs check_termbase once, then check_original per document.
    concepts = base(concept(en("black soil")), concept(en("black soils")))
    d = doc("Black soil is fertile.")
    assert run(concepts, d) == []
    options = Options()
    assert [f.check for f in check_original(concepts, d, options, integrity=True)] == [
        "duplicate-concept"]


# -- the seed ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    d = reader.read(SEED)
    tb = TermBase(":memory:")
    ingest.store(tb, harvest.run(d))
    return run(list(tb.concepts(contexts=True)), d)


def test_seed_real_inconsistencies(seed_findings: list[Finding]) -> None:
    got = {(f.check, f.found, f.expected) for f in seed_findings}
    assert ("variant-spacing", "Daqing Oil Field", "Daqing Oilfield") in got
    assert ("variant-numeral", "Ninth Asian Winter Games", "9th Asian Winter Games") in got
    assert ("variant-case", "Harbin Sagebot Intelligent Medical Equipment Co. LTD.",
            "Harbin Sagebot Intelligent Medical Equipment Co. Ltd.") in got
    assert ("variant-case", "60 measures for talent revitalization",
            "60 Measures for Talent Revitalization") in got
    assert ("variant-order", "snow and ice", "ice and snow") in got


def test_seed_has_no_absurd_findings(seed_findings: list[Finding]) -> None:
    assert only(seed_findings, "unit-conversion") == []          # mu and jin are right
    assert only(seed_findings, "stale-term") == [] == only(seed_findings, "stale-context")
    assert len(seed_findings) <= 8
    # The quoted slogan "... as are snow and ice" is a term of its own, not a flip.
    assert all(f.line != 57 for f in only(seed_findings, "variant-order"))


# -- robustness and scale ----------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_concepts() -> list[Concept]:
    tb = TermBase(":memory:")
    ingest.store(tb, harvest.run(reader.read(SEED)))
    return list(tb.concepts(contexts=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=400))
def test_never_raises_on_arbitrary_text(seed_concepts: list[Concept], body: str) -> None:
    d = reader.parse_text(HEADER + body.replace("\0", "") + "\n", path="x.txt")
    for f in check_original(seed_concepts, d, Options()):
        assert f.check in CHECKS


# Pieces of the genre, so random texts reach the gloss, variant and case paths.
_PIECES = ["(", ")", '"', "“", "”", ".", ",", "mu", "jin", "li", "qing", "fen", "about",
           "258 million", "17.2", "hectares", "kilograms", "square", "kilometers", "Daqing",
           "Oil", "Field", "Oilfield", "Co.", "LTD.", "Ltd.", "Ninth", "9th", "Asian", "Winter",
           "Games", "ice", "and", "snow", "SCO", "Shanghai", "Cooperation", "Organization",
           "Great", "Northern", "Wildness", "Wilderness", "the", "60", "measures", "for",
           "Hericium", "erinaceus", "-", "’s", "\u00a0", "\n"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_never_raises_on_genre_like_text(seed_concepts: list[Concept], pieces: list[str]) -> None:
    d = reader.parse_text(HEADER + " ".join(pieces) + " end.\n", path="x.txt")
    for f in check_original(seed_concepts, d, Options(), integrity=True):
        assert f.check in CHECKS and "\n" not in f.message
        if f.span is not None and f.context is not None:
            assert f.context[f.span[0]:f.span[1]] == f.found


def test_many_terms_one_pass() -> None:
    words = ["Qinghai", "Gansu", "Ningxia", "Xinjiang", "Tibet", "Yunnan", "Guizhou"]
    kinds = ["Ecological Park", "Oilfield", "Salt Lake Group", "Grassland Reserve"]
    concepts = [Concept(terms=(Term(text=f"{w} {k} No {i}"),), id=i)
                for i in range(2500) for w, k in [(words[i % 7], kinds[i % 4])]]
    body = " ".join(f"The {c.head.text} grew." for c in concepts[::10])
    t0 = time.perf_counter()
    findings = list(check_original(concepts, doc(body), Options()))
    assert time.perf_counter() - t0 < 30
    assert all(f.check != "stale-term" for f in findings)


def test_full_and_short_chinese_forms_are_not_two_equivalents() -> None:
    zh = lambda t, **kw: Term(text=t, lang="zh-Hans", **kw)  # noqa: E731
    concepts = base(concept(en("State Council Information Office"),
                            en("SCIO", type=TermType.ACRONYM),
                            zh("国务院新闻办公室"), zh("国新办", type=TermType.SHORT_FORM)),
                    concept(en("National Park Administration"), zh("国家公园管理局"),
                            zh("国家公园局")))
    findings = finalize(check_termbase(concepts, Options()), Options())
    assert [(f.check, f.term) for f in findings] == [
        ("zh-two-equivalents", "National Park Administration")]     # reported once


# -- short documents: the same findings without the frequency lists ---------------------

@pytest.mark.parametrize("limit", [0, 10**9])
def test_short_and_long_document_paths_find_the_same(limit: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Below SHORT_DOCUMENT characters the scan makes compound splits, title prefixes and
    rare-word tests only where the document could use them; the findings are the same."""
    from termsmith.check import scan, spelling

    d = doc("The Qaidam Oil Field produces gas; the Yumen Oil-field too.",
            "The 60 measures for talent revitalization in Qinghai were announced.",
            "Great Northern Wildness tourism and the Ninth Asian Winter Games grew.")
    concepts = base(approved("Qaidam Oilfield"), approved("Yumen Oilfield"),
                    approved("60 Measures for Talent Revitalization in Qinghai in the New Era"),
                    approved("Great Northern Wilderness"), approved("9th Asian Winter Games"))
    expected = {("variant-spacing", "Qaidam Oil Field"), ("variant-spelling",
                "Great Northern Wildness"), ("variant-numeral", "Ninth Asian Winter Games"),
                ("variant-case", "60 measures for talent revitalization in Qinghai")}
    monkeypatch.setattr(spelling, "SHORT_DOCUMENT", limit)
    monkeypatch.setattr(scan, "SHORT_DOCUMENT", limit)
    got = {(f.check, f.found) for f in run(concepts, d)}
    assert expected <= got
    monkeypatch.setattr(spelling, "SHORT_DOCUMENT", 10**9 - limit)
    monkeypatch.setattr(scan, "SHORT_DOCUMENT", 10**9 - limit)
    assert {(f.check, f.found) for f in run(concepts, d)} == got


def test_checking_a_short_file_leaves_the_frequency_lists_unloaded(tmp_path: Path) -> None:
    """Start-up of a small check: wordfreq (and langcodes, ftfy) load only when needed."""
    import subprocess
    import sys

    db = tmp_path / "t.db"
    with TermBase(db) as tb, tb.transaction():
        for c in (approved("Yumen Oilfield"), approved("Great Northern Wilderness"),
                  approved("Belt and Road Initiative")):
            tb.add_concept(c)
    line = tmp_path / "one.txt"
    line.write_text("The Belt and Road Initiative opened new markets for Yumen.\n",
                    encoding="utf-8")
    code = ("import sys\nfrom termsmith.cli import main\n"
            f"try:\n    main(['--db', {str(db)!r}, 'check', {str(line)!r}])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('wordfreq', 'langcodes', 'jieba', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_glosses_checked_in_a_second_process_give_the_same_findings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long document's glosses are checked by a forked worker while the scan runs."""
    from termsmith.check import original

    d = doc("Farmers grew 100 mu (10 hectares) of Panax ginseng (ginseng) this year.",
            "The Belt and Road Initiative (BRI) and the BRI (Belt and Road Initiative) grew.",
            "Qaidam Oil Field output rose.")
    concepts = base(approved("Qaidam Oilfield"), approved("Belt and Road Initiative"))
    serial = run(concepts, d)
    assert {f.check for f in serial} >= {"unit-conversion", "variant-spacing"}
    monkeypatch.setattr(original, "PARALLEL_DOCUMENT", 0)
    assert run(concepts, d) == serial
    worker = original._glosses(original.flatten(concepts), d, Options())
    try:
        assert worker.forked                         # the second process did the work
    finally:
        worker.close()


def test_a_long_document_scanned_in_two_halves_gives_the_same_findings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past PARALLEL_SCAN characters the second half of the segments is scanned (and
    spell-checked) by a forked worker; what it finds and sees is merged back, so terms it
    alone saw are not stale and the findings are those of one pass."""
    from termsmith.check import scan

    first = ("The Qaidam Oil Field produces gas and the 9th Asian Winter Games drew crowds.",
             "Great Northern Wildness tourism grew along the Hexi Corridor.")
    second = ("The Yumen Oil-field and the Ninth Asian Winter Games were praised.",
              "The Hexi Corridor Green Barier holds back the sand; the ecological "
              "corridor project was deprecated.",
              "Only here: the Qilian Mountains National Park.")
    d = doc(*first, *second)
    stale_source = d.path
    concepts = base(approved("Qaidam Oilfield"), approved("Yumen Oilfield"),
                    approved("9th Asian Winter Games"), approved("Great Northern Wilderness"),
                    approved("Hexi Corridor Green Barrier"),
                    concept(en("ecological corridor project", usage=Usage.DEPRECATED),
                            en("Hexi Corridor Green Barrier")),
                    _harvested("Qilian Mountains National Park",
                               "Only here: the Qilian Mountains National Park.",
                               line_of(d, "Only here"), stale_source))
    serial = run(concepts, d)
    checks = {f.check for f in serial}
    assert {"variant-spacing", "variant-numeral", "variant-spelling",
            "deprecated-term"} <= checks
    assert "stale-term" not in checks          # the park is seen, in the second half
    halves: list[int] = []
    real = scan.Scan._part

    def part(self: scan.Scan, segments: list[Any], matcher: Any) -> Any:
        halves.append(len(segments))
        return real(self, segments, matcher)

    monkeypatch.setattr(scan.Scan, "_part", part)
    monkeypatch.setattr(scan, "PARALLEL_SCAN", 0)
    assert run(concepts, d) == serial
    assert len(halves) == 1                  # here, the first half: the worker did the rest
    assert 0 < halves[0] < len(d.content())
