"""Names end where they end: a mention never runs into a person's name, and starts where
the model sees the name start.

A person span from the NER model that starts inside a mention ("… Stowarzyszenia
Instruktorów Jan Nowak") cuts the mention before it; slots read after that point (locality,
parent, quoted name, patron) belonged to the text after the person and are dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsnlp.extract.institutions.enumeration import lists_complements
from newsnlp.extract.institutions.evidence import generic_kind
from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.slots import locality_at, seat_at
from newsnlp.morph.baseform import base_form
from newsnlp.morph.inflect import agrees, parse_name

__all__ = ["agreeing_adjectives", "cut_at_model_starts", "cut_at_persons", "extend_to_model",
           "localities_from_model", "widen_to_model"]


def _cut(text: str, m: Mention, at: int) -> bool:
    """End `m` before offset `at`; False when nothing of a name would be left."""
    kept = text[m.start:at].rstrip(" \t,-–")
    removed = len(text[m.start + len(kept):m.end].split())
    if not kept or removed == 0 or m.name is None:
        return False
    words = m.name.split()
    if len(words) <= removed:
        return False
    m.end, m.text = m.start + len(kept), kept
    m.name = " ".join(words[:-removed]) if m.name_end is None or m.name_end > m.end else m.name
    m.name_end = min(m.name_end, m.end) if m.name_end is not None else None
    m.locality = m.locality if m.name_end is not None and m.name_end < m.end else None
    m.parent = m.parent if m.parent is not None and m.parent.end <= m.end else None
    m.quoted = m.patron = m.suffix = None
    return True


def cut_at_persons(text: str, mentions: Sequence[Mention],
                   persons: Sequence[tuple[int, int]]) -> list[Mention]:
    """Mentions of named organisations ended before any person's name inside them, but for
    the patron the name gives (`Szkoła Podstawowa im. bł. Karoliny Kózkówny`)."""
    out: list[Mention] = []
    ordered = sorted(persons)
    starts = [s for s, _ in ordered]
    for m in mentions:
        within = ordered[bisect_right(starts, m.start):bisect_left(starts, m.end)]
        patron = text.find(m.patron, m.start, m.end) if m.patron else -1
        first = next((s for s, e in within if e <= m.end + 1
                      and not (m.patron and 0 <= patron <= s and e <= patron + len(m.patron))),
                     None)
        cuttable = m.what in ("generic", "unit") and not m.via_acronym
        if first is not None and cuttable and not _cut(text, m, first):
            continue
        out.append(m)
    return out


def agreeing_adjectives(piece: str, name: str, case: str) -> bool:
    """True for one or two capitalised adjectives agreeing with the name's head
    ('Tarnogórskie' + 'Towarzystwo', not 'Dyżurni' + 'Straży Miejskiej')."""
    words = piece.split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    head = parse_name(name, case)
    return head is not None and all(
        agrees(w, head.number, case, head.gender) is not None for w in words)


def widen_to_model(text: str, mentions: Sequence[Mention],
                   orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """A gazetteer name the model sees with a capitalised adjective before it, even at a
    sentence start where the rules cannot tell ('Tarnogórskie Towarzystwo Przyjaciół Dzieci',
    'Europejski Bank Centralny'), becomes that organisation's own name."""
    by_end = sorted((e, k) for k, (_, e) in enumerate(orgs))  # spans by end, then given order
    ends = [e for e, _ in by_end]
    for m in mentions:
        if m.via_acronym or m.parent is not None or m.what not in ("type", "generic"):
            continue
        name_end = m.name_end if m.name_end is not None else m.end
        ending = sorted(k for _, k in by_end[bisect_left(ends, name_end):
                                             bisect_right(ends, m.end)])
        for s, e in (orgs[k] for k in ending):  # the spans that end inside the name, in order
            if s < m.start and name_end <= e <= m.end and agreeing_adjectives(
                    text[s:m.start], text[m.start:name_end], m.case or "nom"):
                m.start, m.text, m.what, m.type_ids = s, text[s:m.end], "generic", ()
                m.name = base_form(text[s:name_end])
                kind = generic_kind(text[s:name_end])
                m.kind = m.kind if kind == "organisation" else kind
                m.intro_acronym = m.intro_span = None
                break
    return list(mentions)


def _name_words(piece: str) -> bool:
    """True for one or two words that can only continue a proper name: capitalised words,
    acronyms and initials ('ING', 'Cargo', 'P. Sloana'), no conjunction or comma."""
    words = [w for w in piece.replace(".", ". ").split() if w != "."]
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and (w.rstrip(".").replace("-", "").isalpha()) for w in words)


def _brand(piece: str) -> bool:
    """Acronyms before a name make a brand ('ING Banku Śląskiego', 'BNP Paribas'); a word of
    the sentence does not ('programu Sportowa Polska Ministerstwa Sportu')."""
    words = piece.split()
    return 0 < len(words) <= 2 and all(w.isupper() and w.isalpha() for w in words)


def _base_form_after_brand(name: str) -> str:
    """The base form of a name whose leading acronyms are a brand ('ING Banku Śląskiego' ->
    'ING Bank Śląski'): the brand stays as written, the rest is inflected."""
    words = name.split()
    brand = 0
    while brand < len(words) - 1 and words[brand].isupper():
        brand += 1
    rest = " ".join(words[brand:])
    return " ".join([*words[:brand], base_form(rest)]) if brand else base_form(name)


_CONJUNCTIONS = (" i ", " oraz ")


def cut_at_model_starts(text: str, mentions: Sequence[Mention],
                        orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """A generic name joined by `i`/`oraz` to a word where a model organisation span starts
    and runs on past it ('Banku Śląskiego i Pekao' before 'Pekao SA'), or where the model
    tags both sides as two organisations ('Banku Pekao' and 'BPH'), ends before the
    conjunction: the model reads two organisations there."""
    starts = sorted(orgs)
    firsts = [s for s, _ in starts]
    tagged = set(orgs)
    for m in mentions:
        if m.what != "generic" or m.parent is not None:
            continue
        for joiner in _CONJUNCTIONS:
            at = text.find(joiner, m.start, m.end)
            if at < 0:
                continue
            after = at + len(joiner)
            k = bisect_left(firsts, after)
            if k < len(starts) and starts[k][0] == after and (
                    starts[k][1] > m.end or (starts[k][1] == m.end and (m.start, at) in tagged)):
                m.end, m.text = at, text[m.start:at]
                m.name = base_form(m.text)
                break
    return list(mentions)


def extend_to_model(text: str, mentions: Sequence[Mention],
                    orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """A mention inside a model organisation span that adds only a brand before it (or, to a
    bare acronym, a name: 'Pekao SA') or proper-name words after it ('ING Banku Śląskiego',
    'PKP Cargo', 'Fundacja Alfreda P. Sloana') becomes that organisation, named as the model
    reads it: a brand or a second name part makes it another organisation than the
    gazetteer's; a town right after the span is its seat ('Centrum Kultury i Sztuki w
    Kaliszu')."""
    ordered = sorted(orgs)
    starts = [s for s, _ in ordered]
    longest = max((e - s for s, e in ordered), default=0)
    for m in mentions:
        if m.parent is not None or m.what not in ("type", "generic") or m.locality is not None:
            continue
        # only spans starting at most `longest` before the mention can hold it (linear work)
        for s, e in ordered[bisect_left(starts, m.end - longest):bisect_right(starts, m.start)]:
            if e < m.end or (s, e) == (m.start, m.end):
                continue
            before, after = text[s:m.start].strip(), text[m.end:e].strip()
            if ((not before or _brand(before) or (m.via_acronym and _name_words(before)))
                    and (not after or _name_words(after)
                         or lists_complements(text[m.end:e]))):
                kind = generic_kind(text[s:e])
                if kind == "organisation" and m.type_ids:  # the type's kind, if no other
                    kind = gazetteer().types[m.type_ids[0]].kind
                m.start, m.end, m.text, m.what, m.type_ids = s, e, text[s:e], "generic", ()
                m.name, m.via_acronym, m.name_end = _base_form_after_brand(text[s:e]), False, None
                m.kind = kind
                m.number = m.patron = m.quoted = m.suffix = None
                m.intro_acronym = m.intro_span = None
                if (seat := seat_at(text, e)) is not None:  # the town after the span
                    m.locality, m.end, m.text = seat[0], seat[1], text[s:seat[1]]
                break
    return list(mentions)


def localities_from_model(text: str, mentions: Sequence[Mention],
                          orgs: Sequence[tuple[int, int]]) -> list[Mention]:
    """A name the rules read without a locality, where a model organisation span starting
    with it runs on over 'w X' alone, takes that locality: in 'Kliniki Chirurgii Centrum
    Onkologii w Bydgoszczy' no head the rules know starts the parent, so no slot was read."""
    ends = {s: e for s, e in sorted(orgs, key=lambda o: o[1] - o[0])}  # longest span wins
    for m in mentions:
        if m.what == "type" or m.parent is not None or m.locality is not None:
            continue
        e = ends.get(m.start, m.end)
        loc = locality_at(text, m.end) if e > m.end else None
        if loc is not None and loc[1] == e:
            m.locality, m.end, m.text = loc[0], e, text[m.start:e]
    return list(mentions)
