"""The harvest's part-of-speech tagger: one class character per token (harvest.tagger)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith import reader
from termsmith.harvest import run as harvest_run
from termsmith.harvest import tagger


def classes(text: str) -> dict[str, str]:
    tagged = tagger.tag(text)
    assert len(tagged.tags) == len(tagged.tokens)
    return dict(zip(tagged.tokens, tagged.tags, strict=True))


@pytest.mark.parametrize(("text", "word"), [
    ("The bureau will enhance port services.", "enhance"),
    ("We took steps to advance coastal shipping.", "advance"),
    ("Counties need to balance supply and demand.", "balance"),
    ("The fund will finance new dams.", "finance"),
])
def test_short_verb_in_ance_after_to_or_a_modal_is_a_verb(text: str, word: str) -> None:
    assert classes(text)[word] == "V"


@pytest.mark.parametrize(("text", "word"), [
    ("The plan calls for better maintenance of dikes.", "maintenance"),
    ("Farmers will get assistance from the county.", "assistance"),
    ("The grant goes to science and technology.", "science"),
])
def test_nominalisations_stay_nouns(text: str, word: str) -> None:
    assert classes(text)[word] == "N"


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("The county began a 5-year grazing ban on the steppe.", "5-year", "J"),
    ("The county began a five-year grazing ban on the steppe.", "five-year", "J"),
    ("Residents want 15-minute service circles.", "15-minute", "J"),
    ("Output rose 2-3 percent.", "2-3", "X"),
    ("About 1200 boats were retired.", "1200", "X"),
])
def test_a_number_hyphened_to_a_word_modifies_like_the_word(text: str, word: str, cls: str) -> None:
    # "5-year" is an adjective, as the lexicon's "five-year" (a hyphenated compound
    # before a noun), so that "5-year grazing ban" is one noun phrase; a number stays X.
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("President Xi first proposed the initiative in 2013.", "first", "R"),
    ("It was here that people first played cuju.", "played", "V"),
    ("The first launch of the year went well.", "first", "J"),
    ("Volunteers gave first aid on the slopes.", "first", "J"),
])
def test_first_before_a_past_form_is_its_adverb(text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


# Text made of the pieces the token pattern cares about: words (ASCII and not), digits,
# hyphens, apostrophes, possessives, underscores, punctuation and spaces.
_PIECES = st.sampled_from(["a", "Xing", "é", "中", "7", "_", "-", "'", "’", "s", "S", " ", ".",
                           ",", "\n", "ab_c", "'s", "’S ", "--", "-up", "\x1f", "\t", "\x0b"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_split_gives_the_tokens_of_the_token_pattern(text: str) -> None:
    # The split (possessive, and with \w when the text has no "_", ASCII \w when it is
    # ASCII too) is the plain split by TOKEN with its gaps.
    expected = re.split(f"({tagger.TOKEN.pattern})", text)
    assert tagger._SPLIT(text) == expected
    if "_" not in text:
        assert tagger._SPLIT_NO_UNDERSCORE(text) == expected
        if text.isascii():
            assert tagger._SPLIT_ASCII(text) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Digitally deliverable services grew 6 percent.", "Digitally"),
    ("Sustainably managed forests cover 40 percent of the county.", "Sustainably"),
])
def test_an_unknown_adverb_opening_a_sentence_is_no_name(text: str, word: str) -> None:
    assert classes(text)[word] == "R"


def test_an_unknown_capitalised_word_opening_a_sentence_is_a_name() -> None:
    assert classes("Xiongan welcomed 300 firms.")["Xiongan"] == "P"


@pytest.mark.parametrize("code", ["5G", "3D", "4K", "6G"])
def test_a_technology_code_is_a_noun_and_a_count_is_a_number(code: str) -> None:
    tags = classes(f"Sales of {code} phones rose 12 percent in 2025.")
    assert tags[code] == "N"
    assert tags["12"] == tags["2025"] == "X"


@pytest.mark.parametrize(("text", "word"), [
    ("How will the bureau support small ports?", "support"),
    ("Phoenix TV: Does the province plan new cold-chain hubs?", "plan"),
    ("Thank you. How can the county help herders in raising yaks?", "help"),
    ("How does the authority plan to attract foreign airlines?", "plan"),
    ("Did the commission use new credit tools?", "use"),
    # after a plural subject, the bare form ending the clause or before its preposition
    ("How do herders benefit?", "benefit"),
    ("And how do rural households benefit from the new tea gardens?", "benefit"),
])
def test_the_verb_of_a_question_with_its_auxiliary_first_is_a_verb(text: str, word: str) -> None:
    # With the auxiliary before the subject, the verb follows a noun: read as a noun, it
    # would join the subject and the object into one phrase ("bureau support small ports").
    assert classes(text)[word] == "V"


@pytest.mark.parametrize(("text", "word"), [
    ("Will the bureau's support reach small ports?", "support"),      # a possessive's noun
    ("Will the port support fund be expanded?", "support"),           # the clause has a verb
    ("The bureau support team visited small ports.", "support"),      # no question
    ("Can the grain industry grow?", "industry"),                     # no verb reading
    ("Do sales support staff get training?", "support"),              # a plural modifier
])
def test_a_noun_of_a_question_s_subject_stays_a_noun(text: str, word: str) -> None:
    assert classes(text)[word] == "N"


@pytest.mark.parametrize(("text", "word"), [
    ("How will grassland carbon sinks help the county?", "sinks"),
    ("Xinhua: How can the new cold-chain hubs serve herders?", "hubs"),
    ("What role will rural broadband networks play?", "networks"),
])
def test_the_plural_head_of_a_question_s_subject_before_its_verb_is_a_noun(text: str, word: str) -> None:
    # After the auxiliary the verb is bare: an -s form between the subject's nouns and the
    # verb ("sinks help") heads the subject; read as the verb, it cut the phrase short.
    assert classes(text)[word] == "N"


@pytest.mark.parametrize(("text", "word", "named"), [
    ("Foreign-funded hospitals opened in the zone.", "Foreign-funded", False),
    ("Full-cost insurance now covers rice.", "Full-cost", False),
    ("Hunan-made excavators sold well.", "Hunan-made", True),       # a part English lacks
    ("Sino-Russian trade grew.", "Sino-Russian", True),
])
def test_a_compound_of_english_words_opening_a_sentence_is_no_name(
        text: str, word: str, named: bool) -> None:
    # Said only there, it was read as a name and its phrase made no term, though the
    # same phrase inside a sentence did.
    assert (classes(text)[word] == "P") is named


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Third, respiratory infections account for 20 percent of visits.", "account", "V"),
    ("Savings account for 30 percent of assets.", "account", "N"),        # a plural modifier
])
def test_the_bare_verb_of_a_plural_subject_before_a_figure_is_a_verb(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Many patients need platelet transfusions.", "need", "V"),
    ("Small herders face high feed costs this winter.", "face", "V"),
    ("Some villages lack clean water.", "lack", "V"),
    # after a plural modifier, a noun of the compound
    ("The sales need data were late.", "need", "N"),
])
def test_need_face_and_lack_after_a_plural_subject_are_its_verb(text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def test_such_is_no_modifier() -> None:
    # "such as" after a phrase ends it; "such measures" is no term
    tags = classes("Sales in second-tier cities such as Hefei grew, and such measures help.")
    assert tags["such"] == "D"


def test_a_question_s_auxiliary_opening_it_is_no_name() -> None:
    assert classes("Does the county plan new dikes?")["Does"] == "V"
    assert classes("Has the port opened new routes?")["Has"] == "B"


@pytest.mark.parametrize(("text", "word"), [
    ("What policy support will exporters get?", "policy"),
    ("Which pilot zones have opened?", "pilot"),
    ("What price reforms are planned?", "price"),
])
def test_a_noun_after_what_or_which_is_their_noun_not_a_verb(text: str, word: str) -> None:
    # "we plan": a noun-tagged word after a subject pronoun is a verb; after "what" or
    # "which" it is the noun they determine.
    assert classes(text)[word] == "N"
    assert classes("We plan new parks.")["plan"] == "V"


@pytest.mark.parametrize(("text", "word"), [
    ("Wind power accounts for nearly 30% of the county's output.", "accounts"),
    ("Tea output tops 50,000 tonnes.", "tops"),
    ("The county exports 40 percent of its tea.", "exports"),
    ("Border trade accounts for about 35%, and tourism for the rest.", "accounts"),
])
def test_the_verb_of_a_share_or_a_rank_is_a_verb(text: str, word: str) -> None:
    assert classes(text)[word] == "V"


@pytest.mark.parametrize(("text", "word"), [
    ("The export controls for chips took effect in May.", "controls"),   # a verb follows
    ("Tea exports rose 12 percent.", "exports"),                         # and here
    ("In 2024 tea exports for 30 days were halted.", "exports"),         # "were" follows
    ("The trade rules in 2025 changed.", "rules"),                       # not "for"
    ("The county's rice stocks for winter grew.", "stocks"),             # no number
])
def test_a_plural_noun_before_a_number_stays_a_noun_in_a_clause_with_a_verb(
        text: str, word: str) -> None:
    assert classes(text)[word] == "N"


def test_the_verb_of_a_question_after_and_is_a_verb() -> None:
    tags = classes("Will the county issue bonds, and will the CAAC support regional airports?")
    assert tags["support"] == "V"


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("The drive to address wage arrears ended.", "address", "V"),
    ("We need to process the claims.", "process", "V"),
    ("Funds went to business incubators.", "business", "N"),   # no verb reading
])
def test_a_word_in_ss_after_to_is_a_verb_if_english_has_it_as_one(text: str, word: str,
                                                                   cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("The county dredged 300 km of high-grade inland waterways.", "inland", "J"),
    ("Exporters found the overseas markets hard.", "overseas", "J"),
    ("We have the only deep-water port here.", "only", "R"),          # a focus adverb
    ("Herders get one-off subsidies.", "one-off", "J"),               # a number word first
    ("The opening-up of ports widened.", "opening-up", "N"),          # a particle last
    ("Yunnan is a gateway for upstream industries.", "upstream", "J"),  # after a preposition
    ("Ports and upstream industries grew.", "upstream", "J"),         # after "and"
])
def test_a_word_before_a_noun_modifies_it_unless_it_is_a_pure_adverb(text: str, word: str,
                                                                      cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word"), [
    ("Pumped storage capacity reached 58 million kW.", "reached"),
    ("Tea sales topped 2 billion yuan in Pu'er.", "topped"),
])
def test_a_participle_between_a_noun_and_a_figure_is_the_verb(text: str, word: str) -> None:
    assert classes(text)[word] == "V"


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Guizhou will develop advanced manufacturing in its big data valley.", "advanced", "E"),
    ("Tea exports to developed countries rose.", "developed", "E"),
    ("Dali paved villages with advanced drainage pipes.", "advanced", "E"),
    ("The program advanced reform of county hospitals.", "advanced", "V"),    # the clause's verb
    ("Counties will help build rural roads.", "build", "V"),                 # no past form
    # after a figure too: what is counted is described
    ("The city has 1,300 registered charities and 900 approved private schools.",
     "approved", "E"),
])
def test_a_past_form_after_a_verb_or_preposition_before_a_noun_modifies_it(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Guangxi is a gateway for coastal opening up.", "up", "N"),
    ("The opening up of western counties is slow.", "up", "N"),
    ("Ports are opening up new markets.", "up", "I"),          # an object after it
    ("Trade kept growing up to 2023.", "up", "I"),             # a number after it
])
def test_the_particle_of_an_ing_noun_with_no_object_is_part_of_it(text: str, word: str,
                                                                    cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("The Jiuquan rocket launch site expanded.", "launch", "N"),
    ("The Xichang satellite launch center grew.", "launch", "N"),
    ("In Jilin, farmers grow ginseng.", "grow", "V"),                 # a plural subject
    ("In Jilin, people grow ginseng.", "grow", "V"),                  # an invariant plural
    ("Soil and water pollution affect yields.", "affect", "V"),        # coordinated subject
    ("Customs tightened animal health quarantine at ports.", "quarantine", "N"),
    ("We will help the village build.", "build", "V"),               # one noun: its object
])
def test_a_base_verb_between_a_singular_noun_and_a_noun_is_the_noun_of_a_compound(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_number_in_digits_is_a_number_even_where_chat_spells_a_word_with_it() -> None:
    # The Brown/Penn lexicon carries "2" and "4" as prepositions (chat for "to", "for").
    tags = classes("Drip lines cover 2 million mu, and 4 counties joined.")
    assert tags["2"] == tags["4"] == "X"


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Last year, 12 central SOEs completed strategic mergers.", "completed", "V"),
    ("In Jilin, farmers adopted drought-tolerant seeds.", "adopted", "V"),
    ("Goods purchased abroad rose.", "purchased", "E"),            # no object: a relative
    ("Products exported last year rose 5%.", "exported", "E"),     # the clause's verb follows
])
def test_a_participle_after_a_plural_with_an_object_after_it_is_the_verb(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_sentence_opening_word_the_document_says_in_lowercase_is_the_common_word() -> None:
    text = "Market procurement trade grew fast."
    assert tagger.tag(text).tags[0] == "P"                      # nothing says otherwise
    assert tagger.tag(text, {"markets", "grew"}).tags[0] == "N"  # the document says "markets"
    assert tagger.tag("Harbin grew fast.", {"markets"}).tags[0] == "P"


def test_a_decimal_number_and_a_capital_abbreviation_with_an_ampersand_are_one_token() -> None:
    tg = tagger.tag("Qinghai's R&D intensity rose to 2.4 percent, with 1,200 M&A deals.")
    assert {"R&D", "2.4", "1,200", "M&A"} <= set(tg.tokens)
    assert "." not in tg.tags[:-1]          # the decimal point is no sentence end
    assert tagger.tag("Output fell 2. Exports rose.").tokens[2:4] == ["2", "."]


def test_a_word_with_an_apostrophe_and_a_hyphen_in_either_order_is_one_token() -> None:
    tg = tagger.tag("The Ya'an-Nyingchi section and the Xi'an-Xianyang metro opened, as did "
                    "the Chang'e-7 probe's lab and the Yan'an-Yulin line.")
    assert {"Ya'an-Nyingchi", "Xi'an-Xianyang", "Chang'e-7", "Yan'an-Yulin"} <= set(tg.tokens)
    assert "probe" in tg.tokens and "'s" in tg.tokens      # a possessive stays its own


def test_a_slash_between_two_acronyms_joins_them_but_not_between_words_or_units() -> None:
    tg = tagger.tag("DRG/DIP payment reform and the ESCAP/WMO panel met; trains ran at "
                    "300 km/h, and Beijing/Tianjin data came.")
    assert {"DRG/DIP", "ESCAP/WMO"} <= set(tg.tokens)
    assert not {"km/h", "Beijing/Tianjin"} & set(tg.tokens)


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Under the new rules, shippers use one waybill.", "use", "V"),
    ("Ports plan the expansion of 12 berths.", "plan", "V"),       # a capital at the start
    ("Its services trade volume rose.", "trade", "N"),             # a plural modifier
    ("Herders' ministry support rose.", "support", "N"),          # no plural before it
])
def test_a_noun_with_a_verb_reading_after_a_plural_before_an_object_is_the_verb(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("Counties will further expand free school meals.", "expand", "V"),      # after "further"
    ("Li Ming made detailed plans for the herders.", "made", "V"),        # a name's verb
    ("Tibet plays a role in meeting regional demand.", "meeting", "V"),    # a gerund's object
    ("The supply of building materials rose.", "building", "N"),          # a compound
])
def test_verbs_hidden_by_an_adverb_a_name_or_a_preposition_are_verbs(text: str, word: str,
                                                                        cls: str) -> None:
    assert classes(text)[word] == cls


@pytest.mark.parametrize(("text", "word", "cls"), [
    ("What role will grain futures trading play?", "grain", "N"),     # a question's subject
    ("In what ways can water supply improve?", "water", "N"),
    ("Herders will water the yaks at dawn.", "water", "V"),           # no question
])
def test_the_word_after_a_question_s_modal_is_its_subject_not_a_verb(text: str, word: str,
                                                                       cls: str) -> None:
    assert classes(text)[word] == cls



@pytest.mark.parametrize("text", ["Yancheng exports crayfish to Japan.",
                                  "Jellyfish blooms and catfish farms were reported."])
def test_an_unknown_word_in_fish_is_a_noun_not_an_ish_adjective(text: str) -> None:
    got = classes(text)
    assert all(cls == "N" for word, cls in got.items() if word.endswith("fish"))


def test_value_added_is_one_noun_of_statistics_unless_added_to_something() -> None:
    assert classes("Manufacturing value added rose 6 percent in Hubei.")["added"] == "N"
    assert classes("Tourism value added grew.")["added"] == "N"
    assert classes("The value added to every crate was small.")["added"] != "N"
    # the verb after it is read as one, not as a participle modifying a noun
    assert classes("Last year, tourism value added reached 9.2 billion yuan.")["reached"] == "V"


def test_a_past_form_after_and_coordinates_with_the_clause_s_past_verb() -> None:
    # the second verb of the clause, with its object: no modifier of the noun
    assert classes("The county has enforced the Grassland Law of the People's Republic of "
                   "China and piloted rotational grazing.")["piloted"] == "V"
    assert classes("Last year we dredged canals and restored wetlands.")["restored"] == "V"
    # inside a phrase the "and" coordinates, the participle modifies its noun
    assert classes("The city attracted investment in advanced materials and integrated "
                   "circuits.")["integrated"] == "E"
    assert classes("We raised the output of steel and refined copper.")["refined"] != "V"
    assert classes("Rural roads and improved bridges link the villages.")["improved"] != "V"


def test_worth_takes_its_object_as_a_preposition_does() -> None:
    assert classes("Yunnan built a flower market worth 90 billion yuan.")["worth"] == "I"
    # so the noun before it makes no phrase with the amount after it
    terms = {e.term for e in harvest_run(reader.parse_text(
        "Title\n\nThe tea sector is often called a market worth trillions of yuan.\n"
        )).entries}
    assert not [t for t in terms if "worth" in t]


def test_an_ing_noun_after_be_before_its_object_is_a_progressive_verb() -> None:
    assert classes("We are building modern logistics hubs in Hunan.")["building"] == "V"
    assert classes("The county is planning a new rail link.")["planning"] == "V"
    # and so after a comma opening a clause of a list ("tasks: building ..., building ...")
    assert classes("Its tasks are clear: greening deserts, building important "
                   "bases.")["building"] == "V"
    assert classes("We are restoring rivers and building national parks.")["building"] == "V"
    # with no object after it, the lexicon's noun stays
    assert classes("The priority is building.")["building"] == "N"
    assert classes("Steel, building materials and glass rose.")["building"] == "N"


def test_an_adjective_of_extent_after_its_noun_is_an_adverb() -> None:
    assert classes("We expanded long-term care insurance nationwide and cut fees.")[
        "nationwide"] == "R"
    assert classes("Chinese firms built solar plants overseas in 2024.")["overseas"] == "R"
    # before a noun it stays the adjective
    assert classes("Nationwide coverage and overseas students rose.")["overseas"] == "J"
    # so the noun phrase before it is a term of its own
    terms = {e.term for e in harvest_run(reader.parse_text(
        "Title\n\nWe expanded long-term care insurance nationwide and cut fees.\n")).entries}
    assert "long-term care insurance" in terms


def test_a_sentence_opened_by_a_noun_the_lexicon_has_capitalised_as_common_is_common() -> None:
    # The text never says "catastrophe" in lowercase; the lexicon's "Catastrophe" is NN.
    assert classes("Third, protection. Catastrophe insurance now covers floods.")[
        "Catastrophe"] == "N"
    # a nationality's adjective, or a name the lexicon knows, stays a name's word
    assert classes("Chinese airlines grew. Harbin hosted the Games.")["Harbin"] == "P"
    terms = {e.term for e in harvest_run(reader.parse_text(
        "Title\n\nThird, protection. Catastrophe insurance now covers floods in 20 "
        "provinces. Chinese airlines grew.\n")).entries}
    assert "catastrophe insurance" in {t.lower() for t in terms}
    assert "chinese airlines" not in terms


def test_a_past_form_after_a_comma_is_what_the_series_it_stands_in_holds() -> None:
    # a series of verb phrases: the first "and" comes before a past verb
    tags = classes("The county has dredged the Huaihe channel, widened storage ponds and "
                   "rebuilt the levees.")
    assert tags["widened"] == "V"
    assert classes("The bureau has audited 300 firms, cleared unpaid wages and has "
                   "quickly settled the cases.")["cleared"] == "V"
    # a series of noun phrases: the first "and" comes before a noun or modifier
    assert classes("Zhuzhou has developed rail equipment, advanced ceramics and "
                   "aviation engines.")["advanced"] == "E"
    # no "and", or "and the" that may join inside a conjunct: the tag stays
    assert classes("In 2025, advanced ceramics grew fast.")["advanced"] == classes(
        "Advanced ceramics grew fast, and advanced ceramics sold.")["advanced"]


def test_an_adjective_after_a_modal_is_its_verb_when_english_has_the_verb() -> None:
    assert classes("We will resolutely correct disorderly competition.")["correct"] == "V"
    assert classes("China will further open its service sector.")["open"] == "V"
    assert classes("Prices will stay stable.")["stable"] == "J"      # no verb "stable"


def test_a_noun_in_s_after_a_singular_noun_before_an_object_is_its_verb() -> None:
    assert classes("The corridor links our border ports with Laos.")["links"] == "V"
    assert classes("The county exports its tea to Europe.")["exports"] == "V"
    # a plural head before "such as" or "all" stays the noun
    assert classes("We promote travel products such as study tours.")["products"] == "N"
    assert classes("Tourism and catering services all grew.")["services"] == "N"


def test_a_past_form_after_a_plural_subject_and_an_adverb_is_its_verb() -> None:
    assert classes("Sichuan engineers also built rope bridges there.")["built"] == "V"
    assert classes("Local farmers recently adopted drip irrigation.")["adopted"] == "V"


def test_a_noun_in_s_before_a_span_of_time_stays_a_noun() -> None:
    # "a year" after a plural head is a span of time, not an object
    assert classes("Couriers use 2 billion transit bags a year.")["bags"] == "N"


def test_the_last_conjunct_after_comma_and_follows_the_conjunct_before_it() -> None:
    nouns = classes("Hunan builds three clusters: rail transit equipment, construction "
                    "machinery, and advanced ceramics.")
    assert nouns["advanced"] == "E"
    verbs = classes("The county dredged canals, restored wetlands, and improved water quality.")
    assert verbs["improved"] == "V"


def test_a_verb_in_us_after_a_modal_is_a_verb() -> None:
    assert classes("We will focus on cold-chain logistics.")["focus"] == "V"
    assert classes("The focus is clear.")["focus"] == "N"


def test_a_suspended_hyphen_stays_on_its_word_as_a_modifier() -> None:
    tagged = tagger.tag("Banks raised medium- and long-term loans to small- and micro-sized firms.")
    assert "medium-" in tagged.tokens and "small-" in tagged.tokens
    tags = dict(zip(tagged.tokens, tagged.tags, strict=True))
    assert tags["medium-"] == "J" and tags["small-"] == "J"
    # a hyphen before anything but "and", "or", "to" is no suspended one
    assert "-" in tagger.tag("The rate rose - again.").tokens


@pytest.mark.parametrize(("text", "word", "cls"), [
    # after "of" no finite verb stands: the word modifies the noun after it
    ("The average price of live hogs fell by a tenth.", "live", "N"),
    ("The share of export goods made in the zone rose.", "export", "N"),
    # a plural after an -ing modifier after "of" or a determiner
    ("At the end of June the number of breeding sows stood at 40 million.", "sows", "N"),
    # a finite verb in -s after its subject stays one
    ("The farm now sells sows to the market.", "sells", "V"),
])
def test_no_finite_verb_after_of_or_an_ing_modifier(text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def _said(speech: str) -> set[str]:
    """The terms of the whole harvest of ``speech`` said by the one speaker of a briefing."""
    text = f"Briefing\n\nSpeakers:\nLi Ming, spokesperson\n\nLi Ming:\n{speech}\n"
    return {e.term for e in harvest_run(reader.parse_text(text)).entries}


def test_an_adjective_the_lexicon_capitalises_opens_a_term_at_a_sentence_start() -> None:
    terms = _said("Synthetic biology is the foundation of biomanufacturing. Synthetic biology "
                  "applies engineering to living cells, and Tibetan medicine is growing too.")
    assert "synthetic biology" in terms
    assert classes("Tibetan medicine is growing.")["Tibetan"] == "P"   # a nationality


def test_an_adjective_after_a_name_before_be_or_a_modal_is_the_subject_s_head() -> None:
    assert classes("Shimen citrus has been registered as a geographical indication product."
                   )["citrus"] == "N"
    assert classes("Yongfu citrus will reach Europe by rail this winter.")["citrus"] == "N"
    terms = _said("Shimen citrus has been registered as a geographical indication product.")
    assert "Shimen citrus" in terms
    # before a noun it stays the modifier
    assert classes("Shimen citrus growers sold more this year.")["citrus"] == "J"


def test_a_coined_ing_word_after_a_preposition_or_verb_stays_a_modifier() -> None:
    # "livestreaming" is no verb of the lexicon: no clause's verb with an object
    assert classes("Farmers sell honey through livestreaming e-commerce.")["livestreaming"] == "G"
    assert classes("We are building new roads.")["building"] != "G"
    terms = _said("Farmers in the county sell honey through livestreaming e-commerce.")
    assert "livestreaming e-commerce" in terms


def test_an_adverb_of_place_before_a_noun_after_of_or_a_verb_is_its_adjective() -> None:
    assert classes("We discussed the growth of inland waterway shipping.")["inland"] == "J"
    assert classes("The port handles inland river shipping.")["inland"] == "J"
    terms = _said("The report covers the development of inland waterway shipping, and the "
                  "province expands inland waterway shipping every year.")
    assert "inland waterway shipping" in terms


def test_a_noun_of_no_verb_form_after_to_stays_a_noun() -> None:
    # "product" has no verb form in the lexicon (no "producted"): after the "to" of
    # "according to" or "attention to" it is a noun, not an infinitive's verb
    assert classes("Tea is graded according to product standards.")["product"] == "N"
    assert classes("We will pay attention to product standards.")["product"] == "N"
    assert classes("We plan to support farmers.")["support"] == "V"
    terms = _said("Tea is graded according to product standards, and inspectors pay close "
                  "attention to product standards in every county.")
    assert "product standards" in terms


def test_a_pronoun_s_progressive_is_a_verb_before_a_compound_object() -> None:
    assert classes("In old districts we are building utility tunnels for pipes.")["building"] == "V"
    terms = _said("In old districts we are building utility tunnels for water and gas pipes.")
    assert "utility tunnels" in terms
    assert not [t for t in terms if t.startswith("building")]
    # a copula before a compound noun is no progressive
    assert classes("The largest cost is building materials.")["building"] != "V"


def test_a_verb_after_a_plural_subject_or_a_relative_that_opens_no_term() -> None:
    said = ("Several counties offer demand-responsive bus services in remote villages. "
            "We support enterprises that develop low-carbon building materials, and we work "
            "with schools to prevent and address campus bullying.")
    c = classes(said)
    assert c["offer"] == "V" and c["develop"] == "V" and c["address"] == "V"
    terms = _said(said)
    assert {"demand-responsive bus services", "low-carbon building materials",
            "campus bullying"} <= terms
    assert not [t for t in terms if t.split()[0] in {"offer", "develop", "address"}]
    # a plural modifier before a noun stays a compound ("sales service networks")
    assert classes("Sales service networks cover rural areas.")["service"] == "N"


def test_per_capita_before_a_noun_phrase_is_its_modifier() -> None:
    c = classes("Per capita water consumption fell.")
    assert c["Per"] == "J" and c["capita"] == "J"
    # after its noun it stays a preposition's phrase
    assert classes("GDP per capita rose.")["per"] == "I"
    terms = _said("Per capita water consumption fell by 3 percent, and GDP per capita rose "
                  "by 5 percent in the county last year.")
    assert "per capita water consumption" in {t.lower() for t in terms}
    assert not [t for t in terms if t.lower().startswith("capita")]


def test_an_ing_word_after_a_plural_before_its_object_is_a_participle() -> None:
    assert classes("We added airports offering through-checked baggage.")["offering"] == "V"
    terms = _said("The number of airports offering through-checked baggage rose to 24, and "
                  "more airports offer through-checked baggage every year.")
    assert "through-checked baggage" in terms
    assert not [t for t in terms if t.startswith("offering")]
    # a compound's -ing noun before a noun stays a noun ("farmers training centers")
    assert classes("Farmers training centers opened.")["training"] == "N"


def test_a_verb_after_a_place_and_its_administrative_head_is_the_clause_s() -> None:
    c = classes("Growers in Fuping county use drones, and Wulian village earned prizes.")
    assert c["use"] == "V" and c["earned"] == "V"
    terms = _said("Growers in Fuping county use drones to spray orchards, and Wulian village "
                  "earned prizes, while Fuping county persimmon cakes sold well this year.")
    assert not [t for t in terms if "county use" in t or "village earned" in t]
    assert "Fuping county persimmon cakes" in terms


def test_a_clause_s_verb_after_an_adverb_or_a_plural_opens_no_term() -> None:
    said = ("The 2021 revision already introduced punitive damages for infringement. We are "
            "also piloting green ammonia projects, and growers use rice-fish co-culture.")
    c = classes(said)
    assert c["introduced"] == "V" and c["piloting"] == "V" and c["use"] == "V"
    terms = _said(said)
    assert {"punitive damages", "rice-fish co-culture"} <= terms
    assert not [t for t in terms if t.split()[0] in {"introduced", "piloting", "use"}]
    # a compound's "use" stays a noun ("land use rights")
    assert classes("Land use rights were confirmed.")["use"] == "N"


def test_a_participle_after_places_paired_with_a_hyphen_modifies_no_verb() -> None:
    said = ("The two cities pursue Hefei-Lu'an integrated development, and Xuzhou trained "
            "technicians for the Suzhou-Wuxi coordinated development plan.")
    c = classes(said)
    assert c["integrated"] == "E" and c["coordinated"] == "E"
    # a name alone before a past form and its object is the clause's subject
    assert c["trained"] == "V"
    terms = _said(said)
    assert "Hefei-Lu'an integrated development" in terms


def test_an_irregular_past_after_and_is_the_clause_s_second_verb() -> None:
    said = ("The county relocated 40 chemical plants from the riverbanks and built sewage "
            "treatment plants in every township. We have renovated 300 old residential "
            "compounds, added 9,000 places in public kindergartens and built 15-minute "
            "community life circles. Inspectors tested chilled and frozen pork.")
    c = classes(said)
    assert c["built"] == "V"
    terms = _said(said)
    assert {"sewage treatment plants", "15-minute community life circles"} <= terms
    assert not [t for t in terms if t.startswith("built ")]
    # a form that is only a participle still modifies its noun
    assert c["frozen"] == "E"


def test_a_verb_after_a_plural_before_a_pronoun_only_a_verb_takes_is_a_verb() -> None:
    said = "Landmarks such as the Hexie bullet trains show what the industry can build."
    assert classes(said)["show"] == "V"
    terms = _said(said)
    assert "Hexie bullet trains" in terms
    assert not [t for t in terms if t.endswith("show")]
    # a relative pronoun may follow a noun: the compound stays one
    assert classes("Services trade that grows fast needs rules.")["trade"] == "N"


def test_a_verb_in_s_after_a_relative_pronoun_is_the_clause_s_verb() -> None:
    said = ("Ecological progress is part of Chinese modernization, which features harmony "
            "between humanity and nature, and the county built a corridor that links "
            "ports and dry ports.")
    c = classes(said)
    assert c["features"] == "V" and c["links"] == "V"
    terms = _said(said)
    assert not [t for t in terms if t.startswith(("features", "links"))]
    # after a plural's "that" a noun in -s is no verb agreeing with it
    assert classes("Officials said that prices rose.")["prices"] == "N"


def test_a_progressive_after_a_noun_subject_takes_its_object_with_a_participle() -> None:
    said = "The district is building advanced manufacturing clusters for robots."
    c = classes(said)
    assert c["building"] == "V" and c["advanced"] == "E"
    assert "advanced manufacturing clusters" in _said(said)
    # after an -ing verb a past form before a noun is the participle that modifies it
    assert classes("We are developing advanced materials.")["advanced"] == "E"
    # a gerund after "be" with no modifier after it heads a compound
    assert classes("The priority is housing supply.")["housing"] == "N"


def test_a_verb_s_base_form_heading_a_compound_before_a_verb_or_a_stop_is_a_noun() -> None:
    said = ("The Three Gorges ship lock is busy, and ships wait at the Gezhouba ship lock, "
            "while the Yizhang flower drum will tour.")
    c = classes(said)
    assert c["lock"] == "N" and c["drum"] == "N"
    terms = _said(said)
    assert {"Three Gorges ship lock", "Gezhouba ship lock", "Yizhang flower drum"} <= terms
    # a past verb, and a verb after a plural subject, stay verbs
    assert classes("Since the high-speed railway opened, trips are short.")["opened"] == "V"
    assert classes("The fees people pay are low.")["pay"] == "V"


def test_she_after_the_is_the_she_people_not_a_pronoun() -> None:
    # 畲族: "the She ethnic group" names a people; "She" opening a sentence stays a pronoun
    tg = tagger.tag("She said the She ethnic group in Ningde sings pankou songs.")
    assert tg.tags[tg.tokens.index("She", 1)] == "P"
    assert tg.tags[0] != "P"
    text = ("Press conference\n\nBeijing | 10 a.m. Nov. 20, 2024\n\nWang Hong:\n\n"
            "Fu'an is home to the She ethnic group, and She embroidery is sold online.\n")
    assert "She ethnic group" in {e.term for e in harvest_run(reader.parse_text(text)).entries}


@pytest.mark.parametrize(("text", "cls"), [
    # a count above one makes its phrase plural: a verb in -s would not agree with it
    ("The region now runs 1,240 intelligent fully mechanized mining faces and 2,015 "
     "intelligent heading faces, and its output rose.", "N"),
    ("Shaanxi has 312 coal mining faces.", "N"),
    # a year or a number that names something is no count
    ("The 12345 government service hotline faces, and answers, every complaint.", "V"),
    # one, and a share, are singular
    ("One county mining face faces, in winter, heavy snow.", "V"),
])
def test_the_word_in_s_ending_a_counted_phrase_is_its_plural_head(text: str, cls: str) -> None:
    tagged = tagger.tag(text)
    faces = [c for w, c in zip(tagged.tokens, tagged.tags, strict=True) if w == "faces"]
    assert faces and set(faces) == {cls}


def test_a_counted_domain_phrase_is_harvested_whole() -> None:
    text = ("Press conference\n\nBeijing | 10 a.m. Nov. 20, 2024\n\nWang Hong:\n\n"
            "The region now runs 1,240 intelligent fully mechanized mining faces and 2,015 "
            "intelligent heading faces, and more than 900 robots work underground.\n")
    terms = {e.term for e in harvest_run(reader.parse_text(text)).entries}
    assert "mechanized mining faces" in terms


@pytest.mark.parametrize(("text", "word", "cls"), [
    # a phrasal verb's particle before its object is no modifier of the object
    ("The bureau will further break down data barriers.", "down", "R"),
    ("Counties set the down payment at 15 percent.", "down", "J"),
    # a noun with a verb's reading before a particle and a preposition is the verb
    ("Police patrol school gates and crack down on speeding.", "crack", "V"),
    ("The crack in the dam was sealed.", "crack", "N"),
])
def test_a_phrasal_verb_keeps_its_particle_and_its_verb(text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_phrasal_verb_s_particle_opens_no_term() -> None:
    text = ("Press conference\n\nBeijing | 10 a.m. Nov. 20, 2024\n\nWang Hong:\n\n"
            "We will break down information barriers between hospitals.\n")
    terms = {e.term for e in harvest_run(reader.parse_text(text)).entries}
    assert "information barriers" in terms
    assert not [t for t in terms if t.startswith("down ")]


@pytest.mark.parametrize(("text", "word", "cls"), [
    # a verb of a relative clause after the object is no verb of the main clause
    ("The Tianjin Port Group in Binhai upgraded automated terminals that are now used by "
     "every carrier.", "upgraded", "V"),
    ("The CAAC issued rules which were welcomed by airlines.", "issued", "V"),
    # a verb of the clause itself still makes the participle a reduced relative
    ("The Ningxia wines exported last year were sold in Europe.", "exported", "E"),
])
def test_a_relative_clause_s_verb_leaves_the_past_before_it_a_verb(text: str, word: str,
                                                                    cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_name_and_its_past_verb_open_no_term() -> None:
    entries = harvest_run(reader.parse_text(
        "Press conference\n\nThe Yunnan Provincial Forestry Bureau restored wetlands that "
        "were damaged by mining.\n")).entries
    assert not [e.term for e in entries if "restored" in e.term]


@pytest.mark.parametrize("text", [
    "The vaccine entered phase I clinical trials in May.",
    "Rangers guard Class I protected animals such as the snow leopard.",
    "The province launched a Level I emergency response for the storm.",
])
def test_i_after_a_grade_s_word_is_its_numeral_not_the_pronoun(text: str) -> None:
    assert classes(text)["I"] == "P"
    # (the pronoun elsewhere stays one)
    assert classes("As I said, the trials went well.")["I"] == "W"


def test_a_stage_numbered_i_names_its_trials_as_ii_does() -> None:
    entries = harvest_run(reader.parse_text(
        "Press conference\n\nTwelve drugs are in phase I clinical trials and five in phase "
        "II clinical trials.\n")).entries
    assert {"phase I clinical trials", "phase II clinical trials"} <= {e.term for e in entries}


@pytest.mark.parametrize(("text", "word", "cls"), [
    # a base verb after a plain verb's object and "and", before a modifier: the verb of
    # the second conjunct
    ("We raise pensions for rural retirees and support age-friendly flat renovation.",
     "support", "V"),
    ("County towns build cold-storage depots and fund small farmers.", "fund", "V"),
    # without a plain verb before it, or before a noun, it stays a noun
    ("Grants and support available to retirees rose.", "support", "N"),
    ("We improve home care and support services.", "support", "N"),
    ("The county raised pensions and support grew.", "support", "N"),
])
def test_a_base_verb_after_an_object_and_and_is_the_second_conjunct_s_verb(
        text: str, word: str, cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_second_conjunct_s_verb_opens_no_term() -> None:
    terms = _said("In the townships we provide meals for older people and support "
                  "age-friendly flat renovation. Age-friendly flat renovation is slow.")
    assert "age-friendly flat renovation" in terms
    assert not [t for t in terms if t.startswith("support ")]


def test_offer_after_a_plural_subject_is_its_verb() -> None:
    assert classes("Village clinics offer acupuncture and massage.")["offer"] == "V"
    assert classes("Guesthouses offer free breakfasts.")["offer"] == "V"
    # after a modifier it is a noun
    assert classes("The voluntary offer safeguards agreement was signed.")["offer"] == "N"
    terms = _said("Village clinics offer acupuncture and massage to older people, and the "
                  "county's clinics offer herbal baths too.")
    assert not [t for t in terms if " offer " in f" {t} "]


@pytest.mark.parametrize(("text", "word", "cls"), [
    # a mid-clause adverb before a base verb that is a noun too, then a noun phrase
    ("Credit cooperatives in Hunchun now offer yak mortgage loans.", "offer", "V"),
    ("The two provinces jointly fund border trade zones.", "fund", "V"),
    ("Rural e-commerce stations also support live-streaming sales.", "support", "V"),
    # a noun that is no verb stays, and so does a noun after "so"
    ("Yields were low, and mostly tea growers lost income.", "tea", "N"),
    ("The harvest was late, so support funds came in May.", "support", "N"),
])
def test_a_base_verb_after_a_mid_clause_adverb_is_a_verb(text: str, word: str,
                                                          cls: str) -> None:
    assert classes(text)[word] == cls


def test_a_verb_after_an_adverb_opens_no_term() -> None:
    terms = _said("Banks in Manzhouli now offer settlement in local currencies, and "
                  "settlement in local currencies keeps growing.")
    assert not [t for t in terms if t.startswith("offer")]


def test_a_capital_after_a_bracket_inside_a_sentence_is_no_sentence_start() -> None:
    # The document says "red" in lowercase too: after a gloss's bracket the capital is
    # the name's; after a list's number it opens the sentence.
    said = {"red", "green"}
    inside = tagger.tag("It runs along the 300-li (150-kilometer) Red River valley.", said)
    assert dict(zip(inside.tokens, inside.tags, strict=True))["Red"] == "P"
    listed = tagger.tag("(3) Green finance grew fast.", said)
    assert dict(zip(listed.tokens, listed.tags, strict=True))["Green"] == "J"


def test_rank_before_an_ordinal_or_among_is_the_verb_of_a_ranking() -> None:
    """"the county's tea output ranks second": the subject's phrase ends before "ranks",
    which no domain term may end in; "the ranks of" stays a noun."""
    for text in ("Our tea output ranks second in the province.",
                 "Per capita GDP ranks among the top ten cities."):
        t = tagger.tag(text)
        assert t.tags[t.tokens.index("ranks")] == "V", text
    t = tagger.tag("Veterans joined the ranks of the new economy.")
    assert t.tags[t.tokens.index("ranks")] == "N"
    doc = reader.parse_text("Speakers:\nLi Ming, mayor\n\nLi Ming:\nOur tea output ranks second "
                            "in the province, and tea output grew by 5 percent.\n", path="t.txt")
    terms = {e.term for e in harvest_run(doc).entries}
    assert not [term for term in terms if term.endswith(" ranks")]


def test_a_lowercase_prefix_hyphened_to_a_proper_name_is_an_adjective() -> None:
    """两岸, 党内, 赛后: "cross-Strait", "intra-Party", "post-Games" modify the term they
    open; mixed case of another shape stays a name's."""
    t = tagger.tag("The county hosts cross-Strait farming exchanges, intra-Party education "
                   "and post-Games use of its venues with the eCNY wallet.")
    classes = dict(zip(t.tokens, t.tags, strict=True))
    assert [classes[w] for w in ("cross-Strait", "intra-Party", "post-Games")] == ["J"] * 3
    assert classes["eCNY"] == "P"
    doc = reader.parse_text("Speakers:\nLi Ming, mayor\n\nLi Ming:\nWe built cross-Strait "
                            "youth entrepreneurship bases and planned the post-Games use of "
                            "the stadiums, as the post-Games use of the pools.\n", path="t.txt")
    terms = {e.term for e in harvest_run(doc).entries}
    assert {"cross-Strait youth entrepreneurship bases", "post-Games use"} <= terms


def test_a_plural_noun_before_for_and_a_modifier_is_no_verb_of_measure() -> None:
    """Only a share's and a price's verbs take "for" before their figure ("accounts for
    40 percent", "sells for 30 yuan"); "pilot projects for rural broadband" is a noun
    phrase and its complement."""
    t = tagger.tag("Through pilot projects for universal postal service, the county reached "
                   "every village.")
    assert t.tags[t.tokens.index("projects")] == "N"
    t = tagger.tag("Wind power accounts for 40 percent, and the tea sells for 30 yuan.")
    assert t.tags[t.tokens.index("accounts")] == "V"
    assert t.tags[t.tokens.index("sells")] == "V"
