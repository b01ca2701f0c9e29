"""Tests for the glossed-phrase harvester: acronyms, unit conversions, species, explanations."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.document import Role, Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.glossed import expansion, find_parens, harvest
from termsmith.model import GlossType


def _harvest(*paragraphs: str, role: Role = Role.SPEECH) -> list[Candidate]:
    segments = [Segment(text=p, line=n, role=role, speaker="X")
                for n, p in enumerate(paragraphs, start=1)]
    return list(harvest(segments))


def _of_kind(kind: Kind, text: str) -> list[Candidate]:
    return [c for c in _harvest(text) if c.kind is kind]


def _one(kind: Kind, text: str) -> Candidate:
    found = _of_kind(kind, text)
    assert len(found) == 1, [(c.kind, c.term) for c in _harvest(text)]
    return found[0]


# --- acronyms -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "acro", "exp"), [
    ("The Xinjiang Production and Construction Corps (XPCC) runs 14 divisions.",
     "XPCC", "Xinjiang Production and Construction Corps"),
    ("Officials from the National Development and Reform Commission (NDRC) attended.",
     "NDRC", "National Development and Reform Commission"),
    ("The Ministry of Agriculture and Rural Affairs (MARA) issued a plan.",
     "MARA", "Ministry of Agriculture and Rural Affairs"),
    ("We will deepen the reform of state-owned enterprises (SOEs) this year.",
     "SOEs", "state-owned enterprises"),
    ("Loans to small and medium-sized enterprises (SMEs) grew 20 percent.",
     "SMEs", "small and medium-sized enterprises"),
    # A proper-name hyphen compound: the first part is not in the expansion.
    ("Qingdao hosts the China-Shanghai Cooperation Organization (SCO) Local Economic "
     "and Trade Cooperation Demonstration Area.", "SCO", "Shanghai Cooperation Organization"),
    ("The Guangdong-Hong Kong-Macao Greater Bay Area (GBA) keeps growing.",
     "GBA", "Greater Bay Area"),
    # A clause boundary stops the expansion.
    ("To sum up, Belt and Road Initiative (BRI) projects are thriving.",
     "BRI", "Belt and Road Initiative"),
    # Syllabic acronyms of Chinese institutions and firms: a word gives its first letters.
    ("Officials of the Ministry of Commerce (MOFCOM) met exporters in Yiwu.",
     "MOFCOM", "Ministry of Commerce"),
    ("Ships of the China Ocean Shipping Company (COSCO) called at Piraeus.",
     "COSCO", "China Ocean Shipping Company"),
    # A decimal in the acronym: the size of the particles.
    ("The county's average concentration of inhalable particulate matter (PM10) fell, "
     "and that of coarse particulate matter (PM2.5-10) too.", "PM10", "particulate matter"),
    ("Readings of particulate matter (PM2.5) fell 4 percent in Xi'an.",
     "PM2.5", "particulate matter"),
    # Two capitalised words with one initial: the name is the whole of it, while a word
    # before it with another initial is not taken.
    ("Grants from the National Natural Science Foundation of China (NSFC) reached 3 "
     "billion yuan.", "NSFC", "National Natural Science Foundation of China"),
    ("The Hunan Natural Resources Bureau (NRB) mapped the wetlands.",
     "NRB", "Natural Resources Bureau"),
    # An acronym led by a technology's code: the code stays, the rest is spelled.
    ("Operators will roll out 5G-Advanced (5G-A) networks in Lhasa.", "5G-A", "5G-Advanced"),
])
def test_acronym_and_expansion_are_paired(text: str, acro: str, exp: str) -> None:
    a = _one(Kind.ACRONYM, text)
    e = _one(Kind.EXPANSION, text)
    assert (a.term, e.term) == (acro, exp)
    assert a.related == exp and e.related == acro
    assert a.gloss is not None and a.gloss.type is GlossType.ACRONYM and a.gloss.text == exp
    assert e.gloss is not None and e.gloss.text == acro
    assert a.score >= 0.9 and e.score >= 0.9
    assert a.occurrence.form == acro and e.occurrence.form == exp


@pytest.mark.parametrize(("text", "acro", "exp"), [
    ("The NDRC (National Development and Reform Commission) approved 12 projects.",
     "NDRC", "National Development and Reform Commission"),
    ("Jiangxi joined the WTO (World Trade Organization) talks, too.",
     "WTO", "World Trade Organization"),
    ("We signed an agreement with the ABC (the Agricultural Bank of China) last year.",
     "ABC", "Agricultural Bank of China"),
    # acronyms before a lowercase head that the bracket does not spell
    ("The Gansu-Shaanxi 750-kV UHV AC line (ultra-high voltage alternating current) opened.",
     "UHV AC", "ultra-high voltage alternating current"),
    ("Hunan's GDP growth rate (gross domestic product) led the region.",
     "GDP", "gross domestic product"),
    # an acronym led by a technology's code, its one coded word in the bracket
    ("Ningxia opened its first 5G-A (5G-Advanced) base stations in Yinchuan.",
     "5G-A", "5G-Advanced"),
])
def test_reverse_form_acronym_then_expansion(text: str, acro: str, exp: str) -> None:
    a = _one(Kind.ACRONYM, text)
    e = _one(Kind.EXPANSION, text)
    assert (a.term, e.term) == (acro, exp)
    assert a.related == exp and e.related == acro
    assert a.occurrence.form == acro and e.occurrence.form == exp


def test_an_acronym_with_the_expansion_s_head_in_brackets_is_paired() -> None:
    text = ("Firms in Qianhai opened cross-border wealth accounts (CW accounts) last year, "
            "and CW accounts now hold 3 billion yuan.")
    a = _one(Kind.ACRONYM, text)
    e = _one(Kind.EXPANSION, text)
    assert (a.term, e.term) == ("CW accounts", "cross-border wealth accounts")
    assert a.related == e.term and e.related == a.term
    # a head the bracket repeats but the letters do not spell is no pair
    assert _of_kind(Kind.EXPANSION, "Mines must carry product safety marks (MA marks).") == []


def test_reverse_form_needs_the_whole_parenthesis_to_spell_the_acronym() -> None:
    text = "The NDRC (which drafted the plan last year) approved it."
    assert _of_kind(Kind.EXPANSION, text) == []
    assert _of_kind(Kind.ACRONYM, text) == []
    text = "The Hubei UHV lines (built in 2020) run north to Henan."
    assert _of_kind(Kind.EXPANSION, text) == []


@pytest.mark.parametrize(("before", "acro"), [
    ("exports of goods", "EXPO"),               # syllables of words that name nothing
    ("the Commercial Aircraft Corporation of China", "COMAC"),   # "of China" left over
    ("Ministry of Commerce", "MOC0M"),
    ("a plan", "PLAN"),                         # four letters: initials only
])
def test_syllabic_spelling_needs_every_letter_in_order(before: str, acro: str) -> None:
    assert expansion(before, acro) is None


def test_acronym_without_expansion_is_kept_below_a_paired_one() -> None:
    text = "Reporters from the ministry (MOFCOM) were present."
    a = _one(Kind.ACRONYM, text)
    assert a.term == "MOFCOM"
    assert _of_kind(Kind.EXPANSION, text) == []
    paired = _one(Kind.ACRONYM, "Officials of the Ministry of Commerce (MOFCOM) were present.")
    assert a.score < paired.score


@pytest.mark.parametrize(("before", "acro", "expected"), [
    ("the Xinjiang Production and Construction Corps", "XPCC",
     "Xinjiang Production and Construction Corps"),
    ("support for small and medium-sized enterprises", "SMEs", "small and medium-sized enterprises"),
    ("at the China-Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organization"),
    ("reform of state-owned enterprises", "SOEs", "state-owned enterprises"),
    ("the Belt and Road Initiative", "BRI", "Belt and Road Initiative"),
    ("the plan for rural areas", "BRI", None),
    # a comma inside a title-case list of a name's fields, not a clause's
    ("joined the United Nations Educational, Scientific and Cultural Organization", "UNESCO",
     "United Nations Educational, Scientific and Cultural Organization"),
    ("for rice, wheat and corn output", "RWC", None),
    # a lowercase word inside a capitalised name gives no letter
    ("observed by the Jingdong Underground Neutrino radio Observatory", "JUNO",
     "Jingdong Underground Neutrino radio Observatory"),
    ("the Large Area gamma-ray Survey Telescope", "LAST", "Large Area gamma-ray Survey Telescope"),
    ("new energy storage systems", "NESS", "new energy storage systems"),
    ("a Large radio Survey", "LRS", "Large radio Survey"),   # (its letter after all)
    ("and the", "AT", None),
    ("", "BRI", None),
])
def test_expansion(before: str, acro: str, expected: str | None) -> None:
    found = expansion(before, acro)
    assert (before[found[0]:found[1]] if found else None) == expected


def test_expansion_search_is_not_exponential() -> None:
    # Many skippable hyphen parts and an acronym that cannot match: must stay fast.
    before = "-".join(["a"] * 90)
    t = time.perf_counter()
    assert expansion(before, "B" + "A" * 29) is None
    assert time.perf_counter() - t < 1.0


# --- unit conversions -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit", "qty", "target", "target_qty", "factor", "approx"), [
    ("Heilongjiang's grain output reached 1.2 billion jin (about 600 million kilograms).",
     "jin", 1.2e9, "kilograms", 600e6, 0.5, True),
    ("The corps planted 3,000 mu (200 hectares) of long-staple cotton.",
     "mu", 3000, "hectares", 200, 1 / 15, False),
    ("Xinjiang has 258 million mu (around 17.2 million hectares) of grassland.",
     "mu", 258e6, "hectares", 17.2e6, 17.2 / 258, True),
    # a square or cubic measure is the unit, not its linear one
    ("The reservoir holds 1.5 billion cubic meters (nearly 53 billion cubic feet) of water.",
     "cubic meters", 1.5e9, "cubic feet", 53e9, 53 / 1.5, True),
    ("The mall adds 2 million square feet (about 186,000 square meters) of shops.",
     "square feet", 2e6, "square meters", 186e3, 0.093, True),
    # "a" for one before a scale word
    ("Poets dreamed of riding a thousand li (500 kilometers) in a single day.",
     "li", 1e3, "kilometers", 500, 0.5, False),
])
def test_unit_conversions(text: str, unit: str, qty: float, target: str,
                          target_qty: float, factor: float, approx: bool) -> None:
    c = _one(Kind.UNIT, text)
    g = c.gloss
    assert g is not None and g.type is GlossType.UNIT
    assert c.term == unit and c.occurrence.form == unit
    assert g.unit == unit and g.target_unit == target and c.related == target
    assert g.quantity == pytest.approx(qty)
    assert g.target_quantity == pytest.approx(target_qty)
    assert g.factor == pytest.approx(factor, rel=1e-3)
    assert g.approximate is approx


@pytest.mark.parametrize(("text", "unit", "target", "factor"), [
    # the size of each one counted, not of all: 1 mu is about 667 square meters
    ("A one-cubic-meter reactor yields as much starch as 5 mu (about 667 square meters "
     "each) of maize fields.", "mu", "square meters", 667),
    ("The herders moved 40 dan (roughly 2,000 kilograms apiece) of barley.", "dan",
     "kilograms", 2000),
])
def test_a_unit_glossed_by_the_size_of_each_one(text: str, unit: str, target: str,
                                                factor: float) -> None:
    c = _one(Kind.UNIT, text)
    g = c.gloss
    assert g is not None and c.term == unit and g.target_unit == target
    assert g.factor == pytest.approx(factor)


@pytest.mark.parametrize(("text", "unit", "target", "factor", "score"), [
    ("Families on the Sanjiang Plain still reckon their fields in shang (a local unit "
     "equal to about one hectare) rather than in mu.", "shang", "hectare", 1, 0.8),
    ("The co-op sold two dan (a traditional unit of weight equal to 50 kilograms) of "
     "millet to each family.", "dan", "kilograms", 50, 0.9),
])
def test_a_word_its_gloss_calls_a_unit_of_a_size_is_a_unit(
        text: str, unit: str, target: str, factor: float, score: float) -> None:
    c = _one(Kind.UNIT, text)
    g = c.gloss
    assert g is not None and c.term == unit and c.occurrence.form == unit
    assert g.target_unit == target and g.factor == pytest.approx(factor)
    assert c.score == score


def test_a_gloss_calling_something_else_a_unit_gives_no_unit() -> None:
    # the bracket describes an army unit, not a measure
    assert not [c for c in _harvest("The brigade (a unit of about 3,000 soldiers) trains "
                                    "in the Tianshan Mountains.") if c.kind is Kind.UNIT]


def test_chinese_units_score_above_other_units() -> None:
    mu = _one(Kind.UNIT, "It covers 3,000 mu (200 hectares).")
    km = _one(Kind.UNIT, "It runs 500 kilometers (about 310 miles).")
    assert mu.score > km.score


@pytest.mark.parametrize(("text", "qty", "target", "target_qty", "approx"), [
    ("Investment totalled 36 billion yuan (about $5 billion) in 2023.",
     36e9, "US dollars", 5e9, True),
    ("A ticket costs 20 yuan ($2.8).", 20, "US dollars", 2.8, False),
    ("The fund holds 7 billion yuan (about 1 billion U.S. dollars).",
     7e9, "U.S. dollars", 1e9, True),
])
def test_currency_conversions(text: str, qty: float, target: str, target_qty: float,
                              approx: bool) -> None:
    c = _one(Kind.UNIT, text)
    g = c.gloss
    assert g is not None
    assert c.term == "yuan" and g.quantity == pytest.approx(qty)
    assert g.target_unit == target and g.target_quantity == pytest.approx(target_qty)
    assert g.approximate is approx


@pytest.mark.parametrize("text", [
    # A percentage followed by an amount is not a conversion.
    "Retail sales grew by 5.2 percent (12.3 billion yuan) year on year.",
    # Counts of things are not units.
    "We renovated 80 villages (2,000 households) in Gansu.",
    "The province has 1,200 enterprises (300 of them foreign-funded).",
])
def test_numbers_before_a_parenthesised_number_are_not_conversions(text: str) -> None:
    found = _harvest(text)
    assert [c for c in found if c.kind is Kind.UNIT] == []
    assert [c for c in found if c.kind is Kind.CLARIFIED and c.term[0].isdigit()] == []


# --- scientific names -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "common", "latin"), [
    ("The Qinling is home to golden snub-nosed monkeys (Rhinopithecus roxellana).",
     "golden snub-nosed monkeys", "Rhinopithecus roxellana"),
    ("Jilin is famous for mountain ginseng (Panax ginseng) grown under the forest.",
     "mountain ginseng", "Panax ginseng"),
    ("The crested ibis (Nipponia nippon) has returned to Hanzhong.",
     "crested ibis", "Nipponia nippon"),
    ("Hunchun has a park for Siberian tigers (Panthera tigris altaica).",
     "Siberian tigers", "Panthera tigris altaica"),
    # An epithet that is a Roman name too (zipf 3.0) after a genus nobody says.
    ("A herd of Asian elephants (Elephas maximus) crossed into Pu'er.",
     "Asian elephants", "Elephas maximus"),
    # A genus English knows as a name or a word, an epithet only Latin has.
    ("Villagers in Qiandongnan pick haw pears (Rosa roxburghii) for juice.",
     "haw pears", "Rosa roxburghii"),
    ("The park protects the Yunnan magnolia (Magnolia sieboldii) on its slopes.",
     "Yunnan magnolia", "Magnolia sieboldii"),
])
def test_scientific_names_gloss_the_common_name(text: str, common: str, latin: str) -> None:
    c = _one(Kind.SCIENTIFIC, text)
    assert c.term == common and c.occurrence.form == common
    assert c.related == latin
    assert c.gloss is not None and c.gloss.type is GlossType.SCIENTIFIC
    assert c.gloss.text == latin


def test_common_name_after_a_verb() -> None:
    c = _one(Kind.SCIENTIFIC, "Farmers in Jilin grow ginseng (Panax ginseng) in forests.")
    assert c.term == "ginseng"


def test_two_scientific_glosses_in_one_sentence() -> None:
    text = "Yunnan is known for tea plants (Camellia sinensis) and for rice (Oryza sativa)."
    found = {c.term: c.related for c in _of_kind(Kind.SCIENTIFIC, text)}
    assert found == {"tea plants": "Camellia sinensis", "rice": "Oryza sativa"}


@pytest.mark.parametrize("text", [
    "Visitors sleep in a traditional home (Kazakh yurt) near the lake.",
    "We visited the old town (Harbin city) in winter.",
    "The museum shows a famous painting (Mona Lisa) on loan.",
    "Tourists met the opera star (Julia Roberts) in Suzhou.",
])
def test_place_and_common_word_glosses_are_not_scientific(text: str) -> None:
    assert _of_kind(Kind.SCIENTIFIC, text) == []


def test_latin_binomial_in_running_text() -> None:
    c = _one(Kind.SCIENTIFIC, "Ningxia growers export Lycium barbarum to 40 countries.")
    assert c.term == "Lycium barbarum"
    assert c.gloss is None
    assert c.score < 0.9


def test_ordinary_capitalised_phrase_is_not_a_binomial() -> None:
    assert _of_kind(Kind.SCIENTIFIC, "Beijing hosted delegates from Hunan yesterday.") == []


# --- explanations and clarifications -------------------------------------------------

def test_explanation_inside_the_quotes() -> None:
    text = ('We insist on "ecology first and green development (This means that growth must '
            'not come at the cost of the environment)" in Qinghai.')
    c = _one(Kind.EXPLAINED, text)
    assert c.term == "ecology first and green development"
    assert c.occurrence.form == c.term
    assert c.gloss is not None and c.gloss.type is GlossType.EXPLANATION
    assert c.gloss.text.startswith("This means that growth")


def test_explanation_after_the_quotes() -> None:
    text = ('Fujian promotes "mountains, seas and farmlands" (This refers to the three '
            'kinds of land its farmers work) across the province.')
    c = _one(Kind.EXPLAINED, text)
    assert c.term == "mountains, seas and farmlands"
    assert c.gloss is not None and c.gloss.text.startswith("This refers to")


def test_explanation_of_an_unquoted_noun_phrase() -> None:
    c = _one(Kind.EXPLAINED, "We expanded the river chief system (i.e. officials are "
                             "responsible for rivers) to every county.")
    assert c.term == "river chief system"


def test_a_determiner_like_adjective_opens_the_glossed_phrase_but_is_not_in_it() -> None:
    c = _one(Kind.EXPLAINED, "Guangdong and Guangxi share the same Lingnan culture (the culture "
                             "of the lands south of the Five Ridges) and one market.")
    assert c.term == "Lingnan culture"


def test_a_past_verb_after_an_adverb_or_pronoun_is_not_in_the_glossed_phrase() -> None:
    c = _one(Kind.EXPLAINED, "Experts from Fujian also brought juncao (literally \"fungus "
                             "grass\", a way of growing mushrooms on grass) to Hotan.")
    assert c.term == "juncao"


def test_a_past_verb_after_a_relative_pronoun_is_not_in_the_glossed_phrase() -> None:
    c = _one(Kind.CLARIFIED, "Villagers who practiced dao cao ren (making figures from rice "
                             "straw) won prizes in Yiyang.")
    assert c.term == "dao cao ren"


@pytest.mark.parametrize(("text", "term"), [
    # a genus with its modifiers before the relative clause, the verb before the term
    ("It was here that people first played cuju (an ancient ball game in which players "
     "kicked a leather ball) in the Warring States period.", "cuju"),
    # a genus and a participle saying how it is made, an infinitive's verb before it
    ("Tourists come to taste oil tea (a local drink made by frying and boiling tea leaves "
     "with ginger) every morning.", "oil tea"),
    ("Herders wear the deel (a long robe worn by Mongolian herders in winter) on "
     "holidays.", "deel"),
    # a name made of a number and one word
    ("Farmers sell on the 832 Platform (the online sales platform for agricultural products "
     "from formerly poor areas) and in town.", "832 Platform"),
    # a number word in the name glossed
    ("In the Qing Dynasty the Thirteen Hongs (the licensed merchant houses that handled "
     "foreign trade) made the port rich.", "Thirteen Hongs"),
    # a genus and an adjective that takes "to"
    ("Pilots now fly over the tidal flat (a coastal strip close to the low-water line of the "
     "sea) every week.", "tidal flat"),
    # what the genus is made of, quoted
    ("Each tree carries a registry plate (a metal tag with \"GSZ\" and a serial "
     "number) on its trunk.", "registry plate"),
])
def test_a_definition_by_genus_and_what_sets_it_apart_glosses_the_phrase_before(
        text: str, term: str) -> None:
    assert _one(Kind.EXPLAINED, text).term == term


def test_two_processes_defined_as_one_measure_are_one_glossed_term() -> None:
    terms = [c.term for c in _of_kind(Kind.EXPLAINED,
             "The law provides for placement and education (a measure by which a court may "
             "order continued education of convicts after their sentence), and farmers grow "
             "rice and ginseng (a plant whose root is used in medicine).")]
    assert terms == ["placement and education", "ginseng"]


def test_a_count_before_a_glossed_name_stays_out_of_it() -> None:
    terms = [c.term for c in _of_kind(Kind.EXPLAINED,
             "Africa now has 17 Luban Workshops (vocational training centers that China "
             "runs with partner countries) and more to come.")]
    assert terms == ["Luban Workshops"]


def test_a_definition_of_the_noun_before_of_is_no_gloss_of_its_complement() -> None:
    found = _of_kind(Kind.EXPLAINED, "Troops fought at the great bend of the Yellow River (a "
                                     "large bend in the river that resembles a letter) in "
                                     "1936.")
    assert "Yellow River" not in [c.term for c in found]


def test_adjectives_before_a_name_are_not_in_the_glossed_name() -> None:
    c = _one(Kind.CLARIFIED, "Rangers counted more endangered Hainan gibbons (black crested "
                             "gibbons) this year.")
    assert c.term == "Hainan gibbons"
    c = _one(Kind.CLARIFIED, "Clinics offer traditional Chinese medicine (herbal remedies) "
                             "in every county.")
    assert c.term == "traditional Chinese medicine"      # English capitalised: kept


def test_clarification() -> None:
    text = "The corps manages 1,200 bingtuan (corps farms) in southern Xinjiang."
    c = _one(Kind.CLARIFIED, text)
    assert c.term == "bingtuan" and c.related == "corps farms"
    assert c.gloss is not None and c.gloss.type is GlossType.CLARIFICATION
    assert c.occurrence.form == "bingtuan"


@pytest.mark.parametrize(("text", "term", "gloss"), [
    ("Shoppers in Xi'an now favour guochao (China-chic) designs.", "guochao", "China-chic"),
    ("Workers without urban hukou (household registration) may now enroll their children.",
     "hukou", "household registration"),
])
def test_a_loanword_before_a_bracket_is_the_word_glossed_even_by_a_capitalised_gloss(
        text: str, term: str, gloss: str) -> None:
    c = _one(Kind.CLARIFIED, text)
    assert (c.term, c.related) == (term, gloss)


def test_a_capitalised_gloss_of_an_english_phrase_is_still_no_clarification() -> None:
    assert not _of_kind(Kind.CLARIFIED, "Visitors crowded the ancient town (Lijiang) again.")


@pytest.mark.parametrize(("text", "term"), [
    ("In Luoyang, young visitors wearing qipao (close-fitting dresses) fill the old streets.",
     "qipao"),
    ("Herders raising yaks (long-haired cattle) earn more than before.", "yaks"),
    ("The rice processing industry (mills and dryers) grew in Hunan.", "rice processing industry"),
])
def test_an_ing_word_after_a_plural_noun_is_its_verb_not_part_of_the_glossed_phrase(
        text: str, term: str) -> None:
    assert _one(Kind.CLARIFIED, text).term == term


@pytest.mark.parametrize(("text", "term"), [
    ("Subsidies cover the three staple crops (rice, wheat and corn) in every county.",
     "three staple crops"),
    ("Tibet solved the two worries (food and clothing) of herders and their families.",
     "two worries"),
    ("Tibet built four hubs (road, rail, air and power) last year.", "four hubs"),
    ("Tibet built four hubs (road and rail) last year.", "hubs"),     # two items, not four
    # a number, a plural and what the things are for, glossed by a serial list whose
    # items hold an "and" of their own
    ("Clinics run four services for rural elderly people (home visits and check-ups, "
     "chronic disease management, rehabilitation and nursing, and hospice care).",
     "four services for rural elderly people"),
    ("The county set up three funds for mountain and river protection (soil and water "
     "conservation, reforestation, and river cleaning) this year.",
     "three funds for mountain and river protection"),
])
def test_a_numbered_formulation_glossed_by_as_many_items_keeps_its_number(text: str,
                                                                         term: str) -> None:
    assert _one(Kind.CLARIFIED, text).term == term


def test_one_thing_glossed_is_no_numbered_list() -> None:
    assert not [c for c in _harvest("Each county keeps one clinic (hospital) open at night.")
                if c.term.startswith("one ")]


def test_a_chinese_unit_defined_in_its_gloss_is_a_unit_with_its_factor() -> None:
    c = _one(Kind.UNIT, "Tea pickers sold a few liang (one liang is 50 grams) of buds a day.")
    assert c.term == "liang"
    assert c.gloss is not None and c.gloss.target_unit == "grams"
    assert c.gloss.factor == 50
    assert not _of_kind(Kind.UNIT, "Pickers earned a bonus (one bonus is 50 yuan) a day.")
    half = _one(Kind.UNIT, "The old road ran 3,000 li (a li is half a kilometer) west.")
    assert half.term == "li" and half.gloss is not None and half.gloss.factor == 0.5


def test_clarification_of_a_common_word_scores_lower() -> None:
    rare = _one(Kind.CLARIFIED, "There are 1,200 bingtuan (corps farms) here.")
    common = _one(Kind.CLARIFIED, "There are 9,829 villages (state farms) here.")
    assert common.score < rare.score


@pytest.mark.parametrize("text", [
    "During the 14th Five-Year Plan period (2021-2025), Gansu built 20 airports.",
    "URUMQI, July 5 (Xinhua) -- The region reported growth.",
    "Exports rose sharply (Table 2) in the first quarter.",
    "Grain output was 12.3 million tonnes (up 2.1 percent).",
    "Yields reached 500 kilograms per mu (about 7.5 tonnes per hectare).",
    "The figure (12) was revised.",
    "We held talks (   ) yesterday.",
    "(Opening remarks) Good morning.",
])
def test_parentheses_that_are_not_glosses(text: str) -> None:
    assert _harvest(text) == []


# --- plumbing -------------------------------------------------------------------------

def test_find_parens_is_balanced_and_top_level() -> None:
    text = "A (b (c) d) e (f) (unclosed"
    assert [text[p.start:p.end] for p in find_parens(text)] == ["b (c) d", "f"]


@pytest.mark.parametrize("role", [Role.HEADING, Role.CAPTION, Role.CREDIT])
def test_non_content_segments_are_ignored(role: Role) -> None:
    text = "The National Development and Reform Commission (NDRC) and 3,000 mu (200 hectares)."
    assert _harvest(text, role=role) == []


def test_speaker_list_posts_gloss_acronyms() -> None:
    text = "Mr. Gao Ming, director of the Ministry of Water Resources (MWR)"
    found = {c.term: c for c in _harvest(text, role=Role.SPEAKER_LIST)}
    assert found["Ministry of Water Resources"].related == "MWR"
    assert found["MWR"].kind is Kind.ACRONYM


def test_occurrence_sentence_is_the_sentence_around_the_gloss() -> None:
    text = ("Growth was steady. The Xinjiang Production and Construction Corps (XPCC) "
            "expanded. Exports rose.")
    for c in _harvest(text):
        assert c.occurrence.sentence == (
            "The Xinjiang Production and Construction Corps (XPCC) expanded.")
        assert c.occurrence.line == 1 and c.occurrence.speaker == "X"


@given(st.lists(st.sampled_from(["(", ")", " ", "-", ",", '"', "“", "”", "about", "1,000",
                                 "mu", "yuan", "$5", "billion", "SMEs", "NDRC", "National",
                                 "Development", "Rhinopithecus", "roxellana", "This means",
                                 "the", "and", "small", "medium-sized", "enterprises", "."]),
                max_size=30).map(" ".join))
def test_harvest_on_genre_tokens_never_raises_and_spans_stay_in_sentence(text: str) -> None:
    _check_candidates(text)


@given(st.text(max_size=120))
def test_harvest_on_arbitrary_text_never_raises_and_spans_stay_in_sentence(text: str) -> None:
    _check_candidates(text)


def _check_candidates(text: str) -> None:
    for c in _harvest(text):
        occ = c.occurrence
        assert 0 <= occ.start < occ.end <= len(occ.sentence)
        assert occ.sentence in text
        assert 0.0 <= c.score <= 1.0


def test_participle_after_an_auxiliary_is_not_part_of_the_common_name() -> None:
    seg = Segment(text="We have protected golden snub-nosed monkeys (Rhinopithecus roxellana) "
                       "for decades.", line=1, role=Role.SPEECH)
    assert [c.term for c in harvest([seg]) if c.kind is Kind.SCIENTIFIC] == [
        "golden snub-nosed monkeys"]


def test_an_expansion_is_found_at_the_end_of_a_very_long_line() -> None:
    # A one-line document: the words before the bracket follow thousands of others.
    # Only a tail is searched now; the span must be the same as on a short text.
    head = "The county opened new cold-chain warehouses for local growers last spring. " * 400
    short = "officials from the National Development and Reform Commission"
    found_short = expansion(short, "NDRC")
    found_long = expansion(head + short, "NDRC")
    assert found_short is not None and found_long is not None
    assert found_long == (found_short[0] + len(head), found_short[1] + len(head))
    # A word run too long for the tail still finds nothing wrong: no expansion here.
    assert expansion(head + "x" * 5000, "NDRC") is None


def test_units_and_reversed_acronyms_at_the_end_of_a_very_long_line() -> None:
    para = ("Farmers in the county planted 3 million mu (about 200,000 hectares) of soybeans, "
            "and the NDRC (National Development and Reform Commission) approved the plan. ")
    one_line = _harvest(para * 300)
    kinds = {(c.kind, c.term) for c in one_line}
    assert (Kind.UNIT, "mu") in kinds
    assert (Kind.EXPANSION, "National Development and Reform Commission") in kinds


def _expansion_as_before(before: str, acro: str) -> tuple[int, int] | None:
    """glossed.expansion as it was written before the search became _spelled: every word
    of the text scanned, the search a recursive closure cached with functools.cache."""
    import re
    from functools import cache

    from termsmith.harvest.glossed import _CONNECTORS
    from termsmith.harvest.lexicon import FUNCTION_WORDS

    letters = [c.lower() for c in acro if c.isalpha()]
    if acro.endswith("s") and acro[:-1].isupper():
        letters = letters[:-1]
    keep = len(letters) * 3 + 2
    parts = [(m.start(), m.end(), m.start() > 0 and before[m.start() - 1] == "-")
             for m in re.finditer(r"[^\s\-–,;:()\"“”]+", before)]
    cut = max(before.rfind(ch) for ch in ",;:(\"“”")
    # (and since the UNESCO rule, a comma inside a name's title-case list of fields is no
    # cut: "United Nations Educational, Scientific and Cultural Organization")
    while (cut > 0 and re.match(r"[a-z], [A-Z]", before[cut - 1:])
           and re.search(r"(?<![^\s(])[A-Z][a-z]+\Z", before[:cut])):
        cut = max(before.rfind(ch, 0, cut) for ch in ",;:(\"“”")
    parts = [pt for pt in parts if pt[0] > cut][-keep:]
    if not parts or (before[parts[-1][0]][0].lower() != letters[-1] if letters else True):
        return None

    @cache
    def match(li: int, pi: int) -> int | None:
        if li < 0:
            return pi + 1
        if pi < 0:
            return None
        s, e, joined = parts[pi]
        word = before[s:e]
        if word[0].lower() == letters[li]:
            got = match(li - 1, pi - 1)
            if got is not None:
                return got
        if word.lower() in _CONNECTORS or joined or word[0].isdigit():
            return match(li, pi - 1)
        return None

    first = match(len(letters) - 1, len(parts) - 1)
    if first is None:
        return None
    start = parts[first][0]
    while parts[first][2] and first > 0 and before[parts[first - 1][0]].islower():
        first -= 1
        start = parts[first][0]
    if before[start:].split()[0].lower() in FUNCTION_WORDS:
        return None
    # (and since 6ad9e27, the capitalised word before it that shares its first initial:
    # "National Natural Science Foundation of China (NSFC)")
    prev = re.search(r"(?<![\w'’-])([A-Z])[a-z]+ \Z", before[max(0, start - 40):start])
    if (prev is not None and before[start:start + 1].isupper()
            and prev.group(1) == before[start] and prev.group(1).lower() == letters[0]):
        start = max(0, start - 40) + prev.start()
    return start, parts[-1][1]


@given(st.lists(st.sampled_from(
    ["state", "State", "owned", "small", "and", "medium", "sized", "enterprises", "of", "the",
     "Belt", "Road", "Initiative", "Shanghai", "China", "Cooperation", "Organization", "2",
     "for", "-", " ", " ", ", ", "; ", "(", "“", "—", "Bank", "bank"]), max_size=25).map("".join),
       st.sampled_from(["SME", "SMEs", "BRI", "SCO", "CBB", "SOE", "B2", "S", "ABC", "BoC"]))
def test_expansion_is_what_it_was(before: str, acro: str) -> None:
    assert expansion(before, acro) == _expansion_as_before(before, acro)


def test_a_chinese_measure_after_a_number_is_a_unit_even_unglossed() -> None:
    found = _harvest("Farmers in the county plant rice on 300,000 mu of paddy fields.",
                     "Each household sold 2,000 jin of tea, and Li Wei said the road of 30 "
                     "li is now paved.",
                     "The county invested 80 million yuan, and Mr. Li thanked the Chi family.",
                     "The reclaimed land covers 1.2 million mu (about 80,000 hectares).")
    units = [(c.term, c.kind, c.score, c.gloss is None) for c in found if c.kind is Kind.UNIT]
    assert ("mu", Kind.UNIT, 0.6, True) in units
    assert ("jin", Kind.UNIT, 0.6, True) in units and ("li", Kind.UNIT, 0.6, True) in units
    assert not [u for u in units if u[0] in ("yuan", "Li", "Chi")]
    # The glossed one is found as a conversion only, not again as an unglossed unit.
    glossed = [c for c in found if c.kind is Kind.UNIT and c.occurrence.line == 4]
    assert [(c.term, c.score, c.gloss is not None) for c in glossed] == [("mu", 0.9, True)]


def test_a_long_lowercase_gloss_that_defines_the_phrase_before_it_explains_it() -> None:
    text = ("Police broke up the online rumor mills (teams hired to invent and spread "
            "false stories for clicks), and the county kept its plan (building homes for "
            "every relocated family in the hills) on schedule.")
    explained = _of_kind(Kind.EXPLAINED, text)
    assert [c.term for c in explained] == ["online rumor mills"]
    assert explained[0].gloss is not None
    assert explained[0].gloss.text.startswith("teams hired")


def test_a_gloss_that_opens_with_the_term_s_own_kind_defines_it() -> None:
    text = ("Herders now hold a pasture contract certificate (a certificate that fixes how many "
            "sheep each family may keep), the town still makes Kaili batik (a fine batik dyed "
            "with local indigo and beeswax), and the fair (a fair for herders, traders and "
            "tourists) moved.")
    explained = {c.term: c for c in _of_kind(Kind.EXPLAINED, text)}
    assert set(explained) == {"pasture contract certificate", "Kaili batik"}
    g = explained["pasture contract certificate"].gloss
    assert g is not None and g.text.startswith("a certificate that fixes")


def test_a_glossed_phrase_after_an_article_keeps_its_ing_modifier() -> None:
    found = _of_kind(Kind.EXPLAINED, "Herders now hold a grazing quota certificate (a "
                     "certificate that fixes how many sheep each family may keep).")
    assert [c.term for c in found] == ["grazing quota certificate"]


def test_a_gloss_that_opens_with_the_bare_head_defines_the_phrase_not_its_clause() -> None:
    found = _of_kind(Kind.EXPLAINED, "Coastal wetlands hold blue carbon (carbon captured and "
                     "stored by mangroves, seagrass beds and salt marshes), and farms buy green "
                     "power (power from wind and solar plants) at a discount.")
    assert sorted(c.term for c in found) == ["blue carbon", "green power"]


def test_a_measure_hyphened_to_its_noun_glossed_by_its_size_is_a_unit() -> None:
    found = _of_kind(Kind.UNIT, "Each village turned a 4,500-mu (about 300-hectare) tea "
                                "garden into a park.")
    assert [c.term for c in found] == ["mu"]
    g = found[0].gloss
    assert g is not None and g.quantity == 4500 and g.target_quantity == 300
    assert g.target_unit == "hectare"


def test_a_count_of_visits_in_person_times_is_a_unit_of_the_genre() -> None:
    found = _of_kind(Kind.UNIT, "Scenic spots in Hunan received 41.6 million person-times "
                                "over the holiday, and each person-time spent 580 yuan.")
    assert [c.term for c in found] == ["person-times"]
    # a count explained in brackets is still one (no conversion takes the bracket)
    found = _of_kind(Kind.UNIT, "Relief was given 2.3 million person-times (each time a "
                                "family is helped counts once) in the first half.")
    assert [c.term for c in found] == ["person-times"]


def test_the_full_time_equivalent_of_r_and_d_statistics_is_a_unit_of_the_genre() -> None:
    found = _of_kind(Kind.UNIT, "Full-time R&D staff reached 7.2 million person-years (a "
                                "measure of the working time devoted to R&D) last year.")
    assert [c.term for c in found] == ["person-years"]


@pytest.mark.parametrize(("text", "term", "gloss_opens"), [
    # all its members, and a gloss of "between" phrases that lists none
    ("Clinics visit priority groups (older farmers, herders on summer pastures, children "
     "under 6 and people with chronic illnesses), and the plan closes wide gaps (between "
     "towns, between regions and in income).", "priority groups", "older farmers"),
    # examples of its members, and a gloss of fewer than three that lists none
    ("Prosecutors promote ecological compensation measures (such as restocking rivers, "
     "replanting slopes and cleaning up riverbanks), and towns repaired old stone bridges "
     "(including two built under the Qing).", "ecological compensation measures",
     "such as restocking"),
    # members named by an adjective after "the", and a gloss of "the" and nouns
    ("Key passengers (the elderly, the sick, the disabled and pregnant women) book help "
     "ahead, and the line links busy hubs (the port, the airport and the old city).",
     "Key passengers", "the elderly"),
])
def test_a_class_glossed_by_a_list_of_its_members_is_a_term(text: str, term: str,
                                                             gloss_opens: str) -> None:
    found = _of_kind(Kind.CLARIFIED, text)
    assert [c.term for c in found] == [term]
    g = found[0].gloss
    assert g is not None and g.text.startswith(gloss_opens)


def test_a_distance_in_nautical_miles_glossed_by_its_size_is_a_unit() -> None:
    found = _of_kind(Kind.UNIT, "Wind farms must stand 10 nautical miles (about 18.5 "
                                "kilometers) off the shore.")
    assert [c.term for c in found] == ["nautical miles"]
    g = found[0].gloss
    assert g is not None and g.quantity == 10 and g.target_quantity == 18.5


def test_a_range_glossed_by_a_range_is_a_unit_with_its_upper_bounds() -> None:
    found = _of_kind(Kind.UNIT, "The survey ship breaks ice while moving at 2 to 3 knots "
                                "(about 3.7 to 5.6 kilometers per hour), and each household "
                                "tends 10-15 mu (about 0.67-1 hectare) of tea gardens.")
    got = {c.term: c.gloss for c in found}
    assert set(got) == {"knots", "mu"}
    knots, mu = got["knots"], got["mu"]
    assert knots is not None and knots.quantity == 3 and knots.target_quantity == 5.6
    assert knots.target_unit == "kilometers per hour"
    assert mu is not None and mu.quantity == 15 and mu.target_quantity == 1


def test_a_gloss_giving_a_genus_and_a_relative_clause_defines_the_term() -> None:
    found = _harvest("Every alert network has a blind zone (the area near the epicenter where "
                     "no warning arrives in time), and the county set up a guidance fund "
                     "(a pool of public money that draws in private capital).")
    explained = {c.term for c in found if c.kind is Kind.EXPLAINED}
    assert explained == {"blind zone", "guidance fund"}
    # a gloss that only points back at something is no definition
    found = _harvest("Visitors prefer the two old towns (the ones that kept their walls) "
                     "to the rest.")
    assert not [c for c in found if c.kind is Kind.EXPLAINED]


def test_a_definition_by_one_and_a_relative_clause_may_hold_figures() -> None:
    found = _harvest("The province has become a deeply aging society (one in which people "
                     "aged 65 and above make up more than 14 percent of the population), and "
                     "the Lingqu Canal (a waterway that has carried boats for 2,200 years) "
                     "still runs.")
    explained = {c.term for c in found if c.kind is Kind.EXPLAINED}
    assert {"deeply aging society", "Lingqu Canal"} <= explained
    # a figure alone is still no definition
    assert not [c for c in _harvest("Yields rose on the farm (about 7.5 tonnes per hectare).")
                if c.kind is Kind.EXPLAINED]


def test_a_relative_clause_on_the_term_after_a_preposition_defines_it() -> None:
    found = _harvest("Courts may set a supervision period (up to two years, during which the "
                     "debtor reports all spending) and the county runs a pond chief system "
                     "(under which village heads answer for each pond's water).")
    explained = {c.term for c in found if c.kind is Kind.EXPLAINED}
    assert {"supervision period", "pond chief system"} <= explained
    # a phrase after a scare-quoted modifier is the quoted harvester's whole phrase
    found = _harvest('We run the "two-list" review mechanism (in which permits and bans '
                     'are published side by side) in every district.')
    assert "review mechanism" not in {c.term for c in found}


def test_an_ing_form_after_an_adverb_before_more_than_a_noun_is_a_verb() -> None:
    found = _harvest("Auditors found officials improperly receiving minimum living allowances "
                     "(dibao) in two counties.")
    assert "improperly receiving minimum living allowances" not in {c.term for c in found}


def test_a_comparison_s_adjective_is_not_part_of_the_glossed_term() -> None:
    found = _of_kind(Kind.CLARIFIED, "The alarm sounds before the more destructive S-wave "
                     "(the secondary, shear wave) arrives, and herders brew the less common "
                     "yak butter tea (a salty drink).")
    assert {c.term for c in found} == {"S-wave", "yak butter tea"}


def test_taiwan_s_unit_of_floor_area_is_a_unit() -> None:
    g = _one(Kind.UNIT, "Young entrepreneurs from Taiwan get rent-free offices of up to "
                        "30 ping (about 100 square meters) in Xiamen.").gloss
    assert g is not None and g.unit == "ping" and g.factor == pytest.approx(3.33, abs=0.01)


def test_a_rate_s_step_glossed_by_another_is_a_unit() -> None:
    g = _one(Kind.UNIT, "The central bank lowered the reserve requirement ratio by 50 basis "
                        "points (0.5 percentage points) in May.").gloss
    assert g is not None and g.unit == "basis points"
    assert g.target_unit == "percentage points" and g.factor == pytest.approx(0.01)


def test_a_word_its_gloss_defines_as_a_measure_is_a_unit() -> None:
    c = _one(Kind.UNIT, "Evening classes count towards credits (one credit equals 16 to 18 "
                        "class hours) in the national credit bank.")
    assert c.term == "credits" and c.gloss is not None
    assert c.gloss.target_unit == "class hours" and c.gloss.target_quantity == 18
    # a definition of another word than the one before the bracket defines nothing here
    assert not _of_kind(Kind.UNIT, "Students sit exams (one credit equals 16 class hours).")


def test_a_unit_of_two_words_or_a_measure_of_a_rate_defined_in_its_gloss_is_a_unit() -> None:
    c = _one(Kind.UNIT, "The lander rests through long lunar nights (one lunar night lasts about "
                        "14 Earth days) before it wakes.")
    assert c.term == "lunar nights" and c.gloss is not None
    assert c.gloss.target_unit == "Earth days" and c.gloss.target_quantity == 14
    c = _one(Kind.UNIT, "Shaking reached 250 gal (1 gal equals 1 centimeter per second squared) "
                        "in the town.")
    assert c.term == "gal" and c.gloss is not None
    assert c.gloss.target_unit == "centimeter per second squared"
    # the first word of a two-word unit must be said before the bracket as well
    assert not _of_kind(Kind.UNIT, "The rover slept for 14 nights (one lunar night lasts about "
                                   "14 Earth days).")


def test_a_range_gloss_of_one_figure_is_no_unit_conversion() -> None:
    # the bracket's range cannot be a conversion of the one figure before it
    assert not _of_kind(Kind.UNIT, "The ferry keeps to 3 knots (about 3.7 to 5.6 kilometers "
                                   "per hour) in the harbor.")


def test_a_gloss_led_by_an_adjective_of_a_people_or_place_glosses_the_word_before() -> None:
    found = _of_kind(Kind.CLARIFIED, "The rover drove for 90 sols (Martian days), herders "
                     "serve airag (Mongolian fermented mare's milk), and the team visited "
                     "the institute (Tsinghua University) twice.")
    assert {(c.term, c.gloss.text if c.gloss else "") for c in found} == {
        ("sols", "Martian days"), ("airag", "Mongolian fermented mare's milk")}


def test_a_gloss_after_a_quoted_name_and_its_head_explains_the_name() -> None:
    found = _harvest('The county heats 30,000 homes through the "Wenre No. 2" project '
                     '(meaning "warm geothermal heat"), and the scheme grows.')
    explained = [c for c in found if c.kind is Kind.EXPLAINED]
    assert [c.term for c in explained] == ["Wenre No. 2"]
    assert not [c for c in found if c.term == "project"]


def test_one_chinese_unit_glossed_by_its_size_is_a_unit_conversion() -> None:
    found = _of_kind(Kind.UNIT, "Output per mu (about 667 square meters) of industrial land "
                                "tripled, and each household (about four people) got aid.")
    assert [c.term for c in found] == ["mu"]
    g = found[0].gloss
    assert g is not None and g.quantity == 1.0 and g.target_quantity == 667
    assert g.target_unit == "square meters" and g.approximate


def test_one_chinese_unit_squared_glossed_by_its_size_keeps_its_power() -> None:
    found = _of_kind(Kind.UNIT, "Paintings sell by the square chi, and prices per square chi "
                                "(about 0.11 square meters) doubled this year.")
    assert [c.term for c in found] == ["square chi"]
    g = found[0].gloss
    assert g is not None and g.quantity == 1.0 and g.target_unit == "square meters"


def test_an_acronym_led_by_a_lowercase_prefix_is_paired_with_its_expansion() -> None:
    found = _harvest("The first electric vertical take-off and landing (eVTOL) aircraft flew "
                     "in Hefei, vaccines based on messenger RNA (mRNA) were approved, and the "
                     "new tablet (iPad) sold well.")
    pairs = {(c.term, c.related) for c in found if c.kind is Kind.ACRONYM}
    assert pairs == {("eVTOL", "electric vertical take-off and landing"),
                     ("mRNA", "messenger RNA")}


def test_a_reading_on_a_scale_glossed_by_its_measure_is_a_term() -> None:
    found = _harvest("Typhoon Haikui hit the coast with winds of force 16 (over 51 meters per "
                     "second), an earthquake of magnitude 6.2 (on the Richter scale) shook the "
                     "county, and rain reached level 3 (about 50 millimeters).")
    readings = [(c.term, c.kind, c.gloss.text if c.gloss else "") for c in found
                if "force" in c.term or "level" in c.term or "magnitude" in c.term]
    assert readings == [("force 16", Kind.CLARIFIED, "over 51 meters per second")]


@pytest.mark.parametrize(("text", "term"), [
    ("Data annotation (the labeling of images, speech and text so that models can learn "
     "from them) employs many young people.", "Data annotation"),
    ("We support soil remediation (the removal of heavy metals, oil and other pollutants "
     "from farmland) in mining areas.", "soil remediation"),
])
def test_a_process_glossed_by_the_process_it_is_and_what_it_acts_on_is_defined(
        text: str, term: str) -> None:
    assert _one(Kind.EXPLAINED, text).term == term


def test_a_gloss_opening_with_the_of_is_no_definition_of_a_thing() -> None:
    # "the capital of": no process glossed by a process
    assert not _of_kind(Kind.EXPLAINED, "Visitors flocked to Harbin Ice City (the capital "
                        "of Heilongjiang, famous for its winter festival) in January.")


def test_a_number_of_kinds_glossed_by_as_many_members_keeps_its_number() -> None:
    c = _one(Kind.CLARIFIED, "Legal aid now covers three categories of applicants (migrant "
             "workers, veterans and people with disabilities) in every county.")
    assert c.term == "three categories of applicants"


@pytest.mark.parametrize(("text", "symbol", "name"), [
    ("The new line has a design speed of 380 kilometers per hour (km/h).",
     "km/h", "kilometers per hour"),
    ("Cells above 320 Wh/kg (watt-hours per kilogram) go into mass production this year.",
     "Wh/kg", "watt-hours per kilogram"),
    ("Each electrolyzer now makes 2,500 Nm3/h (normal cubic meters per hour) of hydrogen.",
     "Nm3/h", "normal cubic meters per hour"),
    ("The sluice passes up to 4,000 m3/s (cubic meters per second) in the flood season.",
     "m3/s", "cubic meters per second"),
    ("Installed capacity of offshore wind reached 41 GW (gigawatts) by June.",
     "GW", "gigawatts"),
    ("Offshore wind capacity reached 41 gigawatts (GW) by June.", "GW", "gigawatts"),
    ("Data centers in the hub store 12 ZB (zettabytes) of data.", "ZB", "zettabytes"),
    # a micro sign and a superscript power
    ("PM2.5 fell to 31.2 micrograms per cubic meter (μg/m³) in cities of the basin.",
     "μg/m³", "micrograms per cubic meter"),
    # a middle dot between two units, and a rate's symbol of one part
    ("Joints reach a torque density of 95 N·m/kg (newton meters per kilogram).",
     "N·m/kg", "newton meters per kilogram"),
    ("Live sports are shot at up to 120 frames per second (fps) in 8K.",
     "fps", "frames per second"),
    ("The plant sent 9.6 billion kWh (kilowatt-hours) to the grid in the first half.",
     "kWh", "kilowatt-hours"),
])
def test_a_unit_symbol_and_its_name_gloss_each_other(text: str, symbol: str,
                                                     name: str) -> None:
    found = _harvest(text)
    sym = [c for c in found if c.term == symbol]
    spelled = [c for c in found if c.term == name]
    assert len(sym) == 1 and len(spelled) == 1, [(c.term, c.kind) for c in found]
    assert sym[0].gloss is not None and sym[0].gloss.text == name and sym[0].related == name
    assert spelled[0].related == symbol
    assert sym[0].score >= 0.8 and spelled[0].score >= 0.8
    # nothing else is read from the bracket: no "h" or "kg" cut from the symbol
    assert {c.term for c in found} == {symbol, name}


@pytest.mark.parametrize("text", [
    "Farmers sold 6 million tonnes of grain (t) to state reserves.",
    "The county built 12 new schools (NS-12) last year.",
    "About 300 villages (state farms) joined the program.",
])
def test_a_bracket_that_does_not_spell_the_unit_before_it_is_no_unit_symbol(
        text: str) -> None:
    assert not [c for c in _harvest(text) if c.evidence.startswith("unit symbol")]


def test_an_acronym_spelled_before_a_figure_keeps_its_own_reading() -> None:
    for text, how in (("Port throughput reached 12 million twenty-foot equivalent units "
                       "(TEUs) last year.", "acronym of"),
                      ("Port throughput reached 12 million TEUs (twenty-foot equivalent "
                       "units) last year.", "acronym glossed as")):
        acro = [c for c in _harvest(text) if c.term == "TEUs"]
        assert len(acro) == 1 and acro[0].evidence.startswith(how)
        assert acro[0].score >= 0.9


def test_an_acronym_opening_with_a_number_takes_the_number_into_its_expansion() -> None:
    found = _harvest("The specifications were frozen by the 3rd Generation Partnership "
                     "Project (3GPP) last year.")
    exp = [c for c in found if c.related == "3GPP"]
    assert [c.term for c in exp] == ["3rd Generation Partnership Project"]


@pytest.mark.parametrize(("text", "scale", "target"), [
    ("At the ice festival the air can fall to minus 30 degrees Celsius (minus 22 degrees "
     "Fahrenheit) at night.", "degrees Celsius", "degrees Fahrenheit"),
    ("Heat warnings were issued where highs passed 40°C (104°F) for a week.", "°C", "°F"),
    ("The greenhouses keep a steady 18 degrees Celsius (about 64 degrees Fahrenheit) in "
     "winter.", "degrees Celsius", "degrees Fahrenheit"),
    ("Visitors from abroad were told to expect 95 degrees Fahrenheit (35 degrees Celsius) "
     "in Turpan.", "degrees Fahrenheit", "degrees Celsius"),
])
def test_a_temperature_glossed_on_the_other_scale_is_a_unit(text: str, scale: str,
                                                            target: str) -> None:
    c = _one(Kind.UNIT, text)
    assert c.term == scale and c.related == target
    assert c.gloss is not None and c.gloss.type is GlossType.UNIT
    # the scales are affine: no factor "per degree" is stored for a note to print
    assert c.gloss.factor is None and c.gloss.conversion is None


@pytest.mark.parametrize("text", [
    "Highs passed 40 degrees Celsius (50 degrees Fahrenheit) in the basin.",    # no conversion
    "The lake froze at minus 5 degrees Celsius (minus 4 degrees Celsius the year before).",
])
def test_a_bracket_that_is_no_conversion_of_a_temperature_is_no_unit(text: str) -> None:
    assert not _of_kind(Kind.UNIT, text)


def test_a_service_s_short_number_glossed_by_what_it_is_is_a_term() -> None:
    found = _harvest("Anyone who sees smoke in the hills should call 12119 (the national "
                     "hotline for reporting forest and grassland fires) at once.",
                     "Tourists may also dial 12301 (the tourism service line) for help.")
    by_term = {c.term: c for c in found if c.kind is Kind.CLARIFIED}
    assert {"12119", "12301"} <= set(by_term)
    assert by_term["12119"].gloss is not None
    assert by_term["12119"].gloss.text.startswith("the national hotline")


@pytest.mark.parametrize("text", [
    "Grain output rose in 2024 (the second year of the plan) across the province.",
    "The county opened 300 (three hundred) new bus lines last year.",
    "Sales reached 12,345 (a record) at the hotline's booth.",
])
def test_a_year_or_a_count_before_a_bracket_is_no_service_number(text: str) -> None:
    assert not [c for c in _harvest(text) if c.evidence.startswith("a service's number")]


def test_a_jeweller_s_or_a_grain_trader_s_unit_glossed_by_its_size_is_a_unit() -> None:
    found = _of_kind(Kind.UNIT, "Licences are needed for synthetic diamonds above 2 carats "
                                "(0.4 grams) and for 500 bushels (about 13.6 tonnes) of soybeans.")
    assert {c.term for c in found} == {"carats", "bushels"}


def test_one_chinese_unit_said_with_every_glossed_by_its_size_is_a_unit() -> None:
    c = _one(Kind.UNIT, "Every mu (about 667 square meters) of tea garden now earns "
                        "growers 12,000 yuan a year.")
    assert c.term == "mu" and c.gloss is not None
    assert c.gloss.factor is not None and abs(c.gloss.factor - 667) < 1


def test_a_definition_naming_examples_of_its_sectors_still_defines_the_term() -> None:
    found = _harvest("Operators of critical information infrastructure (networks and "
                     "information systems in sectors such as energy, finance and transport) "
                     "must store data at home.")
    explained = [c for c in found if c.kind is Kind.EXPLAINED]
    assert [c.term for c in explained] == ["critical information infrastructure"]
    # a gloss that is itself a list of three defines nothing
    found = _harvest("The city backs key industries (energy, finance, logistics and "
                     "tourism) with tax breaks.")
    assert not [c for c in found if c.kind is Kind.EXPLAINED]


def test_a_lowercase_abbreviation_of_slashed_compounds_pairs_with_them() -> None:
    found = _harvest("Ferries on the strait are now roll-on/roll-off (ro-ro) passenger "
                     "ships, and the port bought new lift-on/lift-off (lo-lo) cranes, while "
                     "towns kept their all-in/all-out (ro-ro) rule.")
    pairs = {(c.kind, c.term) for c in found if c.kind in (Kind.ACRONYM, Kind.EXPANSION)}
    assert {(Kind.EXPANSION, "roll-on/roll-off"), (Kind.ACRONYM, "ro-ro"),
            (Kind.EXPANSION, "lift-on/lift-off"), (Kind.ACRONYM, "lo-lo")} <= pairs
    assert (Kind.EXPANSION, "all-in/all-out") not in pairs
    # and the other way round: the abbreviation first, the compounds in the bracket
    found = _harvest("Weihai runs four ro-ro (roll-on/roll-off) routes to Incheon, and its "
                     "co-op (check-in/check-out) desks opened.")
    pairs = {(c.kind, c.term) for c in found if c.kind in (Kind.ACRONYM, Kind.EXPANSION)}
    assert pairs == {(Kind.EXPANSION, "roll-on/roll-off"), (Kind.ACRONYM, "ro-ro")}


def test_a_counting_word_glossed_by_the_plural_it_counts_and_what_it_is() -> None:
    found = _of_kind(Kind.CLARIFIED, "By 2023 the archives held 1.15 billion juan (volumes, "
                     "the traditional filing unit for paper records), and officials met "
                     "leaders (chairs, the heads of the village committees) in spring.")
    assert [c.term for c in found] == ["juan"]
    g = found[0].gloss
    assert g is not None and g.text.startswith("volumes,")


@pytest.mark.parametrize(("text", "acro", "exp"), [
    ("Beyond basic positioning, navigation and timing (PNT), the system sends messages.",
     "PNT", "positioning, navigation and timing"),
    ("Patrols fight illegal, unreported and unregulated (IUU) fishing on the high seas.",
     "IUU", "illegal, unreported and unregulated"),
    ("Zhuhai hosts meetings, incentives, conferences and exhibitions (MICE) all year.",
     "MICE", "meetings, incentives, conferences and exhibitions"),
])
def test_an_acronym_spelled_by_a_lowercase_list_pairs_with_the_whole_list(
        text: str, acro: str, exp: str) -> None:
    c = _one(Kind.ACRONYM, text)
    assert c.term == acro and c.related == exp


def test_a_list_before_an_acronym_spelled_by_its_last_items_only_gives_those() -> None:
    assert expansion("in sales, research and development", "RD") == (10, 34)


def test_a_numbered_formulation_glossed_by_items_parted_by_semicolons() -> None:
    found = _of_kind(Kind.CLARIFIED, "The corridor has three main routes (from Chongqing via "
                     "Guiyang and Nanning to the Beibu Gulf; from Chongqing via Huaihua and "
                     "Liuzhou to the Beibu Gulf; and from Chengdu via Luzhou and Baise to the "
                     "Beibu Gulf) and two "
                     "new ports (one in Qinzhou; one in Beihai; one in Fangchenggang).")
    assert [c.term for c in found] == ["three main routes"]


def test_an_activity_english_has_no_verb_of_defined_by_gerunds_is_glossed() -> None:
    found = _of_kind(Kind.EXPLAINED, "The worst offence is electrofishing (stunning or "
                     "killing fish with electric currents), which wipes out whole shoals.")
    assert [c.term for c in found] == ["electrofishing"]
    # a preposition in -ing introduces no definition
    assert not _of_kind(Kind.EXPLAINED, "Villages expand rice farming (including rice-fish "
                        "farming) on the plain.")


def test_a_unit_s_lowercase_abbreviation_pairs_with_the_unit_s_words() -> None:
    found = _harvest("Energy use reached 5.7 billion tons of standard coal equivalent (tce) "
                     "last year, and intensity fell to 0.45 tonnes of coal equivalent (tce).")
    pairs = {(c.term, c.related) for c in found if c.kind is Kind.ACRONYM}
    assert pairs == {("tce", "tons of standard coal equivalent"),
                     ("tce", "tonnes of coal equivalent")}
    # letters that do not spell the words' initials pair with nothing
    assert not [c for c in _harvest("The county sold 5 tons of rice (tce) to Hunan.")
                if c.kind is Kind.ACRONYM]
    # nor does an abbreviation longer than the unit's words
    assert not [c for c in _harvest("The county sold 5 tons (tt) to Hunan.")
                if c.kind is Kind.ACRONYM]



def test_a_unit_s_abbreviation_may_spell_the_scale_of_its_figure_first() -> None:
    found = _harvest("The pipeline carries 22 billion cubic meters (bcm) a year, and the plant "
                     "makes 6.6 million tons per annum (mtpa) of LNG.")
    pairs = {(c.term, c.related) for c in found if c.kind is Kind.ACRONYM}
    assert pairs == {("bcm", "billion cubic meters"), ("mtpa", "million tons per annum")}


def test_a_chinese_unit_named_alone_before_its_size_is_one_of_it() -> None:
    c = _one(Kind.UNIT, "Old prescriptions give doses in units such as qian (about 3 grams) "
                        "and liang.")
    g = c.gloss
    assert c.term == "qian" and g is not None and g.target_unit == "grams"
    assert g.factor == pytest.approx(3)


def test_a_word_of_no_english_its_gloss_calls_a_unit_of_something_is_a_unit() -> None:
    c = _one(Kind.UNIT, "Sailors measured voyages in geng (a traditional Chinese unit of "
                        "sailing distance) until the last century.")
    assert c.term == "geng" and c.related == "sailing distance"
    # an English word so glossed is a unit of an organisation, no measure
    assert not [x for x in _harvest("Each village (a basic unit of governance) elects a "
                                    "committee.") if x.kind is Kind.UNIT]


def test_a_word_its_gloss_defines_by_its_genus_is_a_term() -> None:
    found = _of_kind(Kind.EXPLAINED, "Herders in Hangjin Banner (a banner is a county-level "
                                     "administrative division in Inner Mongolia) planted sand "
                                     "willow on 50,000 hectares.")
    assert "banner" in [c.term for c in found]
    rover = _of_kind(Kind.UNIT, "The Zhurong rover worked on the Martian surface for 358 sols "
                                "(a sol is a Martian day, about 24 hours and 40 minutes).")
    assert [c.term for c in rover] == ["sols"]
    # the gloss defines a word said before another: no term of it
    said = _harvest("Ten teams reached the village (a team is a group of six) by noon.")
    assert "team" not in [c.term for c in said] and "teams" not in [c.term for c in said]


@pytest.mark.parametrize(("text", "term"), [
    ("Incomes rose. The Engel's coefficient (the share of food expenditure in total "
     "consumption expenditure) of rural residents fell to 32.4%.", "Engel's coefficient"),
    ("Villages moved out of the beach areas (the floodplain between the river channel and "
     "the embankments) of the lower Yellow River.", "beach areas"),
])
def test_a_gloss_giving_a_genus_and_what_it_is_of_defines_the_phrase(text: str,
                                                                     term: str) -> None:
    assert term in [c.term for c in _of_kind(Kind.EXPLAINED, text)]


def test_a_genus_and_where_it_is_defines_the_phrase_but_a_unit_s_size_does_not() -> None:
    text = ("In 2021 the subject became a first-level discipline (a top-tier category in "
            "China's academic discipline catalog), which lets universities train doctors.")
    assert "first-level discipline" in [c.term for c in _of_kind(Kind.EXPLAINED, text)]
    smelting = ("The county smelts magnesium by the Pidgeon process (a silicothermic reduction "
                "method using ferrosilicon as the reducing agent).")
    assert "Pidgeon process" in [c.term for c in _of_kind(Kind.EXPLAINED, smelting)]
    quake = _harvest("In some zones the design ground motion exceeds 400 Gal (a unit of "
                     "acceleration equal to one centimeter per second squared).")
    assert "400 Gal" not in [c.term for c in quake]


def test_a_practice_defined_by_gerunds_keeps_its_figures_and_drops_the_verb_before_it() -> None:
    text = ("In spring many areas also practice seasonal grazing rest (suspending grazing for "
            "45 to 60 days to protect new shoots).")
    assert [c.term for c in _of_kind(Kind.EXPLAINED, text)] == ["seasonal grazing rest"]


def test_a_word_of_no_english_alone_is_glossed_by_an_ethnic_group_s_noun_phrase() -> None:
    text = ("The scripts and rituals kept by the bimo (Yi priests and keepers of traditional "
            "knowledge) are being recorded.")
    assert [c.term for c in _of_kind(Kind.CLARIFIED, text)] == ["bimo"]
    # an English word before a long gloss is no loanword: no term of it
    assert not _harvest("The rituals kept by the elders (Yi priests and keepers of "
                        "traditional knowledge) are being recorded.")


def test_a_bare_genus_and_its_participle_define_a_term_though_the_gloss_holds_a_year() -> None:
    text = ("The ladder gives young people a clear picture, and many of my apprentices are "
            "post-00s (young people born after 2000).")
    assert "post-00s" in [c.term for c in _harvest(text)]
    # the owner's possessive before a name glossed so is no part of it
    listed = _harvest("China committed to opening nine sectors in the WTO's Services Sectoral "
                      "Classification List (the list known by its document number W/120).")
    assert "Services Sectoral Classification List" in [c.term for c in listed]
    assert not [c.term for c in listed if c.term.startswith("WTO")]


def test_a_place_s_possessive_before_a_glossed_phrase_is_no_part_of_it() -> None:
    terms = [c.term for c in _harvest(
        "Tongxiang's blue calico (a cotton cloth printed with paste-resist patterns and dyed "
        "with indigo) is a national intangible cultural heritage item.")]
    assert "blue calico" in terms
    assert not [t for t in terms if t.startswith("Tongxiang")]
    # one word after a possessive may be named after a person: it is kept whole
    terms = [c.term for c in _harvest(
        "Engel's coefficient (the share of food in household consumption spending) fell.")]
    assert "Engel's coefficient" in terms



def test_a_province_s_possessive_before_a_glossed_name_is_no_part_of_it() -> None:
    terms = [c.term for c in _harvest(
        "Jiangsu's Sumin Bao (literally \"Jiangsu people's treasure\") app serves 80 million "
        "users.")]
    assert "Sumin Bao" in terms
    assert not [t for t in terms if t.startswith("Jiangsu's")]


@pytest.mark.parametrize("text", [
    "Turnover reached 148.5 billion ton-kilometers (one ton of passengers or cargo carried one "
    "kilometer), making China first.",
    "Rail freight turnover exceeded 3.5 trillion ton-kilometers (a ton-kilometer means one ton "
    "of goods carried for one kilometer).",
])
def test_a_compound_unit_its_gloss_defines_after_a_figure_is_a_unit(text: str) -> None:
    assert [c.term for c in _of_kind(Kind.UNIT, text)] == ["ton-kilometers"]


def test_a_hyphened_word_of_no_units_is_no_compound_unit() -> None:
    assert not _of_kind(Kind.UNIT, "They built 300 low-carbon (a kind of green) buildings.")


def test_a_count_of_times_a_unit_is_served_glossed_by_how_it_is_counted_is_a_unit() -> None:
    text = ("Service organizations now cover over 2.1 billion mu-times (a plot of land is "
            "counted once for every service it receives), and they serve farmers.")
    assert [c.term for c in _of_kind(Kind.UNIT, text)] == ["mu-times"]
    assert not _of_kind(Kind.UNIT, "They hired 300 part-time (paid by the hour) workers.")


@pytest.mark.parametrize(("text", "term"), [
    ("Typhoon Yagi made landfall with winds of force 17 (more than 61 meters per second near "
     "the center), the strongest on record.", "force 17"),
    ("Gusts reached force 14 to 15 (41.5 to 50.9 meters per second) on the coast.",
     "force 14 to 15"),
])
def test_a_wind_force_glossed_by_its_speed_is_a_term(text: str, term: str) -> None:
    assert [c.term for c in _of_kind(Kind.CLARIFIED, text)] == [term]


def test_a_force_glossed_by_no_speed_is_no_wind_force() -> None:
    said = _harvest("Police sent a force 12 (twelve officers and their dogs) to the port.")
    assert "force 12" not in [c.term for c in said]


@pytest.mark.parametrize(("text", "term"), [
    ("Hulunbuir governs seven banners (county-level administrative units of the region).",
     "banners"),
    ("Xilingol League has 11 autonomous counties (banners, the county-level units of the "
     "league).", "banners"),
    ("Herders in the area live in 103 sumu (township-level units) across the steppe.", "sumu"),
])
def test_a_unit_of_the_administrative_system_glossed_by_its_level_is_a_term(
        text: str, term: str) -> None:
    assert term in [c.term for c in _of_kind(Kind.EXPLAINED, text)]


def test_a_level_s_gloss_saying_its_word_again_defines_no_unit() -> None:
    said = _harvest("Inner Mongolia has 12 cities (prefecture-level cities) and leagues.")
    assert "cities" not in [c.term for c in said if c.kind is Kind.EXPLAINED]


@pytest.mark.parametrize("text", [
    "The county's birth rate was 7.1 per mille (births per 1,000 residents) in 2024.",
    "Maternal deaths fell to 1.6 per myriad (deaths per 10,000 births) last year.",
])
def test_a_rate_per_thousand_glossed_by_what_it_counts_is_a_unit(text: str) -> None:
    units = [c.term for c in _of_kind(Kind.UNIT, text)]
    assert len(units) == 1 and units[0] in ("per mille", "per myriad")


def test_a_rate_glossed_by_no_count_is_no_unit() -> None:
    said = _harvest("The ratio stood at 3 per mille (a record low) in the county.")
    assert "per mille" not in [c.term for c in said]


def test_a_counting_word_glossed_by_a_people_s_plural_and_more_after_a_comma() -> None:
    text = ("The rover worked for 1,059 sols (Martian days, each some 40 minutes longer "
            "than an Earth day) before it slept.")
    assert [c.term for c in _of_kind(Kind.CLARIFIED, text)] == ["sols"]


@pytest.mark.parametrize(("text", "term"), [
    ("Regulators fined firms for gun-jumping (closing a merger before the authority has "
     "cleared it) twice last year.", "gun-jumping"),
    ("Satellites flag each hotspot (a patch of ground far hotter than its surroundings) "
     "within minutes.", "hotspot"),
    ("Mines must seal their tailings (the fine waste left after ore is crushed and processed) "
     "in lined ponds.", "tailings"),
    ("The research ship lowers sensors through its moon pool (an opening through the hull "
     "into the sea) in rough weather.", "moon pool"),
])
def test_a_word_in_a_special_sense_defined_at_length_is_a_term(text: str, term: str) -> None:
    assert term in [c.term for c in _of_kind(Kind.EXPLAINED, text)]


@pytest.mark.parametrize("text", [
    # an everyday word, a shell noun standing for a name, a verb after "to"
    "The pilot ran for a period (up to three years, during which spending is capped) in Hebei.",
    "We launched the plan (building new homes for the poor in every county) in 2020.",
    "Courts use persuasion to return (encouraging fugitives to come back of their own accord).",
])
def test_a_common_word_a_shell_or_an_infinitive_so_glossed_is_no_term(text: str) -> None:
    assert not [c for c in _of_kind(Kind.EXPLAINED, text) if " " not in c.term]


@pytest.mark.parametrize(("text", "term"), [
    ("Couriers have widely adopted e-receipts (electronic proof of delivery) this year.",
     "e-receipts"),
    ("Quanzhou, once called Zayton (the port of the Maritime Silk Road), grew rich.", "Zayton"),
])
def test_a_gloss_after_a_perfect_s_participle_or_a_name_given_glosses_the_word_after(
        text: str, term: str) -> None:
    glossed = [c.term for c in _harvest(text) if c.kind in (Kind.CLARIFIED, Kind.EXPLAINED)]
    assert glossed == [term]


@pytest.mark.parametrize(("text", "term"), [
    ("The reserve keeps 8,000 milu (Pere David's deer) on its coastal wetlands.", "milu"),
    ("The county restored 300 tulou (Hakka earthen roundhouses built for defence) last "
     "year.", "tulou"),
])
def test_a_word_of_no_english_alone_keeps_a_gloss_that_opens_with_a_name(
        text: str, term: str) -> None:
    assert term in [c.term for c in _harvest(text)]


def test_a_binomial_with_a_genus_medicine_says_and_a_strongly_latin_epithet() -> None:
    said = _harvest("Clinics see fewer infections caused by Mycoplasma pneumoniae this winter.")
    assert "Mycoplasma pneumoniae" in {c.term for c in said if c.kind is Kind.SCIENTIFIC}


def test_a_common_noun_in_apposition_to_a_glossed_name_is_no_part_of_it() -> None:
    c = _one(Kind.CLARIFIED, "Fans call the tournament Cun Ba (village basketball "
                             "league), and it fills the stands.")
    assert c.term == "Cun Ba"
    # a noun before a name with a word of English after it is the name's
    c = _one(Kind.CLARIFIED, "The county grows tea Anji white tea (a green tea) for export.")
    assert c.term.startswith("tea")
    # a name of one word: the noun before it is no part of it either
    terms = {c.term for c in _harvest('Guangdong residents renew permits on its app Yueshengshi '
                                      '(literally "Guangdong province affairs"), and Liuzhou '
                                      "sells its snack Luosifen (river snail rice noodles) "
                                      "worldwide.")}
    assert {"Yueshengshi", "Luosifen"} <= terms, terms


def test_a_word_a_gloss_defines_without_an_article_is_found_among_the_words_before() -> None:
    found = {c.term: c for c in _harvest(
        "The bank printed the rice on its 10,000-kyat note (kyat is the currency of Myanmar), "
        "a rare honour.")}
    assert "kyat" in found and found["kyat"].kind is Kind.EXPLAINED


def test_a_verb_after_an_object_pronoun_is_not_in_the_glossed_phrase() -> None:
    found = _harvest("The new codes help us track relabelled medicines (drugs resold after "
                     "their labels were changed) in every province.")
    terms = {c.term for c in found}
    assert "relabelled medicines" in terms
    assert "track relabelled medicines" not in terms


def test_a_place_in_pinyin_before_its_product_is_no_binomial() -> None:
    found = _harvest("Growers sell Wenxian pinellia tubers online, and the bay is planted "
                     "with Kandelia obovata.")
    scientific = {c.term for c in found if c.kind is Kind.SCIENTIFIC}
    assert "Kandelia obovata" in scientific
    assert not [t for t in scientific if t.startswith("Wenxian")]


def test_a_grade_glossed_by_its_place_among_the_grades_is_a_term() -> None:
    found = _harvest("The lake has stayed at Class II (the second grade under the national "
                     "surface water standards) since 2019, and the county raised the alert "
                     "to Level I (the highest of four levels) on Monday.")
    terms = {c.term for c in found if c.kind in (Kind.EXPLAINED, Kind.CLARIFIED)}
    assert "Level I" in terms       # its "I" no pronoun
    assert "Class II" in terms


def test_a_unit_symbol_s_name_may_hold_of() -> None:
    found = {c.term: c for c in _harvest(
        "Plants now burn 298 gce/kWh (grams of coal equivalent per kilowatt-hour) on average.")}
    assert found["gce/kWh"].kind is Kind.ACRONYM
    assert found["gce/kWh"].related == "grams of coal equivalent per kilowatt-hour"


def test_an_isotope_s_symbol_and_its_name_gloss_each_other() -> None:
    found = {c.term: c for c in _harvest(
        "The plant supplies lutetium-177 (Lu-177) to hospitals, and the reactor makes "
        "Mo-99 (molybdenum-99) at home; prices rose (Co-60) and one lot (Mo-98) stayed.")}
    assert found["Lu-177"].kind is Kind.ACRONYM
    assert found["Lu-177"].related == "lutetium-177"
    assert found["lutetium-177"].kind is Kind.EXPANSION
    assert found["Mo-99"].related == "molybdenum-99"
    # a symbol after words that name no isotope of it glosses nothing
    assert "Co-60" not in found and "Mo-98" not in found


def test_a_mixed_case_acronym_is_spelled_by_its_expansion() -> None:
    found = {c.term: c for c in _harvest(
        "Output of TOPCon (tunnel oxide passivated contact) cells doubled, and users of "
        "WeChat (the messaging app) paid by phone.")}
    assert found["TOPCon"].kind is Kind.ACRONYM
    assert found["TOPCon"].related == "tunnel oxide passivated contact"
    # a name with two capitals is a word, its bracket no expansion of it
    assert "WeChat" not in found or found["WeChat"].kind is not Kind.ACRONYM


def test_a_unit_symbol_holding_a_chemical_formula_is_spelled_by_its_name() -> None:
    found = {c.term: c for c in _harvest(
        "Coal power emitted about 830 grams of carbon dioxide per kilowatt-hour (gCO2/kWh), "
        "and the market covers 5 billion tonnes of carbon dioxide equivalent (tCO2e). "
        "Sulphur fell to 30 mg/m3 (milligrams per cubic meter).")}
    assert found["gCO2/kWh"].related == "grams of carbon dioxide per kilowatt-hour"
    assert found["tCO2e"].related == "tonnes of carbon dioxide equivalent"
    assert found["tCO2e"].kind is Kind.ACRONYM
    assert found["mg/m3"].related == "milligrams per cubic meter"


def test_a_definition_opening_with_its_genus_article_may_hold_figures() -> None:
    found = {c.term: c for c in _harvest(
        "Typhoon Wipha underwent rapid intensification (a rise in maximum winds of at "
        "least 15 meters per second within 24 hours). Output rose 5% (a record for 12 years).")}
    assert found["rapid intensification"].kind is Kind.EXPLAINED
    # a figure's bracket glosses no term
    assert not [t for t in found if t.startswith(("Output", "5%"))]


def test_a_unit_named_where_a_measure_is_said_in_it_or_with_what_it_measures() -> None:
    found = {c.term: c for c in _harvest(
        "Offsets are measured in tonnes of carbon dioxide equivalent (tCO2e). Boilers below "
        "20 t/h (tonnes of steam per hour) were closed, and gas reached 10 cubic meters per "
        "metric ton (m³/t) in the seam. Farmers sold 2 million tonnes of maize (t).")}
    assert found["tCO2e"].related == "tonnes of carbon dioxide equivalent"
    assert found["t/h"].related == "tonnes of steam per hour"
    assert found["m³/t"].related == "cubic meters per metric ton"
    # a unit of one part names no substance after "of"
    assert "t" not in found


def test_a_rating_s_grade_is_a_word_of_the_phrase_a_gloss_defines() -> None:
    terms = {c.term for c in _harvest(
        "The lake is a 4A-level scenic area (a rating of the tourism authority), and the "
        "park is a 5A tourist attraction (the highest rating for scenic spots).",
        "The farm harvested 300 tonnes of tea (mostly green tea) this year.")}
    assert {"4A-level scenic area", "5A tourist attraction"} <= terms
    assert "scenic area" not in terms and "tourist attraction" not in terms
    # any other figure still ends the phrase
    assert not [t for t in terms if t.startswith("300")]


def test_a_past_verb_before_a_capitalised_term_is_no_part_of_it() -> None:
    terms = {c.term for c in _harvest(
        "Water at the Jing River reached Class II (suitable as a drinking water source) "
        "for the fifth year, and the reclaimed land (formerly tidal flats) was replanted.")}
    assert "Class II" in terms
    assert not [t for t in terms if "reached" in t]
    # a participle before its noun still modifies it
    assert "reclaimed land" in terms


def test_a_modal_s_verb_a_perfect_s_participle_and_a_second_past_verb_are_no_part_of_the_term() -> None:
    terms = {c.term for c in _harvest(
        "Airlines can use fifth freedom traffic rights (the right to carry passengers between "
        "two foreign countries). Local governments have set avoidance zones (strips along "
        "active faults). We implemented a reporting system and strengthened look-through "
        "supervision (supervision that identifies the ultimate owner). We supported firms in "
        "producing seasoning packets and prepared dishes (semi-finished meals).")}
    assert {"fifth freedom traffic rights", "avoidance zones",
            "look-through supervision"} <= terms
    assert not [t for t in terms if t.startswith(("use ", "set ", "strengthened "))]
    # a gerund's objects coordinated keep their participle
    assert "prepared dishes" in terms


def test_a_list_clause_s_gerund_is_no_part_of_the_term_its_object_glosses() -> None:
    terms = {c.term for c in _harvest(
        "We took three steps: relocating residents outside the beach area, building village "
        "platforms (raised earthen platforms built above the flood level), and dredging "
        "rivers. Herders, farming households (families that grow crops) and fishers joined.")}
    assert "village platforms" in terms
    assert "building village platforms" not in terms
    # an -ing modifier after a comma that opens no clause stays
    assert "farming households" in terms


def test_a_lone_ing_word_defined_by_what_a_mass_noun_does_is_the_term() -> None:
    terms = {c.term for c in _harvest(
        "Patrol teams look for seepage, bank collapse and piping (water flowing through "
        "channels beneath a dike and carrying soil away).",
        "Crews check dikes for dangers such as overtopping (water that spills over the "
        "crest of a dam).")}
    assert {"piping", "overtopping"} <= terms
    # a verb's -ing form glossed by an aside is no term
    terms = {c.term for c in _harvest(
        "The city is improving (as the figures show) its water supply.")}
    assert "improving" not in terms


def test_a_rate_unit_glossed_by_the_same_rate_in_percent_is_a_unit() -> None:
    found = _harvest("The forest fire damage rate has been kept below 0.9 per mille "
                     "(0.09 percent) for 11 years, and it rose 3 per mille (up 0.2 "
                     "percentage points) in one county.")
    units = [c for c in found if c.kind is Kind.UNIT]
    assert [c.term for c in units] == ["per mille"]
    occ = units[0].occurrence
    assert occ.sentence[occ.start:].startswith("per mille (0.09")


def test_a_counted_word_a_gloss_calls_a_unit_is_a_unit() -> None:
    found = _harvest(
        "The monastery contracts out about 300 ke (a traditional Tibetan unit of land area, "
        "roughly 667 square meters) of farmland.",
        "One shang (a local unit of land equal to 15 mu, or one hectare) of good fields "
        "yields more, and the poet planted nine wan (an ancient unit of land area) of "
        "orchids.",
        "The village (a basic unit of governance) elects its committee.")
    units = {c.term for c in found if c.kind is Kind.UNIT}
    assert {"ke", "shang", "wan"} <= units
    assert "village" not in units


def test_a_chinese_unit_defined_after_a_name_s_gloss_is_a_unit_and_the_name_is_kept() -> None:
    found = _harvest(
        "Fishermen called the islands Qianli Changsha (literally \"thousand-li sands,\" a li "
        "being about half a kilometer), and the village of Qianqing Wa (literally "
        "\"Thousand-Qing Lowland,\" one qing being about 6.67 hectares) kept its name.",
        "The li (a traditional Chinese unit of length, about 0.5 kilometer) was used.")
    units = [c for c in found if c.kind is Kind.UNIT]
    assert {c.term for c in units} == {"li", "qing"}
    li = next(c for c in units if c.term == "li")
    occ = li.occurrence
    assert occ.sentence[occ.start:occ.end] == "li"
    assert "Qianli Changsha" in {c.term for c in found}


@pytest.mark.parametrize(("text", "acro", "exp"), [
    ("Our delegation spoke at the UN Environment Assembly (UNEA) in Nairobi.",
     "UNEA", "UN Environment Assembly"),
    ("Members of the EU Chamber of Commerce (EUCC) toured the port.",
     "EUCC", "EU Chamber of Commerce"),
    ("The city hosted the G20 Finance Ministers Meeting (G20FMM) last spring.",
     "G20FMM", "G20 Finance Ministers Meeting"),
])
def test_an_acronym_that_opens_the_expansion_gives_its_first_letters(
        text: str, acro: str, exp: str) -> None:
    assert _one(Kind.ACRONYM, text).term == acro
    assert _one(Kind.EXPANSION, text).term == exp
