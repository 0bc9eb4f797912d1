"""The internal record of one real-world institution: its merged mentions and attributes."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsnlp.extract.institutions.mention import Locality, Mention

__all__ = ["Entity"]


@dataclass(eq=False)
class Entity:
    """Mentions of one institution, plus what they say about it taken together."""

    what: str  # type | unit | generic | branch
    type_id: str | None
    name: str | None
    mentions: list[Mention] = field(default_factory=list)
    parent: Entity | None = None
    parent_link: str = "gen"  # gen | przy | named (the unit's own name holds its parent's)

    def first(self) -> int:
        """Offset of the first mention."""
        return min(m.start for m in self.mentions)

    def attr(self, name: str) -> str | None:
        """The first non-empty value of a mention attribute (number, patron, ...)."""
        for m in sorted(self.mentions, key=lambda m: -len(m.text)):
            value = getattr(m, name)
            if value:
                return str(value)
        return None

    def locality(self) -> Locality | None:
        """The locality, preferring one written in the locative after 'w'."""
        locs = [m.locality for m in self.mentions if m.locality]
        locative = [loc for loc in locs if loc.locative]
        chosen = locative or locs
        return chosen[0] if chosen else None

    def explicit(self) -> bool:
        """True when some mention is more than a bare ambiguous acronym."""
        return any(not m.via_acronym or m.locality or m.number for m in self.mentions)
