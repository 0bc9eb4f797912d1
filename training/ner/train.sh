#!/bin/sh
# Retrain the shipped Polish NER model end to end (about an hour on two free CPU cores).
# Usage: sh training/ner/train.sh [path/to/shared/realdata/ner]
# Needs newsnlp installed (pip install -e ".[train]") with morfeusz2: spacy train finds the
# config's newsnlp_morph_features component through newsnlp's spacy_factories entry point.
set -e
CORPUS=${1:-../shared/realdata/ner}
python training/ner/convert.py --corpus "$CORPUS" --out training/ner/corpus
python training/ner/vectors.py training/ner/corpus/train.spacy training/ner/vectors
nice -n 10 python -m spacy train training/ner/config.cfg --output training/ner/output
python training/ner/package.py training/ner/output/model-best src/newsnlp/data/models/ner
