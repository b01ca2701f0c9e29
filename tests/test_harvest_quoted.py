"""Tests for the quoted-term harvester: slogans and names in quotes, quotations kept apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.document import Role, Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.quoted import find_quotes, harvest


def _harvest(*paragraphs: str, role: Role = Role.SPEECH) -> list[Candidate]:
    segments = [Segment(text=p, line=n, role=role, speaker="X")
                for n, p in enumerate(paragraphs, start=1)]
    return list(harvest(segments))


def _one(text: str) -> Candidate:
    found = _harvest(text)
    assert len(found) == 1, [c.term for c in found]
    return found[0]


@pytest.mark.parametrize(("text", "term"), [
    ('We launched the "Tianshan Talent Plan" last year.', "Tianshan Talent Plan"),
    ("We launched the “Tianshan Talent Plan” last year.", "Tianshan Talent Plan"),
    ("We call the oasis the ‘green bank’ of the region.", "green bank"),
    # American style: the closing full stop or comma is not part of the term.
    ('This week we held the "Heilongjiang Talent Week." It drew 5,000 graduates.',
     "Heilongjiang Talent Week"),
    ('The first goal is "zero carbon," which guides our parks.', "zero carbon"),
    ('We are building a "Digital Guizhou"; the data centres are running.', "Digital Guizhou"),
    # A leading lowercase article is grammar, not term.
    ('Xiamen held a "streamlined event" for investors.', "streamlined event"),
    ('Jiangsu set up "the green passage" for exporters.', "green passage"),
    # Terms with digits and hyphens.
    ('We follow the "1+N" policy system and the "four-in-one" model.', "1+N"),
])
def test_quoted_terms(text: str, term: str) -> None:
    found = [c for c in _harvest(text) if c.term == term]
    assert found, [c.term for c in _harvest(text)]
    assert found[0].kind is Kind.QUOTED
    assert found[0].kind.is_term


def test_capitalised_article_of_a_title_is_kept() -> None:
    c = _one('The newspaper "The Paper" reported it.')
    assert c.term == "The Paper"


@pytest.mark.parametrize("text", [
    'As many netizens have commented, "The scenery in Kanas is truly breathtaking."',
    'As one herdsman put it, "Our days are getting better."',
    'A village official told us: "We have never had such a good harvest before."',
    # (a sentence of its own with its speaker after it is a remark)
    'We met the farmers. "We have never had such a good harvest," one of them said.',
    # Long quoted sentences count as quotations even without a speech verb.
    'The banner read "We will make every effort to protect the grasslands of Inner Mongolia."',
])
def test_quoted_sentences_are_quotations_not_terms(text: str) -> None:
    c = _one(text)
    assert c.kind is Kind.QUOTATION
    assert not c.kind.is_term
    assert c.score < 0.3
    assert not c.term.endswith(".")


@pytest.mark.parametrize(("text", "term"), [
    # A slogan quoted as a sentence but starting lowercase is a term.
    ('We uphold the idea that "lucid waters and lush mountains are invaluable assets."',
     "lucid waters and lush mountains are invaluable assets"),
    # A title-case slogan with a comma is a term, even after a speech verb.
    ('The theme of the Games, as the organisers said, "Dream of Winter, Love among Asia."',
     "Dream of Winter, Love among Asia"),
    ('Its motto is "Dream of Winter, Love among Asia."', "Dream of Winter, Love among Asia"),
    # A short remark after a speech verb: too short to be a quotation.
    ('As he said, "Well done."', "Well done"),
    # A saying named before it, with no speech verb: cited whole, as a slogan is.
    ('Many know Guilin from the old saying "Guilin\'s scenery is the best under heaven."',
     "Guilin's scenery is the best under heaven"),
    # The leader's dictum, introduced by his speech verb: a set formulation.
    ('As General Secretary Xi Jinping has stressed, "People\'s cities are built by the '
     'people, and people\'s cities are for the people."',
     "People's cities are built by the people, and people's cities are for the people"),
    # A saying named before its colon.
    ('In China there is an old saying: "Water can carry a boat and also overturn it."',
     "Water can carry a boat and also overturn it"),
    # ... however long, within a slogan's length.
    ('In China there is an old saying: "Western pearls are not as good as Eastern pearls, '
     'and Eastern pearls are not as good as Nanzhu."',
     "Western pearls are not as good as Eastern pearls, and Eastern pearls are not as good "
     "as Nanzhu"),
    # ... and a classic's, cited by its name.
    ('As the Book of Rites puts it, "All living things grow side by side without harming '
     'one another."', "All living things grow side by side without harming one another"),
    # Advice summed up in words or phrases after a colon: the slogan the words are.
    ('Our advice can be summed up in three phrases: "Don\'t listen, don\'t believe, '
     'don\'t transfer."', "Don't listen, don't believe, don't transfer"),
    # A saying named with where it is said, before its colon.
    ('It has given rise to a saying in the valley: "One tree feeds the family, and the '
     'forest feeds the village."', "One tree feeds the family, and the forest feeds the village"),
    ('As the old saying goes, "When the river is clean, the town is rich."',
     "When the river is clean, the town is rich"),
    # A saying of the people, said by a people, a trade or "we" rather than a speaker.
    ('Along the river, people like to say, "Half the city is water and the other half is '
     'tea."', "Half the city is water and the other half is tea"),
    ('As herders in Hulunbuir put it, "The grass feeds the sheep, and the sheep feed us."',
     "The grass feeds the sheep, and the sheep feed us"),
    ('In the old town, people often say "To taste the real Hunan, come to the night market."',
     "To taste the real Hunan, come to the night market"),
    # ... with where it is said after the verb
    ('As we often say here, "Every island is a treasure, and every reef deserves '
     'protection." Thank you.', "Every island is a treasure, and every reef deserves protection"),
    ('As we say in Longquan, "Fire makes the celadon, and patience makes the master."',
     "Fire makes the celadon, and patience makes the master"),
    # A saying that is a sentence of its own, no speaker's verb before or after it: the
    # speaker's motto.
    ('Thank you for the question. "Water is the lifeblood of the oasis." We built canals.',
     "Water is the lifeblood of the oasis"),
    # A slogan or saying named before its comma, a song's words as it puts them, a poem's
    # famous line after its colon.
    ("Everyone here knows the brewery's slogan, \"Good water makes good beer, and good "
     "beer makes good friends.\"", "Good water makes good beer, and good beer makes good friends"),
    ('As a well-known folk song puts it, "Our grassland is a sea of flowers."',
     "Our grassland is a sea of flowers"),
    ('The poet left the county its famous line: "The spring comes first to the river '
     'village."', "The spring comes first to the river village"),
    # A theme named with its year or event before "is": a slogan cited whole.
    ('June 5 is World Environment Day, and the theme this year is "Restore the land: '
     'we are all one generation."', "Restore the land: we are all one generation"),
    ('The theme of this year\'s campaign is "Save water, save life: every drop counts."',
     "Save water, save life: every drop counts"),
    ('The theme set by the World Meteorological Organization (WMO) for this year\'s World '
     'Meteorological Day is "At the frontline of climate action."',
     "At the frontline of climate action"),
    # A principle quoted from its lowercase article: a slogan, though a name follows.
    ('The reform follows the principle of "the MEE sets the standards, the provinces '
     'enforce them, and the cities report every month."',
     "MEE sets the standards, the provinces enforce them, and the cities report every month"),
    # A principle summed up in one sentence after its colon.
    ('It can be summed up in one sentence: "Whoever pollutes the river pays to clean it."',
     "Whoever pollutes the river pays to clean it"),
    # A capitalised list of noun phrases with no verb, ending the sentence: a slogan.
    ("We are building a BeiDou that is \"China's BeiDou, the world's BeiDou and a "
     "first-class BeiDou.\"", "China's BeiDou, the world's BeiDou and a first-class BeiDou"),
])
def test_slogans_are_quoted_terms(text: str, term: str) -> None:
    c = _one(text)
    assert c.term == term
    assert c.kind is Kind.QUOTED


@pytest.mark.parametrize("text", [
    "The world's largest sand-sea lies near Xing'an and the Greater Xing'an Mountains.",
    "The farmers' cooperatives and the herders' unions met in Hulunbuir.",
    "The world’s largest desert highway crosses the Taklimakan; Xing’an is far away.",
    "We can't and won't stop.",
])
def test_apostrophes_never_open_a_quote(text: str) -> None:
    assert find_quotes(text) == []
    assert _harvest(text) == []


def test_apostrophe_inside_a_single_quoted_term() -> None:
    c = _one("Hulunbuir is called ‘the world’s best grassland’ by visitors.")
    assert c.term == "world’s best grassland"


def test_scare_quoted_modifiers_make_one_phrase() -> None:
    text = 'We will turn "cold" resources into "hot" economy in the northeast.'
    c = _one(text)
    assert c.kind is Kind.QUOTED
    assert c.term == "cold resources into hot economy"
    assert c.occurrence.form == '"cold" resources into "hot" economy'


def test_single_scare_modifier_takes_its_noun() -> None:
    found = {c.term: c for c in _harvest('Xiong’an is building "sponge" cities to absorb rain.')}
    c = found["sponge cities"]
    assert c.occurrence.form == '"sponge" cities'
    # the quoted noun is a term beside its phrase, ranked below it
    assert found["sponge"].score < c.score


def test_a_scare_quoted_noun_is_a_term_but_an_adjective_is_not() -> None:
    found = {c.term: c for c in _harvest(
        'The enterprise standard "forerunner" system for consumer goods is growing, and the so-called '
        '"overcapacity" narrative ignores demand.',
        'We will turn "cold" resources into wealth.')}
    assert {"forerunner", "forerunner system", "overcapacity", "overcapacity narrative",
            "cold resources"} <= set(found)
    assert found["forerunner"].occurrence.form == "forerunner"
    assert "cold" not in found


def test_a_verb_after_the_noun_ends_a_scare_phrase() -> None:
    c = _one('In Yichun, "green" dividends grew fast last year.')
    assert c.term == "green dividends"


def test_a_quoted_word_whose_meaning_is_said_modifies_nothing() -> None:
    found = _harvest('"Upgrading" means better pulp, and "extending" means longer chains; '
                     '"greening" refers to cleaner mills.')
    terms = {c.term for c in found}
    assert not [t for t in terms if " means" in t or " refers" in t], terms
    # (a modifier still takes its noun)
    assert "green passage" in {c.term for c in _harvest('We opened a "green" passage.')}


def test_a_scare_quoted_coinage_is_a_term_beside_its_phrase() -> None:
    terms = {c.term for c in _harvest('Ports are pushing a "rail-to-sea" shift. Customs '
                                      'opened a "one-stop" window for exporters.')}
    assert {"rail-to-sea", "rail-to-sea shift", "one-stop", "one-stop window"} <= terms


def test_a_scare_quoted_loanword_is_a_term_beside_its_phrase_but_an_english_word_is_not() -> None:
    terms = {c.term for c in _harvest('Poor families get "dibao" allowances in Gansu. The '
                                      '"green" dividends of the grasslands grew.')}
    assert {"dibao", "dibao allowances", "green dividends"} <= terms
    assert "green" not in terms


def test_a_quoted_suspended_prefix_keeps_its_hyphen_but_a_dash_goes() -> None:
    terms = {c.term for c in _harvest('Counties carried out the "three pre-" steps before the '
                                      'floods, and the "grain first -" rule held.')}
    assert {"three pre-", "grain first"} <= terms


def test_a_long_principle_quoted_in_lowercase_is_a_term_but_a_long_remark_is_a_quotation() -> None:
    principle = ("herders can see a doctor in the township, treat serious illnesses in the "
                 "county and never return to poverty because of illness")       # 22 words
    remark = ("Herders can now see a doctor in the township, and no family in our village "
              "has fallen back into poverty because of illness")             # 22 words
    found = _harvest(f'Qinghai follows the principle that "{principle}." A herder told us, '
                     f'"{remark}."')
    kinds = {c.term: c.kind for c in found}
    assert kinds[principle] is Kind.QUOTED
    assert kinds[remark] is Kind.QUOTATION


def test_punctuation_inside_the_quotes_ends_a_scare_phrase() -> None:
    # "harmony," is a quoted word followed by a participle, not a modifier.
    c = _one('The second word is "harmony," reflecting the ties among villagers.')
    assert c.term == "harmony"
    assert c.occurrence.form == "harmony"


def test_quoted_common_word_scores_below_quoted_name() -> None:
    common = _one('The first word is "beauty," which describes the villages.')
    name = _one('The mascots are "Binbin" and the lake.')
    phrase = _one('We opened "green channels" for exporters.')
    assert common.score < name.score < 1.0
    assert common.score < phrase.score


@pytest.mark.parametrize("text", [
    'Ningxia promotes "Helan Mountain wines." Exports grew 12 percent.',
    'First we met. Then Sichuan launched the “Tianfu Granary” plan, and it worked. Then more.',
    'We turned "cold" resources into "hot" economy. It worked.',
    '"Ice and Snow Economy" is our focus.',
])
def test_occurrence_offsets_point_at_the_term(text: str) -> None:
    for c in _harvest(text):
        occ = c.occurrence
        assert occ.sentence in text
        form = occ.sentence[occ.start:occ.end]
        assert form == occ.form
        if "phrase" in c.evidence:
            assert form.replace('"', "") == c.term
        else:
            assert form == c.term
        assert occ.line == 1 and occ.speaker == "X"


def test_occurrence_sentence_is_the_sentence_of_the_quote() -> None:
    c = _one('Exports grew fast. Sichuan launched the “Tianfu Granary” plan. Then more.')
    assert c.occurrence.sentence == "Sichuan launched the “Tianfu Granary” plan."


@pytest.mark.parametrize("role", [Role.HEADING, Role.CAPTION, Role.CREDIT,
                                  Role.SPEAKER_LIST, Role.DATELINE, Role.FORMULA])
def test_non_content_segments_are_ignored(role: Role) -> None:
    assert _harvest('The "Tianshan Talent Plan" works.', role=role) == []


@pytest.mark.parametrize("role", [Role.SPEECH, Role.QUESTION, Role.NARRATIVE, Role.TITLE])
def test_content_segments_are_harvested(role: Role) -> None:
    assert [c.term for c in _harvest('The "Tianshan Talent Plan" works.', role=role)] == [
        "Tianshan Talent Plan"]


@pytest.mark.parametrize("text", ['Hello "', '""', '" , "', "“ ”", "‘’", '"..."'])
def test_empty_or_unclosed_quotes_give_nothing(text: str) -> None:
    assert _harvest(text) == []


_QUOTY = st.text(
    st.one_of(st.sampled_from(list("\"“”‘’' ,.()-:")), st.characters(codec="utf-8")),
    max_size=120,
)


@given(_QUOTY)
def test_harvest_never_raises_and_spans_stay_in_their_sentence(text: str) -> None:
    for c in _harvest(text):
        occ = c.occurrence
        assert 0 <= occ.start < occ.end <= len(occ.sentence)
        assert c.term.strip() and 0.0 <= c.score <= 1.0


def test_a_quoted_phrase_said_again_scores_higher() -> None:
    gateway = "green gateway for coastal trade and fisheries in the new era of the southern seas"
    by = {c.term: c for c in _harvest(
        f'We aim to build a "{gateway}" this decade.',
        f"A {gateway} needs ports, and a {gateway} needs ships.",
        'Villages also promote "kelp farming at sea" this year.',
    )}
    assert "said 3 times" in by[gateway].evidence
    alone = _harvest(f'We aim to build a "{gateway}" this decade.')[0]
    assert by[gateway].score == round(alone.score + 0.1, 2)    # said twice more: +0.05 each
    assert "said" not in by["kelp farming at sea"].evidence


@given(st.text(st.sampled_from("ab \"“”‘’'(\n—"), max_size=60) | st.text(max_size=60))
def test_the_quote_marks_are_those_a_regex_scan_finds(text: str) -> None:
    """quoted._quote_marks (str.find per mark) visits what a scan for the class did."""
    from termsmith.harvest import quoted

    assert quoted._quote_marks(text) == [m.start() for m in re.finditer("[\"“”‘']", text)]


def test_a_saying_cited_after_that_is_a_quoted_term_but_a_remark_after_a_comma_is_not() -> None:
    found = {c.term: c.kind for c in _harvest(
        'Premier Zhou Enlai wrote in 1958 that "The Yellow River must be made to benefit the '
        'people." Since then, dikes have risen. Farmers often say that "A county is rich '
        'when its fields are green." He said, "The new bridge will open to traffic next '
        'month."')}
    assert found["The Yellow River must be made to benefit the people"] is Kind.QUOTED
    assert found["A county is rich when its fields are green"] is Kind.QUOTED
    assert found["The new bridge will open to traffic next month"] is Kind.QUOTATION


def test_a_slogan_named_as_one_is_a_term_even_as_a_sentence() -> None:
    found = {c.term: c.kind for c in _harvest(
        'Our slogan is "Come to Jiangxi, stay for the green hills." The theme "Tea Roads Lead '
        'Home" drew crowds. He said, "Our hotels were full every weekend this summer."')}
    assert found["Come to Jiangxi, stay for the green hills"] is Kind.QUOTED
    assert found["Our hotels were full every weekend this summer"] is Kind.QUOTATION


def test_one_quoted_letter_or_digit_is_no_term() -> None:
    found = [c.term for c in _harvest(
        'The "1+N" framework has two parts. The "1" sets the goals, and the "N" covers '
        'sectoral plans such as the "X" factor.')]
    assert "1+N" in found
    assert not {"1", "N", "X"} & set(found)


def test_a_quoted_comparative_of_adjectives_alone_is_no_term() -> None:
    found = [c.term for c in _harvest(
        'Monetary policy will be "more targeted and effective" this year, while the '
        '"more proactive fiscal policy" continues and the "Less Plastic" campaign grows.')]
    assert "more targeted and effective" not in found
    assert {"more proactive fiscal policy", "Less Plastic"} <= set(found)


def test_a_long_title_in_title_case_is_a_term_not_a_remark() -> None:
    found = {c.term: c.kind for c in _harvest(
        'The office released a white paper titled "Mountains and Rivers as One: Building a '
        'Shared Future for the Ecological Security of Every River Basin in the New Era." '
        'A farmer told us, "We planted trees on the hills for twenty years and now the river '
        'runs clear again."')}
    assert found[("Mountains and Rivers as One: Building a Shared Future for the Ecological "
                  "Security of Every River Basin in the New Era")] is Kind.QUOTED
    assert [k for t, k in found.items() if t.startswith("We planted")] == [Kind.QUOTATION]


def test_a_character_s_shape_names_a_thing_with_the_character_kept_quoted() -> None:
    found = [c.term for c in _harvest(
        'The first is the battle for the "ji"-shaped bend of the Yellow River, and the city '
        'became a "Mi"-shaped high-speed railway hub.', 'The land is "ji"-shaped.')]
    assert {'"ji"-shaped bend', '"Mi"-shaped high-speed railway hub'} <= set(found)
    assert not [t for t in found if t.endswith("-shaped")]    # a shape said of nothing


def test_a_chapter_s_number_is_no_part_of_its_quoted_title() -> None:
    found = {c.term: c for c in _harvest(
        'The white paper has four chapters: "I. Grasslands Restored," "II. Herders Living '
        'Better Lives," "3. Science Serving the Steppe" and "IV. Opening Up to the World." '
        'It also quotes "1. 5 percent" as a typo.')}
    assert {"Grasslands Restored", "Herders Living Better Lives",
            "Science Serving the Steppe", "Opening Up to the World"} <= set(found)
    assert not [t for t in found if t.startswith(("I.", "II.", "3.", "IV."))]
    title = found["Herders Living Better Lives"]
    assert title.occurrence.form == "Herders Living Better Lives"


def test_a_title_announced_as_one_is_a_term_though_its_full_stop_is_inside() -> None:
    c = _one('The office released a white paper titled "Clean Air in China: Protecting the '
             'Health of 1.4 Billion People." Copies were handed out.')
    assert c.kind is Kind.QUOTED
    assert c.term == "Clean Air in China: Protecting the Health of 1.4 Billion People"


@pytest.mark.parametrize(("text", "line"), [
    ('As the Tang Dynasty poet Wang Wei wrote, "In a strange land I am a stranger, and at '
     'every festival I miss my family more."',
     "In a strange land I am a stranger, and at every festival I miss my family more"),
    ('According to Mencius, "Heaven is not as good as the earth, and the earth is not as '
     'good as the harmony of people."',
     "Heaven is not as good as the earth, and the earth is not as good as the harmony of people"),
    ('As the white paper says, "Green mountains belong to the people, and the people guard '
     'the green mountains."',
     "Green mountains belong to the people, and the people guard the green mountains"),
])
def test_a_line_of_a_poem_or_a_classic_cited_whole_is_a_term_ranked_low(text: str,
                                                                         line: str) -> None:
    c = _one(text)
    assert c.kind is Kind.QUOTED and c.term == line
    assert c.score < 0.5
    # a villager's remark is still a quotation
    remark = _one('A farmer told me, "In my father\'s time we never had enough rice to eat."')
    assert remark.kind is Kind.QUOTATION


def test_a_line_of_a_poem_cited_in_part_is_ranked_low_but_a_white_paper_s_words_are_not() -> None:
    poem = _one('The Song Dynasty poet Su Shi wrote that the boatmen "sailed to Huizhou to '
                'sell lychees," and the port remembers it.')
    assert poem.kind is Kind.QUOTED and poem.term == "sailed to Huizhou to sell lychees"
    assert poem.score < 0.5
    paper = _one('The first sentence of the white paper says that "building a clean county '
                 'fulfills a long-held wish of its people."')
    assert paper.score >= 0.5
    # a slogan said in the same sentence as a poet is no line of his
    slogan = _one('The poet\'s hometown pursues "green and low-carbon development" now.')
    assert slogan.score >= 0.5
