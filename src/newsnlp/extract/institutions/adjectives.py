"""A capitalised adjective before a name that agrees with its head is part of the name.

Inside a sentence a capital marks a name's word, so 'Bielskie Centrum Kultury' is a name
of its own, not the Centrum Kultury of the gazetteer, 'Pomorskiego Oddziału Straży
Granicznej' a unit named with its adjective, and in 'Zakładu Epidemiologii Narodowego
Instytutu Leków' the adjective opens the parent's name, not the unit's. At a sentence
start a capital tells nothing, so the adjective is read only after a word of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.extract.institutions import name_words as words
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.tokens import Token
from newsnlp.morph.inflect import CASES, Head, inflect_name, parse_name

__all__ = ["compound_end", "opens_name", "prefix_adjective", "unit_adjective"]

# capitalised adjectives a name may open with before its head: a region's and a level's
# ('Mazowiecki Wojewódzki Związek Piłki Siatkowej')
PREFIX_ADJECTIVES = 2


def unit_adjective(text: str, tokens: Sequence[Token], i: int, name_end: int,
                   case: str) -> int:
    """The first token of a unit's name: its head at token i, or the capitalised adjective
    before it that agrees with the head inside a sentence ('Pomorskiego Oddziału Straży
    Granicznej'), which is part of the unit's own name."""
    head = parse_name(text[tokens[i].start:name_end], case)
    if (head is None or i < 2 or not words.agreeing(text, tokens, i - 1, head, case)
            or not tokens[i - 2].text[:1].isalnum()):
        return i
    return i - 1


def opens_name(text: str, tokens: Sequence[Token], k: int, m: Mention) -> bool:
    """Token k, right before mention `m` (a type or generic name read at token k + 1), is a
    capitalised adjective agreeing with its head: the name starts there."""
    if m.via_acronym or m.what not in ("type", "generic") or m.name_end is None:
        return False
    head = parse_name(text[m.start:m.name_end], m.case or "nom")
    return head is not None and words.agreeing(text, tokens, k, head, m.case or "nom")


def prefix_adjective(text: str, tokens: Sequence[Token], m: Mention, first: int) -> None:
    """'Bielskie Centrum Kultury': a capitalised adjective agreeing with the head of `m` (read
    at token `first`), inside a sentence, makes the name a different (generic) organisation."""
    if m.via_acronym or m.what not in ("type", "generic") or m.name_end is None:
        return
    name_end = m.name_end
    found = _agreeing_case(text, tokens, m, first)
    if found is None:
        return
    case, head = found
    k = first
    for n in range(PREFIX_ADJECTIVES):  # 'Mazowiecki Wojewódzki Związek Piłki Siatkowej'
        if not words.agreeing(text, tokens, k - 1, head, case):
            break
        start = _compound_start(tokens, k - 1)
        if n and not _inside_sentence(tokens, start):
            break  # a capital at a sentence's start tells nothing: the first one stays
        if (_modifies_word_before(text, tokens, start, k - 1, case)
                and not words.agreeing(text, tokens, start - 1, head, case)):
            break  # 'Zarządu Okręgowego | Mazowieckiego Związku', 'Funduszu Rozwoju
            # Regionalnego | Urzędu': the name before's own adjective
        k = start
    if (k >= 2 and tokens[k - 1].text in ("i", "oraz")
            and words.agreeing(text, tokens, k - 2, head, case)
            and not words.ends_a_name(text, tokens, k - 2)):
        k -= 2
    if k == first or not _inside_sentence(tokens, k):
        return
    m.start = tokens[k].start
    m.what, m.type_ids, m.text = "generic", (), text[m.start:m.end]
    m.name = inflect_name(words.hyphenated(text[m.start:name_end]), "nom", case)


def _agreeing_case(text: str, tokens: Sequence[Token], m: Mention,
                   first: int) -> tuple[str, Head] | None:
    """The case the name stands in, as the word before it agrees with it: the case it was
    read in, or another one its words have the same form in (`Centrum`, `Muzeum`: Latin
    neuters in `-um` do not decline in the singular, `Wadowickiego Centrum Kultury`)."""
    read = m.case or "nom"
    surface = text[m.start:m.name_end or m.end]
    if words.word_before(text, tokens, first - 1):  # else no case agrees: the one it was read in
        for case in (read, *(c for c in CASES if c != read)):
            head = parse_name(surface, case)
            if head is not None and words.agreeing(text, tokens, first - 1, head, case):
                return case, head
    head = parse_name(surface, read)
    return (read, head) if head is not None else None


def _inside_sentence(tokens: Sequence[Token], k: int) -> bool:
    """Token k follows a word of its sentence (or a comma)."""
    return k >= 1 and (tokens[k - 1].text[:1].isalnum() or tokens[k - 1].text == ",")


def _modifies_word_before(text: str, tokens: Sequence[Token], start: int, k: int,
                          case: str) -> bool:
    """The adjective at tokens start..k agrees with the capitalised noun right before it
    ('Zarządu Okręgowego'): it is that name's word, not the next name's."""
    if start < 1 or not tokens[start - 1].capitalised:
        return False
    before = parse_name(tokens[start - 1].text, case)
    return before is not None and words.agreeing(text, tokens, k, before, case)


def _compound_start(tokens: Sequence[Token], k: int) -> int:
    """Where the adjective at token k starts: at the first part of a compound adjective glued
    to it by a hyphen ('Warmińsko-Mazurskiego', 'Kujawsko-Pomorski'), else at token k."""
    return k - 2 if k >= 2 and _compound_part(tokens, k - 2) else k


def compound_end(tokens: Sequence[Token], k: int) -> int:
    """Where the adjective at token k ends: at the last part of a compound adjective that
    token k opens ('Warmińsko' of 'Warmińsko-Mazurskiego'), else at token k."""
    return k + 2 if _compound_part(tokens, k) else k


def _compound_part(tokens: Sequence[Token], k: int) -> bool:
    """Token k is the first part of a compound adjective: capitalised, ending in -o, glued
    by a hyphen to the next word ('Warmińsko-Mazurskiego')."""
    return (k + 2 < len(tokens) and tokens[k + 1].text == "-"
            and tokens[k].end == tokens[k + 1].start == tokens[k + 2].start - 1
            and tokens[k].capitalised and tokens[k].text.endswith("o")
            and tokens[k + 2].is_word)
