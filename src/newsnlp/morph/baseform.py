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
from typing import NamedTuple

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.morfeusz import Analysis
from newsnlp.resources import DOTALL, Pattern, compile_pattern, load_json, load_text

__all__ = ["base_form"]

_TOKEN = compile_pattern(r"[\p{L}\p{M}\p{N}]+|\s+|.", DOTALL)
_APOSTROPHE_SUFFIX = compile_pattern(
    r"(?<=\p{L})['’](?:s(?=\s*$)|a|u|e|y|ego|emu|owi|em|ie|om|ów|ach|ami|m|go|mu|ą|ę)"
    r"(?![\p{L}\p{N}])", 0)
_STOP_PUNCT = frozenset(",;:()[]{}\"„”“«»/|!?&+")
_NOUN_POS = frozenset({"subst", "depr"})
_ADJ_POS = frozenset({"adj", "ppas", "pact"})
_NAME_QUALIFIERS = frozenset({"imię", "nazwisko", "pseudonim"})
_ADJECTIVAL_SURNAMES = (  # unknown '-ski'/'-cki' surnames inflect like adjectives
    ("skiego", "ski"), ("skiemu", "ski"), ("skim", "ski"), ("skiej", "ska"), ("ską", "ska"),
    ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"), ("ckiej", "cka"), ("cką", "cka"),
    ("dzkiego", "dzki"), ("dzkiemu", "dzki"), ("dzkim", "dzki"),
)
# a vocative in '-o' ('Mario' of 'Maria') is far likelier a foreign nominative in a name
_NOMINATIVE_LOOKING_VOCATIVE = "o"
_UNKNOWN_NAME_TAGS = frozenset({"ign", "subst", "depr"})  # 'Benito': only a vocative noun
_TRANSPARENT_TAGS = frozenset({"romandig", "dig", "adja", "adv"})
_STOP_WORDS = frozenset(
    {
        "w", "we", "z", "ze", "na", "do", "dla", "im", "od", "o", "pod", "nad", "przy", "i", "oraz",
        "u", "po", "za", "przed", "między", "ku", "bez", "przez", "a", "lub", "albo", "czy", "ani",
        "the", "of", "and", "de", "du", "des", "la", "le", "von", "van", "der", "den", "y",
    }
)
_PREPOSITIONS = frozenset(
    {"w", "we", "z", "ze", "na", "do", "dla", "od", "o", "pod", "nad", "przy", "u", "po", "za",
     "przed", "między", "ku", "bez", "przez"}
)
_MAX_HEAD = 8  # the head noun is among the first words (bounds the work on long input)


class Key(NamedTuple):
    """An agreement key: grammatical number, case and gender shared by agreeing words."""

    number: str
    case: str
    gender: str


# the oblique cases an all-unknown person name may stand in
_UNKNOWN_NAME_KEYS = tuple(Key("sg", case, "m1") for case in morphology.CASES[1:-1])


class Reading(NamedTuple):
    """One analysis of a word reduced to what agreement needs (pos 'noun' or 'adj')."""

    pos: str
    key: Key
    analysis: Analysis


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


class Parse(NamedTuple):
    """The chosen agreement key and the readings of the words that go to the nominative."""

    key: Key
    chosen: dict[int, Reading | None]  # None: an unknown word inflected by suffix rules


# --- learned data -------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    """Tab-separated rows of a packaged data file, comments and blank lines skipped."""
    text = load_text(f"morphology/{name}")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@functools.lru_cache(maxsize=1)
def reading_weights() -> dict[str, float]:
    """Learned feature weights that rank a word's readings (log-linear, KPWr TRAIN)."""
    return {row[0]: float(row[1]) for row in _data_lines("reading_weights.tsv")}


@functools.lru_cache(maxsize=1)
def suffix_rules() -> dict[tuple[str, str], tuple[str, str]]:
    """Learned suffix rules: (context, word ending) -> (ending to remove, ending to add)."""
    return {(row[0], row[1]): (row[2], row[3]) for row in _data_lines("suffix_rules.tsv")}


@functools.lru_cache(maxsize=1 << 17)
def apply_suffix_rules(word: str, context: str, backoff: str = "") -> str:
    """Rewrite `word` by the rule of its longest known ending in `context` (then `backoff`),
    or keep it."""
    rules = suffix_rules()
    lower = word.lower()
    if context.startswith("unknown"):
        for old, new in _ADJECTIVAL_SURNAMES:
            if lower.endswith(old) and len(lower) > len(old) + 1:
                return _apply_rule(word, lower, (old, new))
    for ctx in (context, backoff) if backoff else (context,):
        for size in range(min(len(lower), 5), 0, -1):
            rule = rules.get((ctx, lower[-size:]))
            if rule is not None:
                return _apply_rule(word, lower, rule)
    return word


def fallback_context(next_word: str | None) -> str:
    """The fallback's context of a phrase's first word: the ending of the word after it
    (an adjective in '-ej'/'-ego' says the phrase is oblique)."""
    return "first|" + (next_word[-2:].lower() if next_word else "$")


def _apply_rule(word: str, lower: str, rule: tuple[str, str]) -> str:
    """Apply one (remove, add) suffix rule in the capitalisation of `word`."""
    remove, add = rule
    if len(remove) >= len(lower) or not lower.endswith(remove):
        return word
    return match_case(lower[: len(lower) - len(remove)] + add, word)


# --- tokenisation -------------------------------------------------------------------------


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
            if not words and not dotted and tok.text.lower() in _PREPOSITIONS:
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


# --- readings -----------------------------------------------------------------------------


def readings_of(analysis: Analysis) -> list[Reading]:
    """Expand one Morfeusz analysis into one reading per (number, case, gender) it allows."""
    fields = morphology.tag_values(analysis.tag)
    pos = fields[0][0]
    if pos in _NOUN_POS:
        kind = "noun"
    elif pos in _ADJ_POS:
        kind = "adj"
    else:
        return []
    if len(fields) < 4:
        return []
    return [
        Reading(kind, Key(number, case, gender), analysis)
        for number in fields[1]
        for case in fields[2]
        for gender in fields[3]
    ]


@functools.lru_cache(maxsize=1 << 17)
def word_readings(word: str) -> tuple[Reading, ...]:
    """All noun/adjective readings of `word` from Morfeusz (empty for unknown words), but
    the depreciative plurals of surnames ('Apple' as a plural of 'Appel')."""
    return tuple(
        r
        for a in morphology.analyse(word)
        if not (a.tag.startswith("depr") and "nazwisko" in a.qualifiers)
        for r in readings_of(a)
        if not (r.key.case == "voc" and word[-1:].lower() == _NOMINATIVE_LOOKING_VOCATIVE)
    )


@functools.lru_cache(maxsize=1 << 17)
def is_transparent(word: str) -> bool:
    """Numbers, Roman numerals and compound prefixes ('Chrześcijańsko-'): kept, never block."""
    tags = [a.tag.split(":", 1)[0] for a in morphology.analyse(word)]
    return "romandig" in tags or (bool(tags) and all(t in _TRANSPARENT_TAGS for t in tags))


def is_unknown(word: str) -> bool:
    """A capitalised word Morfeusz does not know ('Olmerta'): suffix rules inflect it."""
    return word[:1].isupper() and not word_readings(word) and not is_transparent(word)


@functools.lru_cache(maxsize=1 << 16)
def is_place(word: str) -> bool:
    """True when `word` reads as a place name in the nominative ('Kraków' in 'Wisła Kraków')."""
    return any(
        "nazwa_geograficzna" in r.analysis.qualifiers and r.key.case == "nom"
        for r in word_readings(word)
    )


def is_name_reading(reading: Reading) -> bool:
    """True for first names and surnames (Morfeusz qualifiers 'imię', 'nazwisko')."""
    return bool(_NAME_QUALIFIERS.intersection(reading.analysis.qualifiers))


def qualifier_class(reading: Reading) -> str:
    """The coarse name class of a reading: geo, first name, surname, common, other, none."""
    q = reading.analysis.qualifiers
    for name, short in (
        ("nazwa_geograficzna", "geo"),
        ("imię", "first"),
        ("nazwisko", "last"),
        ("nazwa_pospolita", "common"),
    ):
        if name in q:
            return short
    return "other" if q else "none"


@functools.lru_cache(maxsize=1 << 17)
def has_nominative(word: str) -> bool:
    """True when some reading of `word` is a singular nominative (it may be a base form)."""
    return any(r.key.case == "nom" and r.key.number == "sg" for r in word_readings(word))


def reading_features(reading: Reading, word: str) -> tuple[str, ...]:
    """The features the learned ranking of readings is keyed on."""
    a = reading.analysis
    qual = qualifier_class(reading)
    base = "|".join(
        (
            reading.pos,
            qual,
            reading.key.number,
            reading.key.case,
            "cap" if a.lemma[:1].isupper() == word[:1].isupper() else "nocap",
            a.tag.split(":", 1)[0],
        )
    )
    out = nominative_of(word, reading, False).lower()
    keep = out == word.lower()
    rule = out == apply_suffix_rules(word, "unknown").lower()
    nom = "nom" if has_nominative(word) else "obl"
    return (
        base,
        f"{base}|{nom}",
        f"keep|{qual}|{keep}|{nom}",
        f"end|{qual}|{a.lemma[-2:].lower()}",
        f"gender|{qual}|{reading.key.gender}|{reading.key.number}",
        f"rule|{qual}|{rule}|{nom}",
    )


@functools.lru_cache(maxsize=1 << 17)
def prior(reading: Reading, word: str) -> float:
    """Learned score of `reading` as the right reading of `word` (sum of feature weights)."""
    weights = reading_weights()
    return sum(weights.get(f, 0.0) for f in reading_features(reading, word))


# --- head and agreement -------------------------------------------------------------------


def agreeing(word: Word, key: Key, allow_names: str) -> Reading | None:
    """The best reading of `word` agreeing with `key`: an adjective, a name in a person
    name, or anything of the same number and case after a hyphen ('Bielsku-Białej')."""
    best: Reading | None = None
    best_prior = float("-inf")
    for r in word_readings(word.text):
        same = r.key.number == key.number and r.key.case == key.case
        if word.hyphenated:
            ok = same
        elif r.pos == "adj":
            ok = r.key == key
        elif not allow_names or not same or is_place(word.text):
            ok = False
        else:  # in a person name: names, and after a first name any capitalised noun
            proper = word.text[:1].isupper() and r.analysis.lemma[:1].isupper()
            ok = is_name_reading(r) or (allow_names == "first" and proper)
        if not ok:
            continue
        score = prior(r, word.text) + (1.0 if r.analysis.tag.startswith("adj") else 0.0)
        score += 100.0 if r.key == key else 0.0  # exact agreement first (compounds)
        if score > best_prior:
            best, best_prior = r, score
    return best


def _extend(words: Sequence[Word], order: Sequence[int], key: Key, names: str,
            chosen: dict[int, Reading | None]) -> bool:
    """Add agreeing words in `order` to `chosen`; False if a word blocks (before the head)."""
    for i in order:
        w = words[i]
        r = agreeing(w, key, names)
        if r is not None:
            chosen[i] = r
        elif (
            w.abbrev
            or is_transparent(w.text)
            or (w.hyphenated and not word_readings(w.text))
            or (i + 1 < len(words) and words[i + 1].hyphenated)  # 'Dochodzeniowo-Śledczego'
        ):
            continue
        elif names and is_unknown(w.text):
            chosen[i] = None
        else:
            return False
    return True


def name_kind(reading: Reading) -> str:
    """'first' or 'last' when a head reading starts a person name, '' otherwise (also for
    indeclinable surname homonyms such as 'Pałac', which would swallow the complements)."""
    if not is_name_reading(reading) or len(morphology.tag_values(reading.analysis.tag)[2]) >= 5:
        return ""
    if "imię" in reading.analysis.qualifiers:
        return "first"
    return "" if has_common(reading.analysis.form) else "last"


@functools.lru_cache(maxsize=1 << 16)
def has_common(word: str) -> bool:
    """True when `word` also reads as a common noun ('Związku': surname or 'związek')."""
    return any("nazwa_pospolita" in r.analysis.qualifiers for r in word_readings(word))


def parse_at(words: Sequence[Word], head: int, reading: Reading) -> Parse | None:
    """Extend the head reading to agreeing words before and after it; None if blocked."""
    chosen: dict[int, Reading | None] = {head: reading}
    names = name_kind(reading)
    if not _extend(words, range(head), reading.key, "", chosen):
        return None
    after: dict[int, Reading | None] = {}
    for i in range(head + 1, len(words)):
        if after and modifies_next(words, i, reading.key):
            break  # 'Komendzie Wojewódzkiej | Państwowej Straży Pożarnej'
        if not _extend(words, [i], reading.key, names, after):
            break
    chosen.update(after)
    return Parse(reading.key, chosen)


def modifies_next(words: Sequence[Word], i: int, key: Key) -> bool:
    """True when word `i` is an adjective that agrees with the noun right after it, so it
    starts a complement ('Państwowej Straży') rather than continuing the head's modifiers."""
    if i + 1 >= len(words) or words[i + 1].hyphenated:
        return False
    if not any(r.pos == "adj" and r.key == key for r in word_readings(words[i].text)):
        return False
    return any(r.pos == "noun" and r.key == key for r in word_readings(words[i + 1].text))


def _score(parse: Parse, head: int, words: Sequence[Word]) -> tuple[int, int, float, int]:
    """Higher is better: more agreeing words, a known locality ('Bielsko-Biała', not
    'Bielsk-Biała'), likelier head reading, earlier head."""
    r = parse.chosen[head]
    weight = prior(r, words[head].text) if r else 0.0
    compound = any(w.hyphenated for w in words)  # only there is the choice left open
    place = is_locality(parse_text(parse, words)) if compound else 0
    return (len(parse.chosen), place, weight, -head)


def parse_text(parse: Parse, words: Sequence[Word]) -> str:
    """The words of a parse in the nominative, joined by spaces and compound hyphens."""
    out = []
    for j, w in enumerate(words):
        r = parse.chosen.get(j)
        text = nominative_of(w.text, r, False) if r is not None else w.text
        out.append(("-" if w.hyphenated else " ") + text if j else text)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def localities() -> frozenset[str]:
    """Polish municipality names (GUS TERYT TERC), to prefer real ones among readings."""
    return frozenset(row[0] for row in _data_lines("localities.tsv"))


def is_locality(name: str) -> int:
    """1 when `name` is a known Polish municipality name, else 0."""
    return int(name in localities())


def best_parse(words: Sequence[Word], case: str | None = None) -> Parse | None:
    """The best-scoring head and key among nouns reachable through agreeing adjectives
    (only keys of `case` when given)."""
    best: Parse | None = None
    best_score: tuple[int, int, float, int] | None = None
    for head, word in enumerate(words[:_MAX_HEAD]):
        readings = word_readings(word.text)
        for r in readings:
            if r.pos != "noun" or (case is not None and r.key.case != case):
                continue
            p = parse_at(words, head, r)
            if p is None:
                continue
            s = _score(p, head, words)
            if best_score is None or s > best_score:
                best, best_score = p, s
        compound_start = head + 1 < len(words) and words[head + 1].hyphenated
        if not (word.abbrev or compound_start or is_transparent(word.text)
                or any(r.pos == "adj" for r in readings)):
            break
    return best


def is_person_like(words: Sequence[Word]) -> bool:
    """Two or more capitalised words (initials and numerals aside): it may be a person name."""
    names = [w for w in words if not (w.abbrev or is_transparent(w.text))]
    return len(names) > 1 and all(w.text[:1].isupper() for w in names)


def name_reading(word: str, key: Key) -> Reading | None:
    """The likeliest first-name or surname reading of `word` with exactly `key`."""
    found = [r for r in word_readings(word) if r.key == key and is_name_reading(r)]
    return max(found, key=lambda r: prior(r, word)) if found else None


def is_unknown_name(word: str) -> bool:
    """An unknown capitalised word that may be a name: not one Morfeusz knows only as another
    part of speech ('Trzy', a numeral)."""
    return is_unknown(word) and all(
        a.tag.split(":", 1)[0] in _UNKNOWN_NAME_TAGS for a in morphology.analyse(word)
    )


def shows_case(word: str, reading: Reading | None, case: str, strict: bool) -> bool:
    """True when `word` shows `case`: a name that is not also the nominative of the same name
    (indeclinable 'Stenzel'), or an unknown word whose ending that case changes (`strict`:
    a rule of that case strips an ending, as masculine consonant stems lose '-a', '-em', and
    leaves no stem in '-i', which Polish spells only before a vowel: '-ia' is a nominative;
    a swapped ending, '-y' to '-a', may be a foreign nominative: 'Sarkozy')."""
    if reading is None:
        if strict:
            stem = apply_suffix_rules(word, f"unknown|{case}")
            return len(stem) < len(word) and word.startswith(stem) and stem[-1:] != "i"
        return unknown_nominative(word, case) != word
    return not any(
        r.key == Key("sg", "nom", reading.key.gender)
        and r.analysis.lemma == reading.analysis.lemma
        for r in word_readings(word)
    )


def person_parse(words: Sequence[Word]) -> Parse | None:
    """A person name ('Georga Altera'): the key that the most known names of the phrase agree
    on, among those under which every word is a name or unknown and the case shows."""
    if not is_person_like(words):
        return None
    keys = {r.key for w in words for r in word_readings(w.text)
            if is_name_reading(r) and r.key.number == "sg"}
    keys.update(_UNKNOWN_NAME_KEYS)  # unknown names alone: 'Raymonda Maysa'
    parses = [p for p in (person_parse_as(words, key) for key in sorted(keys)) if p is not None]
    return max(parses, key=lambda p: known_names_score(p, words), default=None)


def person_parse_as(words: Sequence[Word], key: Key) -> Parse | None:
    """The words as one person name in `key` (all names or unknown words, initials aside),
    or None; the case must show on two words, and on all of them when no name is known."""
    chosen: dict[int, Reading | None] = {}
    for i, w in enumerate(words):
        r = name_reading(w.text, key)
        if r is not None or is_unknown_name(w.text):
            chosen[i] = r
        elif not (w.abbrev or is_transparent(w.text)):
            return None
    known = any(r is not None for r in chosen.values())
    shown = [shows_case(words[i].text, r, key.case, not known) for i, r in chosen.items()]
    return Parse(key, chosen) if sum(shown) > 1 and (known or all(shown)) else None


def known_names_score(parse: Parse, words: Sequence[Word]) -> tuple[int, float]:
    """Higher is better: more known names, then likelier readings of them."""
    known = [(i, r) for i, r in parse.chosen.items() if r is not None]
    return len(known), sum(prior(r, words[i].text) for i, r in known)


def more_names(parse: Parse | None, person: Parse | None) -> Parse | None:
    """The person parse when it sends more words to the nominative than `parse`."""
    if person is None:
        return parse
    return person if parse is None or len(person.chosen) > len(parse.chosen) else parse


def adjective_parse(words: Sequence[Word], key: Key | None = None) -> Parse | None:
    """Phrases of adjectives only ('kanadyjskim', 'warszawskim zachodnim'); with `key`,
    only readings of that key (coordinated adjectives)."""
    best: Parse | None = None
    first = next((i for i, w in enumerate(words) if not is_transparent(w.text)), 0)
    for r in word_readings(words[first].text):
        if r.pos != "adj" or (key is not None and r.key != key):
            continue
        chosen: dict[int, Reading | None] = {first: r}
        for i in range(first + 1, len(words)):
            w = words[i]
            a = agreeing(w, r.key, "")
            if a is not None:
                chosen[i] = a
            elif is_unknown(w.text):  # 'Międzynarodową Sanghę'
                chosen[i] = None
                break
            elif not (w.abbrev or is_transparent(w.text)):
                break
        if best is None or len(chosen) > len(best.chosen):
            best = Parse(r.key, chosen)
    return best


# --- generation ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def nominative(raw_lemma: str, tag: str, number: str, gender: str) -> str | None:
    """The nominative of a lemma keeping number, gender and the rest of the tag (degree,
    aspect); depreciative plurals ('Polaki') give way to the ordinary ones ('Polacy')."""
    want = morphology.tag_values(tag)
    pos = "subst" if want[0][0] == "depr" else want[0][0]
    if pos == "subst" and number == "sg" and "sg" in want[1]:
        return morphology.strip_lemma(raw_lemma)  # a noun's lemma is its nominative singular
    if pos == "adj" and number == "sg" and want[4:] == (("pos",),) and len(want[2]) < 5:
        regular = adjective_nominative(morphology.strip_lemma(raw_lemma), gender)
        if regular is not None:
            return regular
    for g in morphology.generate(raw_lemma):
        fields = morphology.tag_values(g.tag)
        if fields[0][0] != pos or len(fields) < 4 or fields[4:] != want[4:]:
            continue
        if number in fields[1] and "nom" in fields[2] and gender in fields[3]:
            return g.form
    return None


@functools.lru_cache(maxsize=1 << 16)
def is_people(word: str) -> bool:
    """True when `word` reads as a capitalised masculine-personal noun ('Polaków', 'Niemców')."""
    return any(
        r.key.gender == "m1" and r.analysis.lemma[:1].isupper() and not is_name_reading(r)
        for r in word_readings(word)
    )


@functools.lru_cache(maxsize=1 << 17)
def adjective_nominative(lemma: str, gender: str) -> str | None:
    """Singular nominative of a regular positive adjective from its lemma, without a Morfeusz
    generation call: 'powiatowy' -> 'powiatowa'/'powiatowe', 'polski' -> 'polska'/'polskie'."""
    if len(lemma) < 4 or lemma[-1] not in "yi":
        return None
    if gender in ("m1", "m2", "m3"):
        return lemma
    stem = lemma[:-1]
    if gender == "f":
        return stem + ("a" if lemma[-1] == "y" or stem[-1] in "kgl" else "ia")
    return stem + ("e" if lemma[-1] == "y" or stem[-1] == "l" else "ie")


@functools.lru_cache(maxsize=1 << 17)
def nominative_of(word: str, reading: Reading, lemma_only: bool, alone: bool = True) -> str:
    """The nominative form for `word` under `reading`, in the input's capitalisation.
    Person names, and persons or peoples standing `alone`, go to the singular."""
    a = reading.analysis
    if lemma_only and a.tag.startswith("adj"):
        return a.lemma if alone else match_case(a.lemma, word)
    number = reading.key.number
    if reading.pos == "noun" and (
        (is_name_reading(reading) and reading.key.case not in ("nom", "voc"))
        or (alone and reading.key.gender == "m1" and is_people(word)
            and not is_name_reading(reading))
    ):
        number = "sg"  # 'Polaków' -> 'Polak' (KPWr TUNE / PolEval 2019 guidelines)
    gender = "m1" if a.tag.startswith("depr") else reading.key.gender
    form = nominative(a.raw_lemma, a.tag, number, gender)
    if form is None:
        form = a.lemma if number == "sg" or reading.pos == "adj" else word
    return match_case(form, word)


def match_case(form: str, model: str) -> str:
    """Give `form` the capitalisation pattern of `model`: ALL CAPS, Capitalised or lower."""
    if len(model) > 1 and model.isupper():
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    if model[:1].islower():
        return form[:1].lower() + form[1:]
    return form


# --- assembly -----------------------------------------------------------------------------


def analysable(words: Sequence[Word], phrase_upper: bool) -> list[Word]:
    """Words as Morfeusz should see them: acronyms hidden, ALL-CAPS phrases capitalised."""
    out = []
    for w in words:
        text = w.text
        if is_transparent(text):
            pass
        elif is_acronym(text, phrase_upper):
            text = ""
        elif phrase_upper and len(text) > 1:
            text = text.capitalize()
        out.append(Word(w.at, text, w.hyphenated, w.abbrev))
    return out


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


def unknown_nominative(word: str, case: str) -> str:
    """An unknown word of a parse in `case` to the nominative by the suffix rules."""
    if case == "nom":
        return word
    return apply_suffix_rules(word, f"unknown|{case}", "unknown")


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


# --- fallback -----------------------------------------------------------------------------


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


# --- public -------------------------------------------------------------------------------


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
