"""Nominative base forms of Polish multi-word names (KPWr / PolEval 2019 guidelines).

The algorithm, as small steps:

1. strip inflectional endings glued to acronyms ("MOPS-ie" -> "MOPS"), split the phrase into
   words and separators (kept verbatim, so the output keeps spacing and punctuation);
2. cut off the *complement* part: everything from the first preposition, conjunction, comma,
   bracket, quote or spaced dash stays as it is ("... w Sosnowcu", "... im. Jana Pawła II");
3. in the inflectable part choose the *head* noun and one agreement key (number, case,
   gender): the key shared by the largest run of agreeing words (adjectives before and after
   the head, following names in person names, the second half of hyphenated compounds), ties
   broken by real municipality names for compounds ("Bielsko-Biała"), then by a score of
   Morfeusz readings learned on KPWr TRAIN ("Pawła" is Paweł, gen., not Pawła); a phrase of
   names and unknown words is read as one person name when that covers more words: one
   singular case and gender for all its parts, shown on two of them ("Hectora Berlioza");
   vocatives in -o are read as foreign nominatives ("Renato", not Renata);
4. rewrite the head and its agreeing words to the nominative of the same number and gender;
   genitive complements ("Komendy Powiatowej *Policji*") stay; words Morfeusz does not know
   ("Olmerta") go through suffix rules learned on KPWr TRAIN; capitalisation follows the input;
5. conjuncts in the same oblique case follow ("Prawa i Sprawiedliwości").

docs/accuracy.md has the measured accuracy, the data files' origin and licences.

Morfeusz 2 (via `newsnlp.morph.morfeusz`) supplies analyses and forms. Without it (Linux aarch64,
or NEWSNLP_NO_MORFEUSZ=1) only suffix rules run, with a warning issued once per process.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Sequence

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.agreement import adjective_parse, best_parse
from newsnlp.morph.learned import apply_suffix_rules, fallback_context, unknown_nominative
from newsnlp.morph.nominative import nominative_of
from newsnlp.morph.persons import more_names, person_parse
from newsnlp.morph.readings import Parse, is_transparent, is_unknown, word_readings
from newsnlp.morph.words import Token, Word, is_acronym, span_from, strip_acronym_suffixes, tokenise

__all__ = ["base_form"]


def analysable(words: Sequence[Word], phrase_upper: bool) -> list[Word]:
    """Words as Morfeusz should see them: acronyms and fragments of foreign names hidden,
    ALL-CAPS phrases capitalised."""
    out = []
    for n, w in enumerate(words):
        text = w.text
        if is_transparent(text):
            pass
        elif is_acronym(text, phrase_upper) or (n < len(words) - 1 and foreign_fragment(text)):
            text = ""
        elif phrase_upper and len(text) > 1:
            text = text.capitalize()
        out.append(Word(w.at, text, w.hyphenated, w.abbrev))
    return out


def foreign_fragment(word: str) -> bool:
    """A capitalised word SGJP knows as a fragment of a foreign multi-word name ('New' of
    'New York') and in no nominative: Polish leaves it uninflected before the name's other
    words, where a Polish reading ('New', plural genitive of 'Newa') would inflect it."""
    analyses = morphology.analyse(word)
    return (word[:1].isupper() and any(a.tag == "frag" for a in analyses)
            and not any(":nom" in a.tag for a in analyses))


def unknown_rewrite(words: Sequence[Word], source: Sequence[Word]) -> dict[int, str]:
    """No parse: unknown capitalised words by the suffix rules, the rest kept."""
    out = {}
    for w, src in zip(words, source, strict=True):
        if is_unknown(w.text):
            out[src.at] = apply_suffix_rules(src.text, "unknown")
        elif word_readings(w.text) or not is_transparent(w.text):
            break
    return out


def rewrite(words: Sequence[Word], phrase_upper: bool) -> tuple[dict[int, str], Parse | None]:
    """New texts for the token indices whose word goes to the nominative, and the parse."""
    if not words:
        return {}, None
    seen = analysable(words, phrase_upper)
    parse = None
    if all(w.text.islower() for w in seen):
        parse = adjective_parse(seen)
        if parse is not None and len(parse.chosen) != len(seen):
            parse = None
    lemma_only = parse is not None
    if parse is None:
        parse = more_names(best_parse(seen), person_parse(seen))
    if parse is None:
        parse = adjective_parse(seen)
        lemma_only = parse is not None and len(parse.chosen) == len(seen)
    if parse is None:
        return unknown_rewrite(seen, words), None
    return apply_parse(parse, words, lemma_only), parse


def apply_parse(parse: Parse, words: Sequence[Word], lemma_only: bool,
                alone: bool = True) -> dict[int, str]:
    """New texts of the words a parse sends to the nominative (`alone`: not a conjunct)."""
    out = {}
    for j, r in parse.chosen.items():
        src = words[j].text
        if r is None:
            out[words[j].at] = unknown_nominative(src, parse.key.case)
        else:
            out[words[j].at] = nominative_of(src, r, lemma_only, alone and len(words) == 1)
    return out


_CONJUNCTIONS = frozenset({"i", "oraz", "lub", "albo", ","})


def coordinated(tokens: Sequence[Token], words: Sequence[Word], stop: int,
                parse: Parse | None, phrase_upper: bool) -> dict[int, str]:
    """Conjuncts coordinated with the head run ('Prawa i Sprawiedliwości', 'Szkole Filmowej,
    Telewizyjnej i Teatralnej'): inflected when they stand in the same oblique case."""
    out: dict[int, str] = {}
    while (
        parse is not None
        and parse.key.case != "nom"
        and max(parse.chosen) == len(words) - 1
        and stop < len(tokens)
        and tokens[stop].text in _CONJUNCTIONS
    ):
        words, stop = span_from(tokens, stop + 1)
        if not words:
            break
        seen = analysable(words, phrase_upper)
        key = parse.key
        parse = best_parse(seen, key.case) or adjective_parse(seen, key)
        if parse is not None:
            out.update(apply_parse(parse, words, False, alone=False))
    return out


@functools.lru_cache(maxsize=1)
def _warn_fallback() -> None:
    """Warn once per process that base forms run on the suffix-rule fallback."""
    warnings.warn(
        "morfeusz2 is not available: newsnlp.base_form uses a suffix-rule fallback "
        "(lower accuracy, see docs/accuracy.md)",
        RuntimeWarning,
        stacklevel=4,
    )


def fallback_rewrite(words: Sequence[Word], phrase_upper: bool) -> dict[int, str]:
    """Suffix rules on the inflectable words, first word and later words apart (no Morfeusz)."""
    out = {}
    for n, w in enumerate(words):
        if w.text[:1].isdigit() or is_acronym(w.text, phrase_upper):
            continue
        if n == 0:
            nxt = words[1].text if len(words) > 1 else None
            out[w.at] = apply_suffix_rules(w.text, fallback_context(nxt), "first")
        else:
            out[w.at] = apply_suffix_rules(w.text, "later")
    return out


def base_form_uncached(phrase: str) -> str:
    """`base_form` without the phrase cache."""
    tokens = tokenise(strip_acronym_suffixes(phrase))
    words, stop = span_from(tokens, 0)
    letters = [c for c in phrase if c.isalpha()]
    phrase_upper = len(words) > 1 and all(c.isupper() for c in letters)
    if morphology.available():
        changes, parse = rewrite(words, phrase_upper)
        changes.update(coordinated(tokens, words, stop, parse, phrase_upper))
    else:
        _warn_fallback()
        changes = fallback_rewrite(words, phrase_upper)
    return "".join(changes.get(i, tok.text) for i, tok in enumerate(tokens))


@functools.lru_cache(maxsize=1 << 16)
def base_form(phrase: str) -> str:
    """The nominative base form of a Polish name: "Komendy Powiatowej Policji w Poddębicach"
    -> "Komenda Powiatowa Policji w Poddębicach"; "ZUS-u" -> "ZUS". Never raises on a str."""
    if not isinstance(phrase, str):
        raise TypeError(f"base_form() expects str, got {type(phrase).__name__}")
    return base_form_uncached(phrase)
