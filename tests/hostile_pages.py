"""Large hostile page shapes, shared by tests/test_hostile.py and benchmarks/megabyte.py."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"
MEGABYTE = 1_000_000


def example_page() -> str:
    """A realistic page that ships with the repository."""
    return (EXAMPLES / "portal-sosnowiec.txt").read_text(encoding="utf-8") + "\n\n"


def large_inputs(size: int = MEGABYTE) -> dict[str, str]:
    """Five shapes of about `size` characters: a realistic page repeated (its copies are
    read once, then set aside as repeated text), one long line,
    short bullets, prose paragraphs dense with dates and institutions, and paragraphs that
    each introduce the same acronym (each introduction looks for the acronym's later uses)."""
    page = example_page()
    return {
        "realistic page repeated": page * max(1, size // len(page)),
        "one long line": ("Strażacy z OSP gasili pożar. " * (size // 29 + 1))[:size],
        "bullets": "\n".join(f"• punkt listy numer {i}," for i in range(size // 27)),
        "prose paragraphs": "\n\n".join(  # each one its own (copies are read once)
            f"W piątek {i % 28 + 1} marca strażacy z OSP w Sosnowcu gasili pożar hali nr {i} "
            f"przy ul. {i % 90 + 1} Maja, a policjanci z KMP kierowali ruchem."
            for i in range(size // 125)),
        "introduced acronyms": "\n\n".join(
            f"W piątek działacze Stowarzyszenia Przyjaciół Zwierząt Domowych (SPZD) z Sosnowca "
            f"zebrali {i} zł, a SPZD przekaże je schronisku."
            for i in range(size // 131)),
    }
