"""Agreement: the head noun of a name and the words that agree with it (adjectives before and
after it, the second half of compounds), as a `Parse` of one agreement key.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.morph import morfeusz as morphology
from newsnlp.morph.learned import is_locality, prior
from newsnlp.morph.nominative import nominative_of
from newsnlp.morph.readings import (
    Key,
    Parse,
    Reading,
    has_common,
    is_name_reading,
    is_transparent,
    is_unknown,
    reads_as_place,
    word_readings,
)
from newsnlp.morph.words import Word

_MAX_HEAD = 8  # the head noun is among the first words (bounds the work on long input)


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
        elif not allow_names or not same or reads_as_place(word.text):
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
            chosen: dict[int, Reading | None], head: int) -> bool:
    """Add agreeing words in `order` to `chosen` (the `head` agrees too); False if a word
    blocks (before the head)."""
    for i in order:
        w = words[i]
        r = agreeing(w, key, names)
        if r is not None and not _compound_agrees(words, i, r, i - 1 in chosen or i - 1 == head):
            r = None
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


def _compound_agrees(words: Sequence[Word], i: int, reading: Reading,
                     first_half_agrees: bool) -> bool:
    """A compound's second half agrees alone, its first half not agreeing, only as an
    adjective (after an adjectival prefix: 'Naukowo-Technicznego') or after a first half
    Morfeusz does not know ('Dochodzeniowo-Śledczego', a foreign surname:
    'Streker-Dembińską'). Two known nouns inflect together ('Bielsku-Białej'), so a known
    first half that does not agree makes the compound a name in the nominative ('Ruchu
    Światło-Życie', not the locative of 'żyto')."""
    return (not words[i].hyphenated or first_half_agrees or reading.pos == "adj"
            or not word_readings(words[i - 1].text))


def name_kind(reading: Reading) -> str:
    """'first' or 'last' when a head reading starts a person name, '' otherwise (also for
    indeclinable surname homonyms such as 'Pałac', which would swallow the complements)."""
    if not is_name_reading(reading) or len(morphology.tag_values(reading.analysis.tag)[2]) >= 5:
        return ""
    if "imię" in reading.analysis.qualifiers:
        return "first"
    return "" if has_common(reading.analysis.form) else "last"


def parse_at(words: Sequence[Word], head: int, reading: Reading) -> Parse | None:
    """Extend the head reading to agreeing words before and after it; None if blocked."""
    chosen: dict[int, Reading | None] = {head: reading}
    names = name_kind(reading)
    if not _extend(words, range(head), reading.key, "", chosen, head):
        return None
    after: dict[int, Reading | None] = {}
    for i in range(head + 1, len(words)):
        if after and modifies_next(words, i, reading.key):
            break  # 'Komendzie Wojewódzkiej | Państwowej Straży Pożarnej'
        if not _extend(words, [i], reading.key, names, after, head):
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


def best_parse(words: Sequence[Word], case: str | None = None,
               head: str | None = None) -> Parse | None:
    """The best-scoring head and key among nouns reachable through agreeing adjectives
    (only keys of `case` when given; only a head noun of lemma `head`, lower case, when
    given: a unit's head word, `Dziale` of `dział` and not of `działo`)."""
    best: Parse | None = None
    best_score: tuple[int, int, float, int] | None = None
    for at, word in enumerate(words[:_MAX_HEAD]):
        readings = word_readings(word.text)
        for r in readings:
            if (r.pos != "noun" or (case is not None and r.key.case != case)
                    or (head is not None and r.analysis.lemma.lower() != head)):
                continue
            p = parse_at(words, at, r)
            if p is None:
                continue
            s = _score(p, at, words)
            if best_score is None or s > best_score:
                best, best_score = p, s
        compound_start = at + 1 < len(words) and words[at + 1].hyphenated
        if not (word.abbrev or compound_start or is_transparent(word.text)
                or any(r.pos == "adj" for r in readings)):
            break
    return best


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
