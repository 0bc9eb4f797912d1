"""Sports teams named by a name and their town, as league tables and match reports write them
('Pilica Tomaszów Mazowiecki', 'z Wdą Świecie', 'Czarni Pruszcz Gdański'), on a page that
reports a match or names a club, and the bare name standing for a team the page has named so
('Iskry').

Precision first: the town must be a place Morfeusz knows, in the nominative (a team's
town stands in apposition and never inflects), the name a capitalised word opening its run
that is no first name; the page must give a score (`2:1`; a clock time has two digits of
minutes) or a club by its prefix (`MKS Narwianka Łomża`), and a word of sport (`entities.json`
sport_words).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.extract.dates.lexicon import lexicon as dates_lexicon
from newsnlp.extract.institutions.gazetteer import evidence_rules, gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.spanindex import Covered
from newsnlp.extract.institutions.tokens import Token, tokenize
from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.baseform import base_form
from newsnlp.morph.words import PREPOSITIONS
from newsnlp.resources import ICASE, Pattern, compile_pattern, word_alternation

__all__ = ["team_mentions"]

_SCORE = compile_pattern(r"(?<![\d:.,])\d{1,2}:\d(?![\d:])", 0)
_GEO = ("nazwa_geograficzna", "człon_nazwy_geograficznej")
_NOT_NAMES = frozenset(p.capitalize() for p in PREPOSITIONS)
_SENTENCE_ENDS = frozenset(".!?…:–—-\"„”")
_NAME_POS = frozenset({"subst", "depr", "adj", "ign"})  # a noun's or an adjective's
_NOT_NAME_POS = frozenset({"adv", "conj", "comp", "qub", "prep", "ppron12", "ppron3", "pred"})


@cache
def _sport_words() -> Pattern:
    """A word of sport (`entities.json` sport_words, stems)."""
    return compile_pattern(
        rf"\b(?:{word_alternation(evidence_rules()['sport_words'])})", ICASE)


def _sports_page(text: str, spans: Sequence[tuple[int, int]],
                 mentions: Sequence[Mention]) -> bool:
    """The article speaks of sport and gives a score or names a club ('MKS Narwianka')."""
    return (any(_sport_words().search(text, s, e) for s, e in spans)
            and (any(m.kind == "sport" for m in mentions)
                 or any(_SCORE.search(text, s, e) for s, e in spans)))


def _readings(word: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(part of speech, cases, qualifiers) of each Morfeusz reading of `word`."""
    out = []
    for a in morphology.analyse(word):
        fields = morphology.tag_values(a.tag)
        cases = fields[2] if len(fields) > 2 else ()
        out.append((fields[0][0], tuple(cases), a.qualifiers))
    return out


def _town_word(word: str) -> bool:
    """A place name's word in the nominative ('Tomaszów', 'Brzeziny'), no first name."""
    readings = _readings(word)
    return (any(q in _GEO and "nom" in cases for _, cases, quals in readings for q in quals)
            and not _first_name(readings))


def _first_name(readings: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> bool:
    """A first name in the nominative ('Grzegorz'; 'Tomaszów' is a town, not the plural)."""
    return any("imię" in quals and "nom" in cases for _, cases, quals in readings)


def _town_adjective(word: str) -> bool:
    """An adjective in the nominative, the second word of a town's name ('Mazowiecki')."""
    return any(pos == "adj" and "nom" in cases for pos, cases, _ in _readings(word))


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """`b` is a capitalised word one space after `a`."""
    return text[a.end:b.start] == " " and b.is_word and b.capitalised


def _town_end(text: str, tokens: list[Token], k: int) -> int | None:
    """The index after a town of one or two words starting at token k, or None."""
    if k >= len(tokens) or not _adjacent(text, tokens[k - 1], tokens[k]):
        return None
    if not _town_word(tokens[k].text):
        return None
    if (k + 1 < len(tokens) and _adjacent(text, tokens[k], tokens[k + 1])
            and _town_adjective(tokens[k + 1].text)):
        return k + 2
    return k + 1


def _name_ok(text: str, tokens: list[Token], i: int) -> bool:
    """Token i may be a team's name: a capitalised word opening its run, no first name."""
    tok = tokens[i]
    if not (tok.is_word and tok.capitalised and tok.text.isalpha()) or tok.text in _NOT_NAMES:
        return False
    before = tokens[i - 1] if i > 0 else None
    if (before is not None and before.capitalised and _adjacent(text, before, tok)
            and not _opens_sentence(tokens, i - 1)):
        return False
    readings = _readings(tok.text)
    return (not _first_name(readings) and any(pos in _NAME_POS for pos, _, _ in readings)
            and not any(pos in _NOT_NAME_POS for pos, _, _ in readings)
            and tok.text.lower() not in _calendar_words())


@cache
def _calendar_words() -> frozenset[str]:
    """Weekdays and months in any case: a day's name before a town is no team's."""
    lex = dates_lexicon()
    return frozenset(w.lower() for w in (*lex.months, *lex.weekdays))


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    """Token k opens a sentence as a common word ('Piłkarze Zagłębia Sosnowiec')."""
    if k > 0 and tokens[k - 1].text not in _SENTENCE_ENDS:
        return False
    return any(a.lemma.islower() for a in morphology.analyse(tokens[k].text.lower()))


def _lemmas(word: str) -> frozenset[str]:
    """Base forms of the word's noun and adjective readings ('Iskry' -> iskra; not a verb's)."""
    return frozenset(a.lemma.casefold() for a in morphology.analyse(word)
                     if a.tag.split(":", 1)[0] in ("subst", "depr", "adj"))


def team_mentions(text: str, spans: Sequence[tuple[int, int]],
                  mentions: Sequence[Mention]) -> list[Mention]:
    """Team mentions in the content spans that no other mention covers."""
    if not morphology.available() or not _sports_page(text, spans, mentions):
        return []
    taken = Covered(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    teams: list[Mention] = []
    names: dict[str, str] = {}  # a team's name's base form -> the team
    prefixes = gazetteer().vocabulary.club_prefixes
    for m in mentions:  # a team found otherwise names its bare name too ('MKS Narwianka Łomża')
        toks = tokenize(text, m.start, m.end)
        toks = toks[1:] if toks and toks[0].text in prefixes else toks
        if (m.what == "generic" and m.name and len(toks) > 1 and _name_ok(text, toks, 0)
                and _town_end(text, toks, 1) == len(toks)):
            _register(names, toks[0].text, m.name)
    blocks = [tokenize(text, s, e) for s, e in spans]  # read by both passes below
    for tokens in blocks:
        for i in range(len(tokens) - 1):
            end = _town_end(text, tokens, i + 1)
            if end is None or not _name_ok(text, tokens, i):
                continue
            start, stop = tokens[i].start, tokens[end - 1].end
            if taken.overlaps(start, stop):
                continue
            town = text[tokens[i + 1].start:stop]
            name = f"{base_form(tokens[i].text)} {town}"
            teams.append(Mention(start, stop, text[start:stop], "generic", name=name,
                                 kind="sport"))
            taken.add(start, stop)
            _register(names, tokens[i].text, name)
    return teams + _bare_names(text, blocks, names, taken)


def _register(names: dict[str, str], word: str, name: str) -> None:
    for lemma in _lemmas(word):
        names.setdefault(lemma, name)


def _bare_names(text: str, blocks: Sequence[list[Token]], names: dict[str, str],
                taken: Covered) -> list[Mention]:
    """A team's name alone, in any case ('Iskry'), where no other name stands, nor at a
    sentence's start, where a common word is capitalised too ('Wisła wylała')."""
    out: list[Mention] = []
    if not names:
        return out
    for tokens in blocks:
        for i, tok in enumerate(tokens):
            if not _name_ok(text, tokens, i) or taken.overlaps(tok.start, tok.end):
                continue
            if i + 1 < len(tokens) and _adjacent(text, tok, tokens[i + 1]):
                continue  # a longer name ('Iskra Brzeziny' is read above)
            if i == 0 or tokens[i - 1].text in _SENTENCE_ENDS:
                continue
            name = next((names[lemma] for lemma in _lemmas(tok.text) if lemma in names), None)
            if name is not None:
                out.append(Mention(tok.start, tok.end, tok.text, "generic", name=name,
                                   kind="sport"))
                taken.add(tok.start, tok.end)
    return out
