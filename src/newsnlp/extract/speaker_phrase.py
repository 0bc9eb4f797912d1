"""Where a speaker's phrase after a speech verb begins: past the adverbials Polish word order
puts between the verb and its subject.

    after_adverbials(text, start, end) -> int | None
    clause_end(text, start, end) -> int

`powiedział nam w środę Jan Nowak`, `pisze na portalu TOK FM zrozpaczona kobieta`,
`mówi w rozmowie z nami rzecznik policji X`: a dative pronoun or sentence adverb of the
list (`speaker_openers` in `quotes.json`), and a prepositional phrase (the preposition, the
word after it, and the words after that which cannot be a nominative: `portalu TOK FM`,
`rozmowie z nami`). The subject is the first word that can open a nominative phrase. When
nothing is skipped, or nothing is left, the phrase stays as it is (None).
"""

from __future__ import annotations

from functools import cache

from newsnlp.morph.readings import word_readings
from newsnlp.resources import compile_pattern, load_json

_WORD = compile_pattern(r"\S+")
# a comma before a relative pronoun or an adverbial participle (`-ąc`) opens a clause
_CLAUSE = compile_pattern(r",\s+(?:któr(?:y|a|e|ego|ej|emu|ym|ymi|ych|zy|ą)|\w+ąc)\b")
_EDGE = ",.;:()\"„”"
_BODY_NAMES = frozenset({"nazwa_firmy", "nazwa_organizacji", "nazwa_instytucji"})
_OPENING_QUOTES = "„\"«»“"
_CLOSING_QUOTES = ("”", "\"", "«", "»", "“")


@cache
def _openers() -> tuple[frozenset[str], frozenset[str]]:
    """The adverbs and the prepositions that may stand before a subject after its verb."""
    data = load_json("quotes.json")["speaker_openers"]
    return frozenset(data["adverbs"]), frozenset(data["prepositions"])


def opener_prepositions() -> frozenset[str]:
    """The prepositions that open an adverbial between a speech verb and its subject."""
    return _openers()[1]


def _may_open_subject(word: str) -> bool:
    """A word that can begin the subject: a nominative reading, or a capitalised word the
    dictionary does not know (a name); never an acronym, which names a source after a
    preposition (`na portalu TOK FM`)."""
    if _acronym(word):
        return False
    readings = word_readings(word)
    if not readings:
        return word[:1].isupper()
    return any(r.key.case == "nom" for r in readings)


def _body_name(word: str) -> bool:
    """A capitalised word the dictionary knows only as a company's or an organisation's
    name (`Reuters`), or not at all (`Onet`): after a common noun, the noun's name in
    apposition (`agencji Reuters`, `portalu Onet`), not a person."""
    if not word[:1].isupper():
        return False
    readings = word_readings(word)
    return all(_BODY_NAMES.intersection(r.analysis.qualifiers) for r in readings)


def _dative_only(word: str) -> bool:
    """A noun or adjective the verb governs in the dative (`powiedział gazecie X`): a dative
    reading and no nominative one."""
    readings = word_readings(word)
    return (any(r.key.case == "dat" for r in readings)
            and not any(r.key.case == "nom" for r in readings))


def clause_end(text: str, start: int, end: int) -> int:
    """Where the speaker's phrase ends before a clause of its own: a comma that opens a
    relative clause (`X, który od lat bada wąglik`) or an adverbial participle (`X,
    zachęcając do badań`); `end` without one."""
    m = _CLAUSE.search(text, start, end)
    return m.start() if m is not None else end


def _acronym(word: str) -> bool:
    """`TOK`, `PiN`, `TVN`: two capitals or more."""
    return sum(1 for ch in word if ch.isupper()) >= 2


def _name_word(word: str) -> bool:
    """A capitalised word that is no acronym: one word of a multi-word name."""
    return word[:1].isupper() and not _acronym(word)


def after_adverbials(text: str, start: int, end: int) -> int | None:
    """The offset where the subject of `text[start:end]` begins once its leading adverbials
    are skipped, or None: nothing to skip, nothing left, a subject that would split a name
    (`na łamach New York Post`) or a lone lower-case word (`do ministra zdrowia`)."""
    adverbs, prepositions = _openers()
    object_next = in_phrase = in_quote = False
    previous = ""
    for m in _WORD.finditer(text, start, end):
        raw = m.group()
        word = raw.strip(_EDGE)
        low = word.lower()
        if in_quote or (in_phrase and raw[:1] in _OPENING_QUOTES):  # a title in quotes
            in_quote = not raw.rstrip(",.;:").endswith(_CLOSING_QUOTES) or raw == raw[:1]
        elif object_next:  # the preposition's object, whatever its case (`w czwartek`)
            object_next = False
        elif low in prepositions:
            object_next = in_phrase = True
        elif low in adverbs:
            in_phrase = False
        elif not in_phrase and _dative_only(word):  # `powiedział gazecie`, `agencji`
            in_phrase = True
        elif previous.islower() and in_phrase and _body_name(word):  # `agencji Reuters`
            pass
        elif not (in_phrase and not _may_open_subject(word)):
            return _subject(text, m.start(), start, end, previous, word)
        previous = word
    return None


def _subject(text: str, at: int, start: int, end: int, previous: str, word: str) -> int | None:
    """`at` when it starts a subject worth the cut (see `after_adverbials`), else None."""
    if at == start or (_name_word(previous) and _name_word(word)):
        return None
    if not word[:1].isupper() and len(text[at:end].split()) < 2:
        return None
    return at


# words that go on a subject's phrase after a name: prepositions and conjunctions
# (`Kierownik Biura ARiMR w Rzeszowie Halina Nowicka`, `Jan Lis i Anna Wilk`)
_PHRASE_JOINERS = frozenset({"w", "we", "z", "ze", "na", "do", "dla", "od", "przy", "i", "oraz"})
SUBJECT_MAX_WORDS = 12


def opening_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject that opens `text[start:end]` (a paragraph before a quote whose
    attribution names no one: `Dyrektor I LO Elżbieta Kamińska podkreśliła, że … „…” –
    zaznaczyła.`; Polish drops a subject it repeats): its words up to the first lower-case
    word that follows two capitalised ones in a row (a name) and neither joins nor abbreviates
    (`mec.`), within `SUBJECT_MAX_WORDS`; None when the paragraph does not open so."""
    named = previous_capital = False
    last_end = start
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        word = m.group().strip(_EDGE)
        if k >= SUBJECT_MAX_WORDS or not word:
            return None
        if word[:1].isupper():
            named = named or previous_capital
            previous_capital, last_end = True, m.start() + len(m.group().rstrip(_EDGE))
            continue
        previous_capital = False
        if k == 0 or (not named and not m.group().endswith(".")
                      and word not in _PHRASE_JOINERS and not word[:1].islower()):
            return None
        if named and word not in _PHRASE_JOINERS and not m.group().endswith("."):
            return (start, last_end)
    return None
