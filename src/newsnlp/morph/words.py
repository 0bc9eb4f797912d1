"""Words of a name phrase: tokens, the inflectable span before a complement, acronyms and
capitalisation.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from newsnlp.morph import morfeusz as morphology
from newsnlp.resources import DOTALL, Pattern, compile_pattern, load_json

_TOKEN = compile_pattern(r"[\p{L}\p{M}\p{N}]+|\s+|.", DOTALL)


_APOSTROPHE_SUFFIX = compile_pattern(
    r"(?<=\p{L})['’](?:s(?=\s*$)|a|u|e|y|ego|emu|owi|em|ie|om|ów|ach|ami|m|go|mu|ą|ę)"
    r"(?![\p{L}\p{N}])", 0)


_STOP_PUNCT = frozenset(",;:()[]{}\"„”“«»/|!?&+")


# Polish prepositions (lower case), shared with the company-name rules
PREPOSITIONS = frozenset(
    {"w", "we", "z", "ze", "na", "do", "dla", "od", "o", "pod", "nad", "przy", "u", "po", "za",
     "przed", "między", "ku", "bez", "przez"}
)
# conjunctions that join two names (lower case): a name never ends with one
CONJUNCTIONS = frozenset({"i", "oraz", "a", "lub", "albo"})

_STOP_WORDS = PREPOSITIONS | CONJUNCTIONS | frozenset(
    {
        "im", "czy", "ani",
        "the", "of", "and", "de", "du", "des", "la", "le", "von", "van", "der", "den", "y",
    }
)


class Token(NamedTuple):
    """A piece of the phrase: a word (letters/digits) or a separator, verbatim."""

    text: str
    is_word: bool


class Word(NamedTuple):
    """A word of the inflectable span: token index, text, whether '-' glues it to the last
    word, and whether it is an abbreviation ('św.', 'gen.') that is kept as it is."""

    at: int
    text: str
    hyphenated: bool
    abbrev: bool = False


@functools.lru_cache(maxsize=1)
def _acronym_suffix() -> Pattern:
    """An acronym and the case ending glued to it (`data/morphology/acronym_endings.json`)."""
    endings = sorted(load_json("morphology/acronym_endings.json")["endings"], key=len,
                     reverse=True)
    return compile_pattern(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*)"
                         rf"-(?:{'|'.join(endings)})(?![\p{{L}}\p{{N}}])", 0)


def strip_acronym_suffixes(phrase: str) -> str:
    """Drop endings glued to acronyms and foreign names: 'ZUS-u' -> 'ZUS', "Andy'ego" -> 'Andy'."""
    acronym = _acronym_suffix()
    return str(_APOSTROPHE_SUFFIX.sub("", acronym.sub(r"\1", phrase)))


def tokenise(phrase: str) -> list[Token]:
    """Split into words (runs of letters, marks, digits) and single separator characters."""
    return [Token(t, t[0].isalnum() or t[0].isalpha()) for t in _TOKEN.findall(phrase)]


def is_stop_separator(tokens: Sequence[Token], i: int) -> bool:
    """True when separator `i` ends the inflectable part (punctuation, spaced dash)."""
    text = tokens[i].text
    if text in _STOP_PUNCT:
        return True
    if text == "." and i + 1 < len(tokens) and tokens[i + 1].is_word:  # 'mam.media.pl'
        return True
    if text in "-–—":
        before = i > 0 and not tokens[i - 1].is_word
        after = i + 1 < len(tokens) and not tokens[i + 1].is_word
        return text != "-" or before or after
    return False


def is_stop_word(word: str) -> bool:
    """True for lowercase prepositions and conjunctions that start a complement ('w', 'i')."""
    if not word.islower():
        return False
    if word in _STOP_WORDS:
        return True
    return any(a.tag.split(":", 1)[0] in ("prep", "conj", "comp") for a in morphology.analyse(word))


def inflectable_span(tokens: Sequence[Token]) -> list[Word]:
    """The words before the first complement-starting word or separator."""
    return span_from(tokens, 0)[0]


def span_from(tokens: Sequence[Token], start: int) -> tuple[list[Word], int]:
    """The words from token `start` to the first complement-starting word or separator, and
    the index of that stopping token (len(tokens) when none)."""
    words: list[Word] = []
    for i in range(start, len(tokens)):
        tok = tokens[i]
        if tok.is_word:
            if words and is_stop_word(tok.text):
                return words, i
            glued = i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].is_word
            dotted = (
                i + 1 < len(tokens)
                and tokens[i + 1].text == "."
                and (tok.text.islower() or len(tok.text) == 1)  # 'św.', initials 'J.'
            )
            if not words and not dotted and tok.text.lower() in PREPOSITIONS:
                return words, i  # a title: 'Dla Ciebie Wszystko'
            words.append(Word(i, tok.text, glued, dotted))
        elif words and is_stop_separator(tokens, i):
            if len(words) == 1 and tok.text == "." and tokens[i - 1].is_word:
                return [], i  # a domain or file name: 'mam.media.pl'
            return words, i
    return words, len(tokens)


def is_acronym(word: str, phrase_upper: bool) -> bool:
    """A word with several capitals ('PKP', 'PiS') in a phrase that is not all capitals:
    an acronym, never inflected."""
    return sum(c.isupper() for c in word) > 1 and not phrase_upper and not word.istitle()


def match_case(form: str, model: str) -> str:
    """Give `form` the capitalisation pattern of `model`: ALL CAPS, Capitalised or lower."""
    if len(model) > 1 and model.isupper():
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    if model[:1].islower():
        return form[:1].lower() + form[1:]
    return form
