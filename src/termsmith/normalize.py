"""Text normalisation shared by the harvesters, the store and the checks: keys, folding, number.

One module so that a term is grouped, stored, looked up and checked by the same
rules (issue 15, item 15: the store used to import the harvester for this)::

    typography(s)  curly quotes and apostrophes straight, dashes hyphens, NBSP a space
    fold(s)        lower case, same length (offsets into the original stay valid)
    search_fold(s) full Unicode case folding, for case-insensitive search ("ß" → "ss")
    squash(s)      runs of white space to one space, stripped
    singular(w)    the singular of an English noun; plural(w) the plural
    key(term)      the grouping key: case, plural, spacing and hyphenation folded
    form_key(term) case and plural folded, spacing and hyphenation kept
    find_form(sentence, term)  where a term stands in a sentence, case-insensitively

:data:`KEY_VERSION` names the rules :func:`key` follows; the store keeps it and
re-keys its terms when it changes, so stored keys never go stale.
"""

from __future__ import annotations

import re
from functools import lru_cache

from termsmith.inputs import strip_invisible

# Bump whenever key() or form_key() would give a different answer for some text:
# term bases re-key their terms on open (see termsmith.store).
KEY_VERSION = 3        # 2: invisible format characters (zero-width, bidi) ignored
#                        3: plurals in -ses made singular right ("bases" base, "surpluses" surplus)

# Typographic variants that never make two terms different (Unicode General
# Punctuation: U+2018/2019 single quotes, U+201C/201D double quotes, U+2013/2014
# dashes; U+00A0 no-break space).
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                             "\u00a0": " "})
_SPACING = re.compile(r"[\s\-]+")


def typography(text: str) -> str:
    """Straight quotes and apostrophes, hyphens for dashes, plain spaces for no-break spaces."""
    return text.translate(_TYPOGRAPHY)


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def search_fold(text: str) -> str:
    """Full Unicode case folding for case-insensitive search ("Ürümqi" finds "ürümqi")."""
    return text.casefold()


def squash(text: str) -> str:
    """Runs of white space collapsed to one space, ends stripped."""
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """The singular of an English noun (``delicacies`` → ``delicacy``); unchanged if not plural."""
    if len(word) < 4 or word[-1] not in "sS" or word.endswith(("ss", "us", "is", "'s")):
        return word
    if word.isupper() or (word[:-1].isupper() and word.endswith("s")):
        return word[:-1]                       # SMEs -> SME
    got: str = _singularize(word) or word
    if word.endswith("ses"):
        got = _singular_in_ses(word, got)
    return got


# Words a plural in -ses is never the plural of: "theses" is no plural of "these".
_NOT_SINGULAR = frozenset({"these", "those"})


@lru_cache(maxsize=4096)
def _singular_in_ses(word: str, got: str) -> str:
    """The singular of a plural in -ses where ``inflection``'s rules guess wrong: "-ses"
    is "-sis" in Greek plurals ("analyses", "crises") but "-se" in "bases" (a base, as in
    "production bases"), and "-s" + "es" after a noun in -s ("surpluses", "censuses",
    "gases"), where the rules give "-se". The reading English uses more (wordfreq's Zipf
    frequency) decides between them."""
    from termsmith.frequency import zipf  # lazy: only words in -ses ever ask

    def used(w: str) -> float:
        return zipf(w.lower())

    if got.endswith("sis"):                                 # bases -> basis or base?
        alt = word[:-1]
        if alt.lower() not in _NOT_SINGULAR and used(alt) > used(got):
            return alt
    elif got == word[:-1]:                                  # surpluses -> surpluse?
        alt = word[:-2]
        if len(alt) >= 3 and alt.endswith("s") and used(alt) >= 3.0 and used(alt) > used(got):
            return alt
    return got


@lru_cache(maxsize=16384)
def plural(word: str) -> str:
    """The plural of an English noun (``brand`` → ``brands``)."""
    return _pluralize(word) or word


# ``inflection``'s singularize and pluralize, rule for rule, with its rules compiled once:
# the package searches each rule as a pattern string (the uncountables' patterns built
# anew on every call), a lookup in re's cache per rule, about 0.1 ms a word; a harvest
# asks about thousands of distinct words.
_Rules = tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...],
              tuple[tuple[re.Pattern[str], str], ...], frozenset[str]]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    import inflection  # small and fast to import (inflect takes over a second)

    # any uncountable at the word's end, as the package's one search per uncountable
    words = "|".join(f"(?:{u})" for u in sorted(inflection.UNCOUNTABLES))
    uncountable = re.compile(rf"(?i)\b(?:{words})\Z")
    singulars = tuple((re.compile(rule), repl) for rule, repl in inflection.SINGULARS)
    plurals = tuple((re.compile(rule), repl) for rule, repl in inflection.PLURALS)
    return uncountable, singulars, plurals, frozenset(inflection.UNCOUNTABLES)


def _singularize(word: str) -> str:
    """``inflection.singularize(word)``."""
    uncountable, singulars, _, _ = _rules()
    if uncountable.search(word):
        return word
    for rule, replacement in singulars:
        if rule.search(word):
            return rule.sub(replacement, word)
    return word


def _pluralize(word: str) -> str:
    """``inflection.pluralize(word)``."""
    _, _, plurals, uncountables = _rules()
    if not word or word.lower() in uncountables:
        return word
    for rule, replacement in plurals:
        if rule.search(word):
            return rule.sub(replacement, word)
    return word


# English nouns whose plural is irregular and that the ``inflection`` package gets wrong
# (it pluralises foot as foots): standard English grammar, singular -> plural.
_IRREGULAR = {
    "foot": "feet", "tooth": "teeth", "goose": "geese", "mouse": "mice", "louse": "lice",
    "criterion": "criteria", "phenomenon": "phenomena", "leaf": "leaves", "half": "halves",
    "shelf": "shelves", "thief": "thieves", "wolf": "wolves", "life": "lives", "wife": "wives",
    "knife": "knives", "calf": "calves", "ox": "oxen",
}
_IRREGULAR_SINGULAR = {v: k for k, v in _IRREGULAR.items()}


@lru_cache(maxsize=16384)
def inflections(phrase: str) -> frozenset[str]:
    """``phrase`` with its last word as singular and as plural, irregular plurals included.

    ``black soil`` → {black soil, black soils}; ``child`` → {child, children};
    ``foot`` → {foot, feet}. The grouping key (:func:`key`) is not affected: this is
    for finding a term in a translation whatever its number.
    """
    words = phrase.split(" ")
    last = words[-1]
    low = last.lower()
    forms = {last, singular(last), plural(last)}
    for table in (_IRREGULAR, _IRREGULAR_SINGULAR):
        if low in table:
            other = table[low]
            forms.add(other.capitalize() if last[:1].isupper() else other)
    return frozenset(" ".join([*words[:-1], f]) for f in forms if f)


@lru_cache(maxsize=65536)
def key(term: str) -> str:
    """The grouping key of a term: case, plural, spacing and hyphenation folded.

    ``Daqing Oil Field`` and ``Daqing Oilfield`` share a key, as do
    ``time-honored brands`` and ``Time-Honored Brand``. Invisible format characters
    (zero-width space and joiners, direction overrides) are ignored (issue 15, item 25).
    """
    words = typography(strip_invisible(term)).split()
    if words:
        words[-1] = singular(words[-1])
    return _SPACING.sub("", " ".join(words)).casefold()


@lru_cache(maxsize=65536)
def form_key(term: str) -> str:
    """Case and plural folded, but spacing and hyphenation kept.

    Two forms with the same :func:`key` but different form keys are variants a
    reviewer may want told apart (``Daqing Oil Field`` / ``Daqing Oilfield``).
    """
    words = typography(strip_invisible(term)).split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words).casefold()


def find_form(sentence: str, term: str) -> tuple[int, int] | None:
    """The span of ``term`` in ``sentence`` (case-insensitive, typography folded), or None."""
    hay, needle = fold(typography(sentence)), fold(typography(squash(term)))
    at = hay.find(needle) if needle else -1
    return None if at < 0 else (at, at + len(needle))


__all__ = ["KEY_VERSION", "find_form", "fold", "form_key", "inflections", "key", "plural",
           "search_fold", "singular", "squash", "typography"]
