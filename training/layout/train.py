"""Train the layout model: `python -m training.layout.train` writes
`src/newsnlp/data/models/layout/layout.crfsuite` from every page in `data.py` (deterministic:
L-BFGS on a fixed order of pages)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from training.layout.data import ROOT, Sequence_, all_sequences

TARGET = ROOT / "src" / "newsnlp" / "data" / "models" / "layout" / "layout.crfsuite"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 75,
          "feature.possible_transitions": True}


def train(sequences: Iterable[Sequence_], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for seq in sequences:
        if seq.features:
            trainer.append(seq.features, seq.labels)
    trainer.set_params(PARAMS)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def main() -> None:
    seqs = all_sequences()
    train(seqs, TARGET)
    print(f"trained on {len(seqs)} pages -> {TARGET} ({TARGET.stat().st_size:,} bytes)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
