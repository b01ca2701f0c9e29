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
