"""`termsmith check ORIGINAL` against a desk's big term base: figures and acronyms.

A term base harvested from a whole archive holds the odd quoted numeral ("the 'one'
in the '1+6' package") and acronyms beside names that share their letters ("EAST",
the tokamak, beside "East China Sea"). A check of a new transcript must not report
every figure of its statistics as a numeral variant, nor an acronym glossed in it
as a badly styled name.
"""

from __future__ import annotations

from pathlib import Path

from test_check_original import HEADER, approved, base, concept, doc, en, only, run

from termsmith import check
from termsmith.model import Context, TermType
from termsmith.store import TermBase


def test_a_figure_inside_a_larger_number_is_no_numeral_variant() -> None:
    d = doc("The Phase 2.5 works of the Yangshan port add 1,200 berths, and 3,000.5 tonnes "
            "of cargo passed Berth 6,000 last week.",
            "Phase 2 of the port opened in 2005, and Berth 6 was rebuilt.")
    concepts = base(approved("Yangshan Port Phase Two"), approved("Phase Two"),
                    approved("Berth Six"))
    found = [(f.found, f.expected) for f in only(run(concepts, d), "variant-numeral")]
    # "Phase 2" and "Berth 6" said alone are the numeral variants; not inside "Phase 2.5"
    # or "Berth 6,000".
    assert found == [("Phase 2", "Phase Two"), ("Berth 6", "Berth Six")]


def test_a_term_that_is_only_a_numeral_has_no_numeral_variant() -> None:
    # A quoted "one" harvested from a speech ("the 'one' stands for one new tier")
    d = doc("The plan adds 1 new tier and the Six Measures; 1 of them is for start-ups.")
    concepts = base(concept(en("one"), kind="quoted"), concept(en("First"), kind="quoted"),
                    approved("Six Measures"))
    assert only(run(concepts, d), "variant-numeral") == []


def test_an_acronym_recorded_as_one_is_not_restyled_after_names() -> None:
    d = doc("The Experimental Advanced Superconducting Tokamak (EAST) set a new record, "
            "and EAST will run again in the spring.",
            "Ships crossed the East China Sea to the East Lake Scenic Area.")
    tokamak = approved("Experimental Advanced Superconducting Tokamak",
                       also=[en("EAST", type=TermType.ACRONYM)])
    concepts = base(tokamak, approved("East China Sea"), approved("East Lake Scenic Area"),
                    concept(en("EAST Asia Summit Hall")))
    findings = only(run(concepts, d), "variant-case")
    assert [f.found for f in findings] == []


def test_a_name_token_styled_unlike_the_others_is_still_reported() -> None:
    # the finding the acronym must not trigger: a capitalised token in a name
    d = doc("The Harbin Bingxue Tourism Co. LTD. opened a new rink.")
    concepts = base(approved("Harbin Bingxue Tourism Co. LTD."), approved("Jilin Snow Co. Ltd."),
                    approved("Yabuli Ski Resort Co. Ltd."))
    findings = only(run(concepts, d), "variant-case")
    assert [(f.found, f.expected) for f in findings] == [
        ("Harbin Bingxue Tourism Co. LTD.", "Harbin Bingxue Tourism Co. Ltd.")]


def _stored(tb: TermBase, text: str, sentences: list[str], source: str, **kw: object) -> None:
    contexts = []
    for line, sentence in enumerate(sentences, start=20):
        start = sentence.lower().find(text.lower())
        contexts.append(Context(sentence=sentence, source=source, line=line, start=start,
                                end=start + len(text)))
    tb.add_concept(concept(en(text, contexts=tuple(contexts), **kw), kind="name"))


def test_a_candidate_whose_contexts_show_both_cases_is_no_case_variant(tmp_path: Path) -> None:
    # An archive's harvest took a sentence-initial common noun for a name; its contexts
    # show it lowercased too. The check of a new transcript reads the term base lean
    # (forms counted, not contexts), as `termsmith check` does.
    tb = TermBase(str(tmp_path / "desk.db"))
    _stored(tb, "Overgrazing", ["Overgrazing hurt the grassland.",
                                "We curbed overgrazing in the pastures."], "ningxia.en.txt")
    _stored(tb, "Rangeland", ["Rangeland covers half the county."], "gansu.en.txt")
    tb.add_concept(approved("Sandstorms"))
    path = tmp_path / "qinghai.en.txt"
    path.write_text(HEADER + "Herders stopped overgrazing, and rangeland recovered.\n\n"
                    "Fewer sandstorms came this spring.\n", encoding="utf-8")
    found = [(f.found, f.expected) for f in check.run(tb, [str(path)])
             if f.check == "variant-case"]
    # "rangeland": its only recorded form is capitalised; an approved term keeps its case.
    assert found == [("rangeland", "Rangeland"), ("sandstorms", "Sandstorms")]


def test_a_contraction_is_no_term_and_a_short_word_is_no_acronym_restyled() -> None:
    d = doc("I'd like to add that the Mu Us Sandy Land is now green.",
            "We'll plant more, and the US Department of Agriculture sent experts.",
            "The Village BA final drew crowds to the Ba River valley.")
    concepts = base(concept(en("D"), kind="name"), concept(en("Ll"), kind="name"),
                    approved("Mu Us Sandy Land"), approved("US Department of Agriculture"),
                    approved("US Chamber of Commerce in China"), approved("US Embassy"),
                    concept(en("Village BA"), kind="name"), approved("Ba River"),
                    approved("Ba River Valley"))
    assert [(f.check, f.found) for f in run(concepts, d)
            if f.check.startswith("variant")] == []


def test_a_names_style_is_reported_though_its_contexts_show_both(tmp_path: Path) -> None:
    tb = TermBase(str(tmp_path / "desk.db"))
    _stored(tb, "Guangxi Zhuang Autonomous Region",
            ["Guangxi Zhuang Autonomous Region borders Vietnam.",
             "Trade in the Guangxi Zhuang autonomous region grew."], "guangxi.en.txt")
    path = tmp_path / "nanning.en.txt"
    path.write_text(HEADER + "Exports of the Guangxi Zhuang autonomous region rose.\n",
                    encoding="utf-8")
    found = [(f.found, f.expected) for f in check.run(tb, [str(path)])
             if f.check == "variant-case"]
    assert found == [("Guangxi Zhuang autonomous region", "Guangxi Zhuang Autonomous Region")]


def test_an_approximate_conversion_rounded_to_hundreds_adds_up() -> None:
    d = doc("The orchards cover about 100,000 mu (roughly 6,700 hectares), and the tea "
            "gardens 30,000 mu (about 2,000 hectares).")
    found = [(f.found, f.expected) for f in only(run(base(), d), "unit-conversion")]
    # 100,000 mu is 6,666.67 ha: 6,700 to the hundred. 30,000 mu is 2,000 ha exactly.
    assert found == []
    d = doc("The orchards cover about 100,000 mu (roughly 6,000 hectares).")
    [f] = only(run(base(), d), "unit-conversion")
    assert "6,666.67" in f.message


def test_an_acronym_in_the_plural_is_the_acronym_the_term_base_records() -> None:
    d = doc("We set up five marine protected areas (MPAs) along the coast.",
            "The exclusive economic zone (EEZ) is patrolled, and the World Trade "
            "Organization (WTOr) rules apply.")
    concepts = base(approved("marine protected area", also=[en("MPA", type=TermType.ACRONYM)]),
                    approved("exclusive economic zones",
                             also=[en("EEZs", type=TermType.ACRONYM)]),
                    approved("World Trade Organization", also=[en("WTO", type=TermType.ACRONYM)]))
    found = [f.found for f in only(run(concepts, d), "acronym-mismatch")]
    assert found == ["WTOr"]


def test_sentence_starts_harvested_as_names_make_no_case_variants() -> None:
    d = doc("Boats sail down the Lancang River, and new kindergartens opened in the "
            "county; we resolutely protect the longjiang wetlands and the xiangjiang.")
    concepts = base(concept(en("The Lancang River"), kind="name"),
                    concept(en("Kindergartens"), kind="name"),
                    concept(en("Resolutely"), kind="name"),
                    concept(en("Longjiang"), kind="name"),
                    approved("Xiangjiang"))
    found = [(f.found, f.expected) for f in only(run(concepts, d), "variant-case")]
    # a name lowercased is still reported, reviewed or not
    assert found == [("longjiang", "Longjiang"), ("xiangjiang", "Xiangjiang")]



def test_an_irregular_plural_is_an_inflection_not_a_misspelling() -> None:
    from termsmith.check.variants import classify

    assert classify("older people", "older person") == "variant-inflection"
    assert classify("left-behind children", "left-behind child") == "variant-inflection"
    assert classify("older peoples", "older person") == "variant-spelling"


def test_term_base_findings_about_terms_the_original_does_not_use_are_counted(
        tmp_path: Path) -> None:
    tb = TermBase(str(tmp_path / "desk.db"))
    # two duplicates: one the transcript uses, one from another province's briefings
    tb.add_concept(concept(en("Qinghai Lake")))
    tb.add_concept(concept(en("Qinghai Lake")))
    tb.add_concept(concept(en("Hexi Corridor")))
    tb.add_concept(concept(en("Hexi Corridor")))
    path = tmp_path / "xining.en.txt"
    path.write_text(HEADER + "Birds return to Qinghai Lake every spring.\n", encoding="utf-8")
    found = [(f.check, f.term) for f in check.run(tb, [str(path)])]
    assert found == [("duplicate-concept", "Qinghai Lake"), ("termbase-elsewhere", None)]
    [note] = [f for f in check.run(tb, [str(path)]) if f.check == "termbase-elsewhere"]
    assert note.message.startswith("1 more term-base finding about terms")
    # the term base on its own: every finding
    assert sorted((f.check, f.term) for f in check.run(tb)) == [
        ("duplicate-concept", "Hexi Corridor"), ("duplicate-concept", "Qinghai Lake")]
