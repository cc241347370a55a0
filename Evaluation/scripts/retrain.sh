#!/usr/bin/env bash
# Retrains the shipped model and regenerates the evaluation reports, exactly as
# they are committed. Run from the repository root with ../shared beside it:
#   Evaluation/scripts/retrain.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release
stance=.build/release/stance
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -u +%s)}

# The shipped model: the team's train and dev splits, the NewsMTSC-derived stance
# labels, and NewsMTSC train's sentiment labels. The team's test split is held out.
$stance train --seed 1 --out Models/stance.json \
  --data Evaluation/data/team-train.jsonl \
  --data Evaluation/data/team-dev.jsonl \
  --data Evaluation/data/newsmtsc-stance.jsonl \
  --data ../shared/data/newsmtsc/train.jsonl

# Held-out test split of the team's pairs, with the shipped model.
$stance evaluate --data Evaluation/data/team-test.jsonl --format markdown --out Evaluation/reports/team-test.md
$stance evaluate --data Evaluation/data/team-test.jsonl --format json --out Evaluation/reports/team-test.json

# The second held-out set, written after the test split had been read for error analysis.
$stance evaluate --data Evaluation/data/team-fresh.jsonl --format markdown --out Evaluation/reports/team-fresh.md

# Held-out real news: the second round of NewsMTSC-derived stance labels, which the shipped
# model never trains on and nobody tunes on (stance only: its sentiment labels are NewsMTSC
# train's, which the shipped model learns from).
$stance evaluate --data Evaluation/data/newsmtsc-stance-2.jsonl --task stance --no-corpus-text --format markdown --out Evaluation/reports/newsmtsc-stance-2.md

# 10-fold cross-validation on the NewsMTSC-derived stance pairs (folds never split a document).
$stance evaluate --data Evaluation/data/newsmtsc-stance.jsonl --folds 10 --task stance --no-corpus-text --format markdown --out Evaluation/reports/newsmtsc-stance-cv10.md

# The same folds with the team's train and dev pairs in every fold's training, as the shipped
# model is trained (the scored documents' own pairs are never in their fold's training).
$stance evaluate --data Evaluation/data/newsmtsc-stance.jsonl --folds 10 --task stance \
  --train-extra Evaluation/data/team-train.jsonl --train-extra Evaluation/data/team-dev.jsonl \
  --no-corpus-text --format markdown --out Evaluation/reports/newsmtsc-stance-cv10-with-team.md

# 10-fold cross-validation of actor sentiment on NewsMTSC train.
$stance evaluate --data ../shared/data/newsmtsc/train.jsonl --folds 10 --no-corpus-text --format markdown --out Evaluation/reports/newsmtsc-sentiment-cv10.md

# 5-fold cross-validation on the team's train and dev pairs.
$stance evaluate --data Evaluation/data/team-train.jsonl --data Evaluation/data/team-dev.jsonl --folds 5 --format markdown --out Evaluation/reports/team-cv5.md

# Inter-annotator agreement of the double-labeled samples.
python3 Evaluation/scripts/agreement.py > Evaluation/reports/agreement.md
