"""Companies and sports clubs outside the gazetteer: 'firma Budimex', 'Dolnośląskie Surowce
sp. z o.o.', 'MKS Oleśnica'. Precision first: a company needs a legal-form suffix, or a
company noun before a name Morfeusz does not know; a club needs a club acronym prefix."""

from __future__ import annotations

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.tokens import Token
from newsnlp.morph import morfeusz as morphology
from newsnlp.resources import VERSION1, compile_pattern

__all__ = ["club_at", "company_at", "may_have_companies"]

_LEGAL = compile_pattern(  # the look-behind keeps a search linear on a long run of spaces
    r"(?<![ \t])[ \t]+(?:sp\.[ \t]*z[ \t]*o\.[ \t]*o\.|Sp\.[ \t]*z[ \t]*o\.[ \t]*o\."
    r"|S\.[ \t]?A\.|SA\b|sp\.[ \t]*[jkp]\.|spółka[ \t]+z[ \t]+ograniczoną[ \t]+odpowiedzialnością"
    r"|spółka[ \t]+akcyjna)", VERSION1)
_HINT = compile_pattern(r"sp\.|Sp\.|S\.[ \t]?A\.|\bSA\b|spółka", VERSION1)
_LEADING = frozenset({"W", "We", "Z", "Ze", "Do", "Na", "Od", "Przez", "Dla", "I", "Oraz",
                      "Przy", "Po", "Firma", "Spółka", "Firmy", "Spółki", "To", "A"})
_MAX_RUN = 4


def _run(tokens: list[Token], text: str, i: int) -> int:
    """End index of the run of adjacent capitalised words (and '-', '&') from token i."""
    j = i
    while j < len(tokens) and j - i < _MAX_RUN * 2:
        tok = tokens[j]
        if j > i and text[tokens[j - 1].end:tok.start] not in ("", " "):
            break
        if tok.text.isdigit() and _is_score(text, tok.end):
            break
        if (tok.is_word and (tok.capitalised or tok.text.isdigit())) or tok.text in ("-", "&"):
            j += 1
        else:
            break
    while j > i and not tokens[j - 1].is_word:
        j -= 1
    return j


def _is_score(text: str, end: int) -> bool:
    """True when the number ending at `end` is part of a score or time (`2:1`, `3-0`)."""
    return text[end:end + 1] in (":", "-", "–") and text[end + 1:end + 2].isdigit()


def _unknown(word: str) -> bool:
    """True for words Morfeusz does not know (brand names) or all-caps words."""
    if len(word) > 1 and word.isupper():
        return True
    return all(a.tag == "ign" for a in morphology.analyse(word))


def may_have_companies(text: str, start: int, end: int) -> bool:
    """Cheap pre-check: does the block contain a legal-form suffix at all?"""
    return _HINT.search(text, start, end) is not None


def company_at(tokens: list[Token], text: str, i: int,
               legal: bool = True) -> tuple[Mention, int] | None:
    """A company starting at token i (legal-form suffix, or after a company noun)."""
    tok = tokens[i]
    nouns = gazetteer().vocabulary.company_nouns
    if tok.text.lower() in nouns and i + 1 < len(tokens) and tokens[i + 1].capitalised:
        j = _run(tokens, text, i + 1)
        words = [t.text for t in tokens[i + 1:j] if t.is_word]
        if words and any(_unknown(w) for w in words):
            return _make(tokens, text, i + 1, j), j
        return None
    if not legal or not tok.capitalised or tok.text in _LEADING:
        return None
    j = _run(tokens, text, i)
    if j - i > 1 and tokens[j - 1].text == "SA":  # the run took the legal form in
        j -= 1
    if j == i:
        return None
    suffix = _LEGAL.match(text, tokens[j - 1].end)
    if suffix is None:
        return None
    m = _make(tokens, text, i, j)
    m.end, m.text = suffix.end(), text[m.start:suffix.end()]
    m.name = m.text
    while j < len(tokens) and tokens[j].start < suffix.end():
        j += 1
    return m, j


def _make(tokens: list[Token], text: str, i: int, j: int) -> Mention:
    """A company mention over tokens[i:j], named as written."""
    start, end = tokens[i].start, tokens[j - 1].end
    return Mention(start, end, text[start:end], "generic", name=text[start:end], kind="company")


def club_at(tokens: list[Token], text: str, i: int) -> tuple[Mention, int] | None:
    """'MKS Oleśnica', 'GKS Katowice': a club acronym and the capitalised name after it."""
    if tokens[i].text not in gazetteer().vocabulary.club_prefixes or i + 1 >= len(tokens):
        return None
    if text[tokens[i].end:tokens[i + 1].start] != " " or not tokens[i + 1].capitalised:
        return None
    j = _run(tokens, text, i + 1)
    start, end = tokens[i].start, tokens[j - 1].end
    return Mention(start, end, text[start:end], "generic", name=text[start:end],
                   kind="sport"), j
