"""The day a page says it is: a site's header line `Dziś: piątek, 23 stycznia 2026` shows the
day of the visit. With no publication date and no caller's reference, relative dates
(`Dodano: wczoraj 10:12`) resolve against it; it is never the publication date itself."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.dateline import DateFinder
from newsnlp.resources import ICASE, compile_pattern, load_json
from newsnlp.text.lines import Line

# the site's header stands among the page's first lines
TODAY_HEAD_LINES = 20


def shown_today(text: str, lines: Sequence[Line], find_dates: DateFinder) -> str | None:
    """The day (`YYYY-MM-DD`) of the first head line that opens with a today label
    (`meta.json` `today_labels`) and an absolute day right after it, else None (`Dziś mija
    40. rocznica lądowania (20 lipca 1969)` names no day of the visit)."""
    label = compile_pattern(load_json("meta.json")["today_labels"], ICASE)
    for line in [ln for ln in lines if ln.text][:TODAY_HEAD_LINES]:
        m = label.match(line.text)
        if m is None:
            continue
        found = find_dates(text, line.start + m.end(), line.end)
        if (found and found[0].start == line.start + m.end() and not found[0].relative
                and found[0].value and len(found[0].value) >= len("2026-01-23")):
            return found[0].value[:10]
    return None
