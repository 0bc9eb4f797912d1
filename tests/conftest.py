"""Shared fixtures: example pages shipped with the repo, and the optional eval set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EVAL_DIR = Path(os.environ.get("NEWSNLP_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "dev").is_dir() or not (EVAL_DIR / "score.py").is_file():
        pytest.skip(f"evaluation set not found at {EVAL_DIR}")
    return EVAL_DIR


def example_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")
