"""Word lists and general-English frequencies shared by the harvesters.

Frequencies come from ``wordfreq``, which ships its data in the package (no
download at run time); it is imported on first use to keep start-up fast.
"""

from __future__ import annotations

from functools import lru_cache

FUNCTION_WORDS = frozenset(
    """
    a an the this that these those such
    and or but nor so yet as than
    of in on at by for to from with within without into onto upon over under
    about above across after against along among around before behind below
    beneath beside besides between beyond during except inside near off out
    outside since through throughout till toward towards until up via per
    is are was were be been being am do does did has have had having will
    would shall should can could may might must
    i me my we us our ours you your yours he him his she her hers it its
    they them their theirs who whom whose which what where when why how
    not no all any both each every either neither some other another
    more most much many few less least very also just only even still
    there here then now thus hence therefore however
    """.split()
)

# Verbs that introduce a quoted remark: `as netizens have commented, "..."`.
SPEECH_VERBS = frozenset(
    """
    say says said saying commented comment comments noted note notes
    remarked remarks wrote writes write put puts goes go sang sing sings
    reads read asked asks ask told tell tells declared declares stated states
    added adds explained explains replied replies answered answers
    stressed stresses emphasized emphasised emphasizes emphasises
    observed observes exclaimed exclaims quipped
    """.split()
)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """General-English Zipf frequency of ``word`` (0 = unseen, 7+ = 'the')."""
    from wordfreq import zipf_frequency  # lazy: loading the lists takes time

    return float(zipf_frequency(word, "en"))


# Set formulations of Chinese political discourse in their standard English renderings
# (genre knowledge: the wording of the CPC's and the State Council's English documents,
# as collected in the China Academy of Translation's "Key Concepts of the Communist Party
# of China" and the Xinhua/CGTN style lists; not taken from any one transcript). A
# translator's glossary must have each of them wherever it is said, even once. Matched
# case-insensitively as whole words, with hyphens or spaces, singular or plural head.
FORMULATIONS = tuple(line.strip() for line in """
    two centenary goals
    Chinese Dream
    great rejuvenation of the Chinese nation
    national rejuvenation
    common prosperity
    moderately prosperous society
    moderately prosperous society in all respects
    moderate prosperity in all respects
    socialism with Chinese characteristics
    socialism with Chinese characteristics for a new era
    Chinese modernization
    Chinese path to modernization
    modern socialist country
    great modern socialist country
    whole-process people's democracy
    people-centered development philosophy
    people-centered approach
    new development philosophy
    new development paradigm
    new development stage
    high-quality development
    new quality productive forces
    supply-side structural reform
    dual circulation
    domestic circulation
    five-sphere integrated plan
    four-pronged comprehensive strategy
    four consciousnesses
    four-sphere confidence
    two establishments
    two upholds
    targeted poverty alleviation
    targeted poverty reduction
    poverty alleviation
    rural revitalization
    rural vitalization
    rural revitalization strategy
    agriculture, rural areas and farmers
    agriculture, rural areas, and farmers
    three rural issues
    new urbanization
    new type of urbanization
    new industrialization
    new type of industrialization
    ecological civilization
    ecological conservation
    ecological protection red line
    lucid waters and lush mountains are invaluable assets
    Beautiful China
    Healthy China
    Digital China
    Peaceful China
    Made in China 2025
    mass entrepreneurship and innovation
    innovation-driven development
    innovation-driven development strategy
    self-reliance and self-strengthening in science and technology
    self-reliance in science and technology
    sci-tech self-reliance
    coordinated regional development
    dual carbon goals
    carbon peaking and carbon neutrality
    carbon peak
    carbon neutrality
    low-altitude economy
    digital economy
    real economy
    private economy
    platform economy
    silver economy
    ice and snow economy
    night-time economy
    new infrastructure
    new business forms
    new business formats
    new consumption
    unified national market
    high-standard opening-up
    high-level opening-up
    institutional opening-up
    opening-up
    reform and opening-up
    Belt and Road Initiative
    Belt and Road cooperation
    community with a shared future for mankind
    community with a shared future
    Global Development Initiative
    Global Security Initiative
    Global Civilization Initiative
    multilateralism
    true multilateralism
    peaceful development
    win-win cooperation
    people-to-people exchanges
    one country, two systems
    patriots administering Hong Kong
    holistic approach to national security
    overall national security outlook
    full and rigorous Party self-governance
    exercising full and rigorous governance over the Party
    law-based governance
    rule of law
    law-based governance of the country
    modernization of the national governance system and capacity
    governance system and governance capacity
    common prosperity for all
    stability on six fronts
    security in six areas
    six stabilities
    six guarantees
    three critical battles
    zero-COVID
    dynamic zero-COVID
    people first
    life first
    municipality directly under the central government
    special administrative region
    autonomous region
    Greater Bay Area
    Guangdong-Hong Kong-Macao Greater Bay Area
    Yangtze River Delta
    Yangtze River Economic Belt
    Beijing-Tianjin-Hebei
    coordinated development of the Beijing-Tianjin-Hebei region
    western development
    large-scale development of the western region
    revitalization of northeast China
    rise of the central region
    new pattern of development
    pilot free trade zone
    free trade port
    Hainan Free Trade Port
    household registration system
    hukou
    urban-rural integration
    urban-rural integrated development
    basic public services
    minimum living allowance
    subsistence allowance
    old-age insurance
    basic medical insurance
    social security system
    surveyed urban unemployment rate
    urban surveyed unemployment rate
    consumer price index
    producer price index
    value added of industries above designated size
    industries above designated size
    total retail sales of consumer goods
    fixed-asset investment
    per capita disposable income
    gross domestic product
    purchasing managers' index
    new energy vehicles
    intelligent connected vehicles
    specialized and sophisticated enterprises
    little giant enterprises
    small and medium-sized enterprises
    state-owned enterprises
    market entities
    business environment
    Internet Plus
    Healthy China initiative
    Thought on Socialism with Chinese Characteristics for a New Era
    Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era
    Xi Jinping Thought on Culture
    Xi Jinping Thought on Ecological Civilization
    core socialist values
    fine traditional Chinese culture
    cultural confidence
    cultural and tourism integration
    integration of culture and tourism
    cultural heritage
    intangible cultural heritage
""".strip().splitlines())
# The headline indicators of the National Bureau of Statistics' monthly and quarterly
# releases, in the wording of its English releases ("National Economy ..." on
# www.stats.gov.cn/english) and in the wording interpreters give the same indicators at
# its State Council Information Office press conferences (genre knowledge: the same set
# is reported every month; not taken from any one transcript). Matched as the
# formulations are, and found as they are, even when said once.
INDICATORS = tuple(line.strip() for line in """
    investment in real estate development
    real estate development investment
    floor space of newly built commercial buildings sold
    sales of newly built commercial buildings
    index of services production
    services production index
    online retail sales of physical goods
    total value of imports and exports
    industrial capacity utilization rate
    per capita consumption expenditure
    core CPI
    profits of industrial enterprises above designated size
""".strip().splitlines())
FORMULATIONS += INDICATORS


# How subjective an adjective is, from the subjectivity lexicon of the Pattern library
# (De Smedt & Daelemans 2012, "Pattern for Python"; ``en-sentiment.xml``, PDDL), which
# ships inside the ``textblob`` wheel beside the tagger's lexicon: about 1,300 adjectives
# hand-tagged per WordNet sense with a subjectivity from 0 (objective, "economic",
# "digital") to 1 (a judgement, "splendid", "delightful"). General English, not the genre.
_SUBJECTIVE = 0.7          # mean over senses: a judgement in most of them
_VAGUE = 0.5               # ... or half of them, for the commonest adjectives
_COMMON_ADJECTIVE = 5.0    # Zipf: "general", "common", "different"


@lru_cache(maxsize=1)
def _subjectivity() -> dict[str, float]:
    import re

    from termsmith.harvest.tagger import data_file

    senses: dict[str, list[float]] = {}
    pattern = re.compile(r'<word form="([^"]+)"[^>]*? pos="JJ"[^>]*? subjectivity="([0-9.]+)"')
    with open(data_file("en-sentiment.xml"), encoding="utf-8") as f:
        for m in pattern.finditer(f.read()):
            senses.setdefault(m.group(1), []).append(float(m.group(2)))
    return {w: sum(v) / len(v) for w, v in senses.items()}


def evaluative(adjective: str) -> bool:
    """Whether an adjective judges rather than classifies: subjective in most of its
    senses ("splendid architecture", "delightful cuisine"), or a very common adjective
    subjective in half of them ("different approaches")."""
    s = _subjectivity().get(adjective)
    if s is None:
        return False
    return s >= _SUBJECTIVE or (s >= _VAGUE and zipf(adjective) >= _COMMON_ADJECTIVE)
