"""Graded evidence for key terms and numbers a Chinese source says without a numeral (issue 9).

A professional English translation renders a term loosely, refers back to it, or
drops it from a title; those are information, while a term left out or rendered
with another word stays an error. Every sentence here was written for these tests
in the genre's manner (work reports, press conferences); none is copied from a
document.
"""

from __future__ import annotations

import pytest

from termsmith.check import Options
from termsmith.check.bilingual import Pair, check_pairs, orient
from termsmith.check.evidence import (
    carried_on,
    collective_pronoun,
    demonstrative,
    deviation,
    dictionary_sense,
    dictionary_words,
    head_candidates,
    heads,
    is_heading,
    led_by,
    linked_head,
    modifier_head,
    omitted_clause,
    rendered_elsewhere,
    rest_rendered,
    stem,
    tail_swaps,
    words,
)
from termsmith.model import Concept, Finding, Review, Term, Usage


def _en(text: str, usage: Usage = Usage.PREFERRED) -> Term:
    return Term(text, "en", usage=usage, review=Review.APPROVED)


def _zh(text: str) -> Term:
    return Term(text, "zh-Hans", usage=Usage.PREFERRED, review=Review.APPROVED)


CONCEPTS = [
    Concept((_en("black soil"), _zh("黑土")), id=1),
    Concept((_en("multilateralism"), _zh("多边主义")), id=2),
    Concept((_en("food security"), _zh("粮食安全")), id=3),
    Concept((_en("black soil conservation"), _zh("黑土地保护")), id=4),
    Concept((_en("Communist Party of China"), _en("CPC", Usage.ADMITTED), _zh("中国共产党")),
            id=5),
    Concept((_en("Yuan Longping"), _zh("袁隆平")), id=6),
    Concept((_en("reform and opening up"), _zh("改革开放")), id=7),
    Concept((_en("Chinese nation"), _zh("中华民族")), id=8),
    Concept((_en("mass line"), _zh("群众路线")), id=9),
    Concept((_en("central collective leadership"), _zh("中央领导集体")), id=10),
    Concept((_en("general secretary"), _zh("总书记")), id=11),
    Concept((_en("socialism with Chinese characteristics"), _zh("中国特色社会主义")), id=12),
    Concept((_en("primary stage of socialism"), _zh("社会主义初级阶段")), id=13),
    Concept((_en("rejuvenation of the Chinese nation"), _zh("中华民族伟大复兴")), id=14),
]


def run(*pairs: tuple[str, str]) -> list[Finding]:
    got = orient([Pair(s, t, i, i) for i, (s, t) in enumerate(pairs, 1)])
    return list(check_pairs(got, CONCEPTS, Options(), path="report.en.txt"))


def terms(*pairs: tuple[str, str]) -> list[tuple[int | None, str, str | None]]:
    """(line, check, found) of the key-term findings."""
    return [(f.line, f.check, f.found) for f in run(*pairs)
            if f.check.startswith(("key-term", "heading"))]


# -- stems and heads --------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("multilateralism", "multilateral"), ("protectionism", "protectionist"),
    ("modernization", "modern"), ("revitalization", "revitalizing"), ("nation", "national"),
    ("relations", "relationships"), ("prosperity", "prosperous"), ("economy", "economic"),
    ("parties", "party"), ("lines", "line"),
])
def test_derived_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("line", "linen"), ("soil", "solar"), ("nation", "native"),
                                      ("lead", "leadership")])
def test_unrelated_words_do_not(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize(("term", "expected"), [
    ("black soil", {"soil"}),
    ("rejuvenation of the countryside", {"rejuven"}),
    ("reform and opening up", {"reform", "open"}),
    ("People’s Congress of the province", {"congress"}),
    ("multilateralism", {"multilateral"}),
])
def test_heads(term: str, expected: set[str]) -> None:
    assert heads(term) == {stem(w) for w in expected}


def test_deviation_keeps_the_modifiers_and_swaps_the_head() -> None:
    text = "Farmers on the black land grew more soybeans."
    assert deviation("black soil", text, words(text)) == (15, 25)
    text = "Black soils, rich and black."                    # no other head after the modifier
    assert deviation("black soil", text, words(text)) is None
    assert deviation("multilateralism", "unilateral steps", words("unilateral steps")) is None
    text = "The soil was black, land was scarce."            # a comma ends the phrase
    assert deviation("black soil", text, words(text)) is None


@pytest.mark.parametrize(("source", "target", "heading"), [
    ("黑土保护与利用", "Protecting Farmland in the Northeast", True),
    ("黑土保护与利用。", "Protecting farmland in the northeast.", False),
    ("（二）粮食生产", "II. Grain Production", True),
    ("黑土保护与利用", "The northeast protects its farmland.", False),
])
def test_is_heading(source: str, target: str, heading: bool) -> None:
    assert is_heading(source, target) is heading


# -- key terms: loose renderings are information, missing ones errors --------------------


def test_a_derived_form_of_the_head_is_loose() -> None:
    [f] = run(("坚持多边主义，反对单边行动。", "We uphold the multilateral trading system."))
    assert (f.check, f.severity.value, f.found, f.expected) == (
        "key-term-loose", "info", "multilateral", "multilateralism")
    # Another word altogether is an error.
    [g] = run(("坚持多边主义。", "We uphold open cooperation among nations."))
    assert (g.check, g.severity.value) == ("key-term-missing", "error")


def test_the_head_word_alone_is_loose_and_a_swapped_head_is_not() -> None:
    assert terms(("保障粮食安全。", "We will ensure grain security.")) == [
        (1, "key-term-loose", "security")]
    # "black land": the modifier kept, the head swapped: an error that names the phrase.
    [f] = run(("黑土是耕地中的宝贵资源。", "Black land is precious farmland."))
    assert (f.check, f.found, f.expected) == ("key-term-missing", "Black land", "black soil")
    assert f.span == (0, 10)


def test_a_nested_term_rendered_as_approved_is_loose() -> None:
    assert terms(("加强黑土地保护。", "We will do more to keep black soil fertile.")) == [
        (1, "key-term-loose", "black soil")]
    assert terms(("加强黑土地保护。", "We will do more to keep farmland fertile.")) == [
        (1, "key-term-missing", "黑土地保护")]


def test_a_member_noun_is_loose() -> None:
    assert terms(("中国共产党人始终把人民放在心中。",
                  "Chinese Communists always keep the people in mind.")) == [
        (1, "key-term-loose", "Communists")]
    assert terms(("中国共产党人始终把人民放在心中。",
                  "Officials always keep the people in mind.")) == [
        (1, "key-term-missing", "中国共产党")]


def test_a_pronoun_for_a_named_person_is_loose() -> None:
    got = terms(("袁隆平院士一生致力于杂交水稻研究。",
                 "Academician Yuan Longping devoted his life to hybrid rice."),
                ("袁隆平院士常说，饭碗要端在自己手里。",
                 "He often said that we must hold our rice bowl in our own hands."))
    assert got == [(2, "key-term-loose", "He")]
    # No title marks the name as a person's; or no pronoun: an error either way.
    assert terms(("袁隆平培育了杂交水稻。", "He bred hybrid rice.")) == [
        (1, "key-term-missing", "袁隆平")]
    assert terms(("袁隆平院士培育了杂交水稻。", "The scientist bred hybrid rice.")) == [
        (1, "key-term-missing", "袁隆平")]


def test_a_reference_back_to_the_previous_sentence_is_loose() -> None:
    got = terms(("我们保护黑土。", "We protect black soil."),
                ("黑土是耕地中的大熊猫。", "This resource is the giant panda of farmland."))
    assert got == [(2, "key-term-loose", "This resource")]
    # The previous sentence did not render it: an error.
    got = terms(("我们保护耕地。", "We protect farmland."),
                ("黑土是耕地中的大熊猫。", "This resource is the giant panda of farmland."))
    assert got == [(2, "key-term-missing", "黑土")]
    # Rendered before, but this sentence says something else, pointing nowhere: an error.
    got = terms(("我们保护黑土。", "We protect black soil."),
                ("黑土面积扩大。", "The area of fertile land grew."))
    assert got == [(2, "key-term-missing", "黑土")]


def test_a_heading_that_drops_a_term_is_information() -> None:
    [f] = run(("黑土保护与利用", "Protecting Farmland in the Northeast"))
    assert (f.check, f.severity.value) == ("heading-term-dropped", "info")
    [g] = run(("黑土保护取得新进展。", "Farmland protection made new progress."))
    assert g.check == "key-term-missing"
    # A segment that is the term and little more (a memory of short units) is no heading.
    [h] = run(("黑土保护", "Farmland Protection"))
    assert h.check == "key-term-missing"


def test_a_coordinated_or_hyphenated_rendering_is_loose() -> None:
    assert terms(("改革开放以来黑土面积扩大。",
                  "Since the launch of reform, opening up and innovation, black soil grew.")) == [
        (1, "key-term-loose", "reform")]
    assert terms(("改革开放前后。", "The pre-reform-and-opening-up years and after.")) == [
        (1, "key-term-loose", "reform")]


def test_a_sense_the_dictionary_gives_the_whole_term_is_a_variant() -> None:
    [f] = run(("中华民族历来爱好和平。", "The Chinese people have always loved peace."))
    assert (f.check, f.severity.value, f.found, f.expected) == (
        "key-term-variant", "info", "Chinese people", "Chinese nation")
    # Not a sense of 中华民族: the modifier kept and the head swapped, an error.
    [g] = run(("中华民族历来爱好和平。", "The Chinese race has always loved peace."))
    assert (g.check, g.severity.value, g.found) == ("key-term-missing", "error", "Chinese race")
    # A sense of a part (路线 "route") does not excuse a wrong rendering of the whole.
    assert terms(("各级干部要坚持群众路线。", "Officials at all levels must follow the mass route.")
                 ) == [(1, "key-term-missing", "mass route")]


def test_a_dictionary_sense_another_source_word_accounts_for_is_no_variant() -> None:
    # "Chinese people" renders 中国人民 here; 中华民族 itself is not rendered.
    got = terms(("十四亿中国人民和中华民族的未来紧密相连。",
                 "The future of the 1.4 billion Chinese people is bright."))
    assert got == [(1, "key-term-missing", "Chinese people")]


def test_dictionary_senses_are_whole_phrases() -> None:
    assert dictionary_sense("中华民族", "the peoples of the world") is None
    assert dictionary_sense("中华民族", "the Chinese nation's future") is not None
    assert dictionary_sense("实事求是", "we seek truth from facts") is not None
    assert dictionary_sense("黑土", "black soil") is None                  # not in CC-CEDICT


def test_a_pronoun_for_a_term_the_previous_source_named_is_loose() -> None:
    first = ("中华民族是勤劳勇敢的民族。", "The Chinese nation is hard-working and brave.")
    got = terms(first, ("中华民族的历史源远流长。", "Its history goes back a long way."))
    assert got == [(2, "key-term-loose", "Its")]
    # The previous sentence did not name it: "its" points elsewhere.
    got = terms(("我们要保护生态环境。", "We must protect the environment."),
                ("中华民族的历史源远流长。", "Its history goes back a long way."))
    assert got == [(2, "key-term-missing", "中华民族")]
    # An impersonal "it" refers to nothing.
    got = terms(first, ("中华民族必须团结奋斗。", "It is vital to stay united and work hard."))
    assert got == [(2, "key-term-missing", "中华民族")]


def test_collective_pronoun() -> None:
    assert collective_pronoun("They worked hard.") == (0, 4)
    assert collective_pronoun("It has been a hard year.") is None
    assert collective_pronoun("It grew into a great nation.") == (0, 2)
    # Further in, a pronoun points to what the sentence itself named.
    assert collective_pronoun("We keep faith with the people and serve their needs.") is None


def test_a_pronoun_further_in_does_not_excuse_a_wrong_rendering() -> None:
    first = ("中华民族是勤劳勇敢的民族。", "The Chinese nation is hard-working and brave.")
    got = terms(first, ("中华民族的未来取决于我们的奋斗。",
                        "The future of public welfare depends on their efforts."))
    assert got == [(2, "key-term-missing", "中华民族")]


def test_a_demonstrative_before_a_verb_is_no_reference_back() -> None:
    assert demonstrative("This is the heart of the matter.") is None
    assert demonstrative("These goals are within reach.") == (0, 11)


def test_the_leadership_formula_said_as_headed_by_is_loose() -> None:
    src = "以王建国同志为总书记的党中央领导全党推进改革开放。"
    got = terms((src, "The Central Committee headed by Wang Jianguo led the whole Party in "
                      "reform and opening up."))
    assert got == [(1, "key-term-loose", "headed by")]
    # Another name, or no "headed by": the role is not rendered.
    got = terms((src, "The Central Committee headed by Li Ming led the whole Party in reform "
                      "and opening up."))
    assert got == [(1, "key-term-missing", "总书记")]
    assert led_by(src, 7, 10, "The Central Committee with Wang Jianguo led the Party.") is None


def test_the_noun_before_a_term_standing_for_it_is_loose() -> None:
    src = "第五代中央领导集体提出了新的发展理念。"
    got = terms((src, "The fifth generation put forward new ideas of development."))
    assert got == [(1, "key-term-loose", "generation")]
    # The noun is a modifier of another noun: that noun is the rendering, and a wrong one.
    got = terms((src, "The fifth generation cadres put forward new ideas of development."))
    assert got == [(1, "key-term-missing", "中央领导集体")]
    # A verb before the term ("strengthen") proves nothing about the term.
    assert modifier_head("我们要加强黑土保护。", 5, "We will strengthen the protection of farmland.") is None
    assert modifier_head(src, 3, "The fifth generation, in turn, put forward new ideas.") == (10, 20)
    # A noun before the term that is no count (发展 "development") stands for nothing.
    got = terms(("坚持和发展中国特色社会主义。", "We uphold and further development."))
    assert got == [(1, "key-term-missing", "中国特色社会主义")]


# -- numbers the source says without a numeral ------------------------------------------


def numbers(source: str, target: str) -> list[tuple[str, str, str | None]]:
    return [(f.check, f.severity.value, f.found or f.expected) for f in run((source, target))
            if f.check.startswith(("number", "year"))]


@pytest.mark.parametrize(("source", "target"), [
    ("建厂60多年来，黑土得到保护。", "Over six decades since the plant opened, black soil was protected."),
    ("建校百年之际。", "On the centenary of the school."),
    ("建校100周年。", "The school's centennial."),
    ("半个世纪以来。", "For half a century."),
    ("十年来，粮食产量稳步增长。", "Over the past decade grain output grew steadily."),
])
def test_lexical_numbers_agree(source: str, target: str) -> None:
    assert numbers(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # Spelled out where Chinese has a word (双方 "both sides") or nothing: information.
    ("双方同意加强合作。", "The two sides agreed to deepen cooperation.",
     [("number-implicit", "info", "two")]),
    # A count of years the source leaves to the reader (改革开放以来).
    ("改革开放以来，黑土面积扩大。", "In the 40 years since reform and opening up, black soil grew.",
     [("number-implicit", "info", "40")]),
    # An anniversary said as its year.
    ("到建校100周年时建成新校区。", "The new campus will be built by 2035.",
     [("year-added", "info", "2035")]),
])
def test_numbers_the_source_says_without_a_numeral_are_information(
        source: str, target: str, expected: list[tuple[str, str, str]]) -> None:
    assert numbers(source, target) == expected


@pytest.mark.parametrize(("source", "target", "found"), [
    ("建厂60多年来。", "Over five decades since the plant opened.", "five decades"),
    ("八个场馆投入使用。", "Nine venues opened.", "Nine"),               # 八 is there to match
    ("五千多年的文明史。", "A civilization of 3,000 years.", "3,000"),   # so is 五千
    ("1992年，黑土保护起步。", "In 1982, black soil conservation began.", "1982"),
    ("建校100周年。", "The school's bicentenary.", "100"),            # 200 is not 100
])
def test_real_mismatches_stay_errors(source: str, target: str, found: str) -> None:
    got = [f for f in run((source, target)) if f.check == "number-mismatch"]
    assert [(f.severity.value, f.found or f.expected) for f in got] == [("error", found)]


def test_english_source_small_number_without_a_chinese_numeral() -> None:
    [p] = orient([Pair("The two sides agreed to deepen cooperation.", "双方同意加强合作。", 1, 1)])
    got = [(f.check, f.severity.value) for f in check_pairs([p], CONCEPTS, Options(), path="x")]
    assert got == [("number-implicit", "info")]
    [q] = orient([Pair("Nine venues opened.", "八个场馆投入使用。", 1, 1)])
    got = [(f.check, f.severity.value) for f in check_pairs([q], CONCEPTS, Options(), path="x")]
    assert got == [("number-mismatch", "error")]


# -- a clause the translation condenses away ---------------------------------------------


def test_a_clause_left_out_of_the_translation_is_an_omission_not_a_wrong_term() -> None:
    # The English keeps the third clause and drops the first two, with the terms in them.
    src = "我们既要坚持多边主义的原则，也要全面筑牢国家粮食安全的根基，扎实推进黑土地保护和高标准农田建设。"
    tgt = "We will press ahead with black soil conservation and high-standard farmland."
    got = terms((src, tgt))
    assert sorted(got) == [(1, "key-term-omitted", "多边主义"), (1, "key-term-omitted", "粮食安全")]
    omitted = [f for f in run((src, tgt)) if f.check == "key-term-omitted"]
    assert all(f.severity.value == "info" for f in omitted)


def test_a_kept_clause_with_another_word_for_the_term_stays_an_error() -> None:
    # The clause is translated (its protection, farmland show), the term in it is not.
    src = "我们要加强黑土保护，建设高标准农田。"
    tgt = "We will strengthen the protection of fertile land and build high-standard farmland."
    assert terms((src, tgt)) == [(1, "key-term-missing", "黑土")]


def test_a_pair_that_shares_nothing_is_no_omission() -> None:
    # Misaligned: nothing of any clause shows, so the term's absence is not excused.
    src = "我们要坚持多边主义，反对单边主义。"
    tgt = "Tourism revenue rose sharply in the first quarter."
    assert terms((src, tgt)) == [(1, "key-term-missing", "多边主义")]


# -- which source word a head word of the target renders ---------------------------------


def test_dictionary_words_are_read_by_longest_match() -> None:
    got = [("共产党员要坚定理想信念"[a:b]) for a, b, _ in dictionary_words("共产党员要坚定理想信念")]
    assert got == ["共产党员", "坚定", "理想", "信念"]      # no 共产, 党员, 党; no single 要


def test_the_head_word_said_for_another_source_word_is_no_evidence() -> None:
    # The bare 社会主义 accounts for "socialism"; the term itself is rendered by nothing.
    src = "只有社会主义才能救中国，只有中国特色社会主义才能发展中国。"
    assert terms((src, "Only socialism can save China, and only this policy can develop China.")
                 ) == [(1, "key-term-missing", "中国特色社会主义")]
    assert terms(("走中国特色社会主义道路，就是真正坚持社会主义。",
                  "Following the new path means truly upholding socialism.")
                 ) == [(1, "key-term-missing", "中国特色社会主义")]
    # Said twice in the target, once for each: the second is the term's, loosely.
    assert terms((src, "Only socialism can save China, and only our own socialism can develop "
                       "China.")) == [(1, "key-term-loose", "socialism")]
    # The head word where the term stands, the bare noun left out: loose.
    assert terms(("中国特色社会主义是我们的旗帜。", "China's socialism is our banner.")) == [
        (1, "key-term-loose", "socialism")]


def test_linked_head_follows_the_order_of_the_sentence() -> None:
    src = "只有社会主义才能救中国，只有中国特色社会主义才能发展中国。"
    span = [(src.index("中国特色社会主义"), src.index("中国特色社会主义") + 8)]
    renderings = ["socialism with Chinese characteristics"]
    tgt = "Only socialism can save China, and only a new socialism can develop China."
    first, second = head_candidates(words(tgt), renderings)
    assert linked_head(src, span, tgt, [first, second]) == second
    tgt = "Only socialism can save China, and only this policy can develop China."
    assert linked_head(src, span, tgt, head_candidates(words(tgt), renderings)) is None


def test_a_term_rendered_as_approved_accounts_for_its_words() -> None:
    # "socialism" belongs to "primary stage of socialism", the rendering of 社会主义初级阶段.
    got = terms(("建设中国特色社会主义，必须立足社会主义初级阶段。",
                 "To build this new policy we must proceed from the primary stage of socialism."))
    assert got == [(1, "key-term-missing", "中国特色社会主义")]
    got = terms(("建设中国特色社会主义，必须立足社会主义初级阶段。",
                 "To build socialism in our own way we must proceed from the primary stage of "
                 "socialism."))
    assert got == [(1, "key-term-loose", "socialism")]


def test_a_swapped_conjunct_is_no_loose_rendering() -> None:
    assert terms(("我们坚持改革开放。", "We persist in innovation and opening up.")) == [
        (1, "key-term-missing", "改革开放")]
    assert terms(("我们坚持改革开放。", "We persist in reform and development.")) == [
        (1, "key-term-missing", "改革开放")]
    # Said alone, or in a list of the conjuncts: loose, as before.
    assert terms(("我们坚持改革开放。", "We persist in opening up.")) == [
        (1, "key-term-loose", "opening")]
    assert head_candidates(words("reform and opening-up"), ["reform and opening up"]) == [
        (0, 6, "reform"), (11, 18, "opening")]


def test_a_pronoun_carries_on_a_term_named_first_by_its_head_noun() -> None:
    # 我们的民族 … 中华民族: one nation named twice; English says it once, then "its".
    src = "我们的民族饱经沧桑，中华民族的文化却从未中断。"
    tgt = "Our nation has weathered many storms, yet its culture has never been broken."
    assert terms((src, tgt)) == [(1, "key-term-loose", "its")]
    cand = head_candidates(words(tgt), ["Chinese nation"])
    assert carried_on(src, [(10, 14)], tgt, cand) == (tgt.index("its"), tgt.index("its") + 3)
    # The term first, the bare noun after: two things contrasted, no pronoun for the term.
    src = "发展中国特色社会主义，归根到底是发展社会主义。"
    tgt = "Developing this policy is, in the end, developing socialism and its cause."
    assert terms((src, tgt)) == [(1, "key-term-missing", "中国特色社会主义")]


def test_a_name_in_the_clause_shows_only_by_its_name() -> None:
    # CC-CEDICT describes 邓小平 ("Chinese communist leader ..."); only "Deng" shows him.
    src = "邓小平同志开创了这条道路，回答了如何建设社会主义的问题。"
    start = src.index("这条道路")
    assert omitted_clause(src, start, start + 4, "He answered the question of how to build "
                          "socialism in China.")
    assert not omitted_clause(src, start, start + 4, "Deng Xiaoping answered the question of "
                              "how to build socialism.")


def test_a_nested_rendering_held_by_another_noun_renders_only_the_part() -> None:
    src = "实现中华民族伟大复兴，是几代人的共同心愿。"
    # The noun that holds "Chinese nation" renders the rest (伟大 "great"): loose.
    assert terms((src, "Achieving the great renewal of the Chinese nation is the wish of "
                       "generations.")) == [(1, "key-term-loose", "Chinese nation")]
    # Another noun holds it: only 中华民族 is rendered, the term is not.
    assert terms((src, "Achieving the unity of the Chinese nation is the wish of "
                       "generations.")) == [(1, "key-term-missing", "中华民族伟大复兴")]
    assert rest_rendered("中华民族伟大复兴", "中华民族", ["rejuvenation of the Chinese nation"],
                         "a strong Chinese nation", (9, 23))       # not held: loose as before


def test_a_heading_that_swaps_the_head_of_a_rendering_is_an_error() -> None:
    # The modifiers kept and the head swapped is a wrong rendering, in a title too.
    [f] = run(("黑土保护与利用", "Protecting Black Land in the Northeast"))
    assert (f.check, f.found) == ("key-term-missing", "Black Land")


def test_a_swapped_head_is_an_error_whatever_a_reference_back_might_excuse() -> None:
    got = terms(("我们保护黑土。", "We protect black soil."),
                ("黑土是耕地中的大熊猫。", "This resource, black land, is the giant panda of farmland."))
    assert got == [(2, "key-term-missing", "black land")]


def test_a_phrase_another_source_word_accounts_for_is_no_swapped_head() -> None:
    # "Chinese people" renders 中国人民; 中华民族 is rendered by nothing.
    src = "中国人民热爱和平，中华民族从不称霸。"
    assert terms((src, "The Chinese people love peace and the country never seeks hegemony.")
                 ) == [(1, "key-term-missing", "中华民族")]
    assert terms((src, "The Chinese people love peace and the Chinese state never seeks "
                       "hegemony.")) == [(1, "key-term-missing", "Chinese state")]


def test_the_swapped_head_is_a_noun() -> None:
    assert deviation("mass line", "We rely on the masses always.",
                     words("We rely on the masses always.")) is None
    tgt = "We rely on the masses and follow the mass route."
    assert deviation("mass line", tgt, words(tgt)) == (tgt.index("mass route"), len(tgt) - 1)


@pytest.mark.parametrize(("rest", "word", "means"), [
    ("我们的民族", "nations", True),        # plural
    ("全国", "national", True),             # derived, both five letters or more
    ("他们没有", "exist", False),           # 没有 "doesn't exist": a negated sense
    ("虽然", "evening", False),             # "even though": "even" is no form of "evening"
    ("完善", "systems", False),             # "(of systems, etc) comprehensive": a remark
])
def test_what_a_source_word_means(rest: str, word: str, means: bool) -> None:
    assert rendered_elsewhere(rest, word) is means


def test_a_negated_sense_takes_no_head_word_from_the_term() -> None:
    src = "存在还是不存在，我从来没有想过。"
    tgt = "I never thought about whether it existed."
    spans = [(0, 2), (5, 7)]
    assert linked_head(src, spans, tgt, head_candidates(words(tgt), ["to exist"])) == (
        tgt.index("existed"), tgt.index("existed") + 7, "existed")


def test_a_nested_rendering_whose_rest_the_dictionary_cannot_see_stays_loose() -> None:
    # 化 alone is no dictionary word: "China's conditions" is not shown wrong.
    tgt = "adapting Marxism to China's conditions"
    assert rest_rendered("中国化", "中国", ["sinicization"], tgt,
                         (tgt.index("China"), tgt.index("China") + 5))


def test_a_pronoun_for_a_named_person_needs_an_antecedent() -> None:
    said = ("袁隆平院士在田间指出，饭碗要端在自己手里。",
            "During his visit to the fields, the scientist pointed out that we must hold our "
            "rice bowl in our own hands.")
    # "his" before a subject that is not the person: the name is left out.
    assert terms(said) == [(1, "key-term-missing", "袁隆平")]
    # Named in the pair before: "his" refers back to him.
    assert terms(("袁隆平院士来到湖南。", "Academician Yuan Longping came to Hunan."), said) == [
        (2, "key-term-loose", "his")]


def test_a_term_said_twice_and_rendered_once_with_a_swapped_head_is_an_error() -> None:
    src = "坚持中国特色社会主义，就要推进中国特色社会主义事业。"
    bad = ("Upholding socialism with Chinese characteristics means advancing the policy with "
           "Chinese characteristics.")
    assert terms((src, bad)) == [(1, "key-term-missing", "policy with Chinese characteristics")]
    # The other head renders a word of the source (事业 "cause"): a right rendering.
    ok = ("Upholding socialism with Chinese characteristics means advancing the socialist "
          "cause with Chinese characteristics.")
    assert terms((src, ok)) == []


def test_tail_swaps() -> None:
    tgt = "We follow the policy with Chinese characteristics."
    assert list(tail_swaps("socialism with Chinese characteristics", tgt, words(tgt))) == [
        (tgt.index("policy"), len(tgt) - 1)]
    # A tail of one content word follows many nouns rightly ("laws of socialism").
    tgt = "We study the laws of socialism."
    assert list(tail_swaps("primary stage of socialism", tgt, words(tgt))) == []
