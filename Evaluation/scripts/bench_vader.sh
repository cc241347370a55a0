#!/usr/bin/env bash
# stance bench, then VADER on the same sentences, side by side in one run.
#
# usage: Evaluation/scripts/bench_vader.sh [stance bench options, e.g. --size 20 --runs 3]
#
# 1. builds stance for release (or uses $STANCE, a built executable);
# 2. runs `stance bench --json --dump-sentences FILE` (whole pipeline, stages,
#    threads, training, memory) on the generated corpus;
# 3. creates a throwaway virtual environment in /tmp, installs vaderSentiment
#    from PyPI into it (never a dependency of the package), and times
#    SentimentIntensityAnalyzer().polarity_scores on every dumped sentence in one
#    Python process (Evaluation/scripts/bench_vader.py);
# 4. prints both and the ratio; deletes the environment and the temporary files.
#
# Environment: STANCE=path/to/stance (skip the build), SCRATCH_PATH=.build-x (the
# build folder, default .build), BENCH_OUT=file.json (keep every figure as JSON),
# VADER_VERSION (default 3.3.2).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

work="$(mktemp -d /tmp/stance-vader.XXXXXX)"
trap 'rm -rf "$work"' EXIT

stance="${STANCE:-}"
if [ -z "$stance" ]; then
    scratch="${SCRATCH_PATH:-.build}"
    echo "building stance for release in $scratch ..." >&2
    swift build -c release --scratch-path "$scratch" >&2
    stance="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/stance"
fi

echo "installing vaderSentiment ${VADER_VERSION:-3.3.2} into a throwaway environment in $work ..." >&2
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "vaderSentiment==${VADER_VERSION:-3.3.2}" >&2

echo "stance bench $* ..." >&2
"$stance" bench --json --dump-sentences "$work/sentences.txt" "$@" > "$work/stance.json"

echo "VADER on the same $(wc -l < "$work/sentences.txt") sentences ..." >&2
out_args=()
if [ -n "${BENCH_OUT:-}" ]; then out_args=(--out "$work/combined.json"); fi
"$work/venv/bin/python" Evaluation/scripts/bench_vader.py "$work/sentences.txt" "$work/stance.json" "${out_args[@]}"
if [ -n "${BENCH_OUT:-}" ]; then cp "$work/combined.json" "$BENCH_OUT"; fi
