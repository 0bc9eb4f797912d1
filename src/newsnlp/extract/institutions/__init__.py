"""Named institutions of a page: find mentions, merge them, name each entity canonically.

    from newsnlp.extract.institutions import extract_institutions
    extract_institutions(text, blocks, extra_candidates=[(start, end), ...])

See docs/institutions.md for the gazetteer, the taxonomy of kinds and the conventions.
"""

from __future__ import annotations

from newsnlp.extract.institutions.extract import extract_institutions

__all__ = ["extract_institutions"]
