"""What harvest.run keeps and how it ranks: boilerplate and officials under the default
cut, names that are only ever a piece of a longer term dropped. Invented paragraphs in
the genre (a provincial press conference)."""

from __future__ import annotations

from termsmith import harvest, reader

TEXT = "\n\n".join([
    "Press conference on the Coastal Province's fisheries",
    "The Information Office of Coastal Province held a press conference on Tuesday.",
    "Speaker:",
    "Ms. Lan Qiuyue, deputy director of the Coastal Province Fisheries Bureau",
    "Lan Qiuyue:",
    'Good morning. We promoted "island and UAV sightseeing" in the bays. Under the '
    'guidance of General Secretary Xi Jinping, we launched "Haixi Oyster Week" last '
    'spring. "Haixi Oyster Week" drew many buyers, and seaweed aquaculture grew fast. '
    "Seaweed aquaculture now employs many families, and the regular briefing will cover "
    "seaweed aquaculture too.",
    "Xinhua News Agency:",
    "What did the press conference say about oyster farming? Thank you.",
    "Lan Qiuyue:",
    "Oyster farming doubled. Seaweed aquaculture and oyster farming share the same bays. "
    "The poet Qu Yuan wrote of these shores.",
]) + "\n"


def _transcript(*paragraphs: str) -> dict[str, harvest.Entry]:
    """The entries of a transcript made of ``paragraphs`` (blank lines between), by term."""
    text = "\n\n".join(paragraphs) + "\n"
    return {e.term: e for e in harvest.run(reader.parse_text(text)).entries}


def _run(min_score: float = harvest.MIN_SCORE) -> dict[str, harvest.Entry]:
    result = harvest.run(reader.parse_text(TEXT), min_score=min_score)
    return {e.term: e for e in result.entries}


def test_boilerplate_and_officials_fall_under_the_default_cut() -> None:
    entries = _run()
    assert "seaweed aquaculture" in entries
    for boilerplate in ("press conference", "regular briefing", "Xi Jinping"):
        assert boilerplate not in entries, boilerplate
    assert "Qu Yuan" in entries          # named without a title: maybe a historical figure


def test_boilerplate_is_there_when_asked_for_and_last() -> None:
    result = harvest.run(reader.parse_text(TEXT), min_score=0.2)
    terms = [e.term for e in result.entries]
    assert "press conference" in terms
    assert "Xi Jinping" in terms
    assert terms.index("seaweed aquaculture") < terms.index("press conference")


def test_a_name_only_ever_inside_a_longer_term_is_dropped() -> None:
    entries = _run()
    assert "island and UAV sightseeing" in entries
    assert "UAV" not in entries             # an acronym only ever inside the quoted term
    assert "UAV sightseeing" not in entries
    assert "Haixi Oyster Week" in entries


def test_a_phrase_said_mostly_inside_longer_terms_ranks_below_them() -> None:
    entries = _transcript(
        "Kelp",
        "Lan Qiuyue:",
        'The county calls its plan "kelp farming at sea", and "kelp farming at sea" has '
        "spread along the coast. Kelp farming feeds abalone farms.",
    )
    assert entries["kelp farming"].score <= harvest.NESTED_SCORE
    assert entries["kelp farming"].score < entries["kelp farming at sea"].score


def test_a_capitalised_sequence_written_mostly_in_lowercase_is_no_name() -> None:
    entries = _transcript(
        "Forestry briefing",
        "Bai Shulin:",
        "I am joined by the vice minister of Forestry and Grassland. We report on forestry "
        "and grassland work. Funds for forestry and grassland rose, and forestry and "
        "grassland staff planted trees along the Qingshui River. The Qingshui River flows "
        "past the Qingshui River Dam.",
    )
    assert "Forestry and Grassland" not in entries      # lowercase three times of four
    assert "Forestry" not in entries
    assert "Qingshui River" in entries                  # capitalised wherever it is said


def test_a_document_s_title_in_capitals_stays_a_name_though_a_lead_writes_it_lowercase() -> None:
    entries = _transcript(
        "SCIO briefing on implementing the action plan for building high-standard pastures",
        "Bai Shulin:",
        "In 2023 the Action Plan for Building High-Standard Pastures was adopted, and "
        "counties across Qinghai set out to carry it through.",
    )
    assert "Action Plan for Building High-Standard Pastures" in entries


def test_a_piece_of_a_quoted_title_found_by_shape_and_statistics_is_dropped() -> None:
    # "Blue Harvest" is found as a name (capitals) and as a phrase (said in lowercase
    # too) but only ever inside the title: a piece of it, whichever harvesters found it.
    entries = _transcript(
        "Briefing on the white paper on Haixi's blue harvest from shoal to shore",
        "Lan Qiuyue:",
        'Today we release a white paper titled "Haixi\'s Blue Harvest from Shoal to Shore." '
        'The paper "Haixi\'s Blue Harvest from Shoal to Shore" has eight chapters.',
    )
    assert "Haixi's Blue Harvest from Shoal to Shore" in entries
    assert "Blue Harvest" not in entries


def test_the_speech_of_the_event_is_boilerplate() -> None:
    entries = set(_transcript(
        "Dike briefing",
        "Lan Qiuyue:",
        "In her opening remarks, the director thanked the dike builders. Opening remarks "
        "aside, dike builders along the estuary asked about tidal gauges.",
    ))
    assert "opening remarks" not in entries
    assert "dike builders" in entries


def test_the_outlets_of_the_press_are_boilerplate_but_a_trade_s_are_terms() -> None:
    entries = set(_transcript(
        "Press conference on grain reserves",
        "Lan Qiuyue:",
        "The floor is now open. Please identify the news outlet you represent. Media "
        "outlets from Hong Kong are welcome too.",
        "Lan Qiuyue:",
        "Every county has grain emergency supply outlets, and emergency supply outlets "
        "opened in the towns.",
    ))
    assert "news outlet" not in entries and "media outlets" not in entries
    assert "grain emergency supply outlets" in entries


def test_a_treaty_named_inside_a_body_s_name_is_kept() -> None:
    terms = set(_transcript(
        "Press conference on wetland protection",
        "Lan Qiuyue:",
        "The province sent experts to the Conference of the Contracting Parties to the "
        "Convention on Wetlands in Victoria Falls, and the Ramsar sites grew.",
    ))
    assert "Conference of the Contracting Parties to the Convention on Wetlands" in terms
    assert "Convention on Wetlands" in terms


def test_the_organisation_a_department_belongs_to_is_a_name_too() -> None:
    terms = set(_transcript(
        "Press conference on seed industry",
        "Lan Qiuyue:",
        "The General Office of the CPC Guangxi Regional Committee and the Seed Management "
        "Bureau of the Ministry of Agriculture and Rural Affairs issued the plan.",
    ))
    assert {"General Office of the CPC Guangxi Regional Committee",
            "CPC Guangxi Regional Committee",
            "Seed Management Bureau of the Ministry of Agriculture and Rural Affairs"} <= terms


def test_a_set_formulation_said_only_inside_a_quoted_title_is_kept() -> None:
    terms = set(_transcript(
        "Press conference on promoting high-quality development: Qinghai",
        "The State Council Information Office held a press conference on promoting "
        "high-quality development in Qinghai province.",
        "Lan Qiuyue:",
        'Welcome to the 12th press conference in the series "Promoting High-Quality '
        'Development." Salt lake lithium output grew.',
    ))
    assert "high-quality development" in terms
    assert "Promoting High-Quality Development" in terms



def test_a_set_formulation_said_capitalised_only_inside_quoted_titles_is_kept() -> None:
    # The name harvester sees it too ("Space Power" in Title Case): as a
    # name inside a quoted title it would be a fragment, as a formulation it is a term.
    terms = set(_transcript(
        "Press conference on the white paper on the space industry",
        "The State Council Information Office released a white paper on the space industry.",
        "Lan Qiuyue:",
        'Its chapters are "Striving to Build a Space Power" and "Serving the World." '
        'Freight trains ran daily.',
    ))
    assert "space power" in {t.lower() for t in terms}


def test_a_body_s_field_said_in_lowercase_ranks_below_the_terms() -> None:
    entries = _transcript(
        "Press conference on veterans affairs",
        "Lan Qiuyue:",
        "The Ministry of Veterans Affairs held the meeting. Veterans affairs work improved, "
        "veterans affairs offices opened in every county, and veterans affairs services "
        "went online. Veterans affairs cadres visited 20,000 families.",
    )
    assert "Ministry of Veterans Affairs" in entries
    field = entries["veterans affairs"]          # still listed, for the reviewer to judge
    assert field.score <= harvest.NESTED_SCORE
    assert entries["Ministry of Veterans Affairs"].score > field.score


def test_at_equal_score_a_name_ranks_above_a_lowercase_domain_term() -> None:
    # the evidence of a capitalised name or a quote is more often a glossary's term than
    # a lowercase phrase's (benchmarks/harvest_eval.py: four in five against three in
    # five at 0.8), so at one score it comes first, whatever the alphabet says
    text = "\n\n".join([
        "Press conference on forestry in the karst hills",
        "Speakers:", "Mr. Wei Hong, director of the provincial forestry bureau",
        "Wei Hong:",
        "The Zhuang Forestry Research Institute helped the karst hills toward common "
        "prosperity."]) + "\n"
    entries = harvest.run(reader.parse_text(text)).entries
    order = [e.term for e in entries]
    name, formulation = "Zhuang Forestry Research Institute", "common prosperity"
    by_term = {e.term: e for e in entries}
    assert by_term[name].score == by_term[formulation].score
    assert order.index(name) < order.index(formulation)


def test_a_local_government_said_only_in_its_office_s_name_ranks_below_free_names() -> None:
    entries = _transcript(
        "Press conference on Lishan City's tea gardens",
        "The Information Office of the Qinghe Provincial People's Government held a press "
        "conference on Lishan's tea gardens on Tuesday.",
        "Speaker:",
        "Mr. Zhou Ping, mayor of Lishan",
        "Zhou Ping:",
        "The Lishan Tea Research Institute bred two cultivars. The Qinghe Provincial "
        "Tea Association certified the Lishan Maofeng brand.",
        "Ningxia Daily:",
        "What did the Lishan Municipal People's Government do for growers?",
        "Zhou Ping:",
        "The Lishan Municipal People's Government paid for new terraces.")
    office = entries["Information Office of the Qinghe Provincial People's Government"]
    host = entries["Qinghe Provincial People's Government"]
    assert host.score < office.score
    assert host.score < entries["Lishan Tea Research Institute"].score
    assert "said only inside longer names" in host.evidence
    # a government said on its own keeps its score as a name
    city = entries["Lishan Municipal People's Government"]
    assert city.score > host.score
    assert "said only inside longer names" not in city.evidence


def test_a_numbered_central_committee_said_only_in_its_plenary_session_ranks_below() -> None:
    entries = _transcript(
        "Press conference on reform in Lishan",
        "The Information Office of Lishan held a press conference on Tuesday.",
        "Speaker:",
        "Mr. Zhou Ping, mayor of Lishan",
        "Zhou Ping:",
        "We are studying the guiding principles of the third plenary session of the 20th "
        "CPC Central Committee. The Lishan Tea Research Institute bred two cultivars.",
        "China Daily:",
        "What did the 19th CPC Central Committee decide for growers?",
        "Zhou Ping:",
        "It set up the Lishan Maofeng brand.")
    inside = entries["20th CPC Central Committee"]
    assert inside.score < entries["Lishan Tea Research Institute"].score
    assert "said only inside longer names" in inside.evidence
    # a committee said on its own keeps its score as a name
    free = entries["19th CPC Central Committee"]
    assert free.score > inside.score
    assert "said only inside longer names" not in free.evidence


def test_an_autonomous_area_said_only_in_its_government_s_name_is_a_low_ranked_name() -> None:
    entries = _transcript(
        "Press conference on Lishan City's tea gardens",
        "The Information Office of the People's Government of Qinghe Miao Autonomous "
        "Prefecture held a press conference on Lishan's tea gardens on Tuesday.",
        "Speaker:",
        "Ms. Long Mei, deputy director of the Information Office of the People's "
        "Government of Qinghe Miao Autonomous Prefecture",
        "Long Mei:",
        "The Lishan Tea Research Institute bred two cultivars. Growers in Baiyun Yao "
        "Autonomous County sell them too.",
        "Guizhou Daily:",
        "What did the Department of Agriculture of the Baiyun Yao Autonomous County do?",
        "Long Mei:",
        "It paid for new terraces.")
    # the official name of an ethnic autonomous area inside its government's name is a
    # name of its own
    host = entries["Qinghe Miao Autonomous Prefecture"]
    assert host.category == "place"
    assert host.score < entries["Lishan Tea Research Institute"].score
    assert "said only inside longer names" in host.evidence
    # one said on its own too keeps its score as a name
    county = entries["Baiyun Yao Autonomous County"]
    assert county.score > host.score
    assert "said only inside longer names" not in county.evidence


def test_a_member_of_a_quoted_series_explained_on_its_own_ranks_below_the_series() -> None:
    entries = _transcript(
        "Press conference on the paper industry",
        "Lan Qiuyue:",
        'Our mills follow "merging, greening, digitising and exporting." "Merging" means '
        'fewer and larger companies. "Greening" means cleaner pulp. "Digitising" means '
        "smart workshops, and the last word speaks for itself.",
    )
    series = entries["merging, greening, digitising and exporting"]
    for member in ("Merging", "Greening", "Digitising"):
        assert entries[member].score <= harvest.NESTED_SCORE, member
        assert series.score > entries[member].score
    # a quoted word that is no member of a series keeps its score
    alone = _transcript(
        "Press conference on the paper industry",
        "Lan Qiuyue:",
        'Our mills follow "merging, greening and exporting." "Digitising" means smart '
        "workshops.",
    )
    assert alone["Digitising"].score > harvest.NESTED_SCORE


# A provincial briefing of the genre, invented: a statistical phrase said in every answer,
# an acronym in brackets after a name it does not spell, a long slogan in quotes, and
# outlets named only in the turn labels.
_BRIEFING = [
    "Press conference on the Lakeland Province's water reform",
    "Speaker:",
    "Mr. Fang Lizhi, director of the Lakeland Water Resources Department",
    "Fang Lizhi:",
    "Good morning. Reservoir dredging went on all year. We joined the Lakeland River "
    "Basin Water Alliance (LRWA) in 2023. Reservoir dredging is slow work, and the "
    'villages say "those who keep the water clean shall share the fruits of the water '
    'they keep clean".',
    "Lakeshore Evening News:",
    "How far has reservoir dredging gone this year?",
    "Fang Lizhi:",
    "Reservoir dredging covered forty reservoirs. Reservoir dredging continues.",
    "River Valley Daily:",
    "Will reservoir dredging reach the northern counties?",
    "Fang Lizhi:",
    "Yes. Reservoir dredging will reach them next spring, with the Lakeland Hydrology "
    "Survey Bureau.",
]


def _ranks(*paragraphs: str) -> dict[str, int]:
    """Each term's place in the ranked harvest of :func:`_transcript`."""
    return {term: i for i, term in enumerate(_transcript(*paragraphs))}


def test_outlets_named_in_turn_labels_rank_above_a_phrase_found_by_statistics() -> None:
    ranks = _ranks(*_BRIEFING)
    assert "reservoir dredging" in ranks
    for outlet in ("Lakeshore Evening News", "River Valley Daily"):
        assert ranks[outlet] < ranks["reservoir dredging"], outlet


def test_a_bracketed_acronym_without_its_expansion_ranks_above_statistics() -> None:
    ranks = _ranks(*_BRIEFING)
    assert ranks["LRWA"] < ranks["reservoir dredging"]


def test_a_long_slogan_in_quotes_ranks_above_statistics() -> None:
    ranks = _ranks(*_BRIEFING)
    slogan = "those who keep the water clean shall share the fruits of the water they keep clean"
    assert ranks[slogan] < ranks["reservoir dredging"]


def test_a_name_said_once_ranks_above_a_phrase_found_by_statistics_alone() -> None:
    ranks = _ranks(*_BRIEFING)
    assert ranks["Lakeland Hydrology Survey Bureau"] < ranks["reservoir dredging"]
