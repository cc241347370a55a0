#!/usr/bin/env bash
# Renders the two HTML pages and screenshots them with headless Chromium, at
# 1280 px and at a narrow (phone) width, whole page:
#
#   Evaluation/reports/classify-seed.html          stance classify --format html ../shared/seed/article.txt
#   Evaluation/reports/evaluate-team-test.html     stance evaluate --data Evaluation/data/team-test.jsonl --format html
#   Evaluation/reports/track-corpus.html           stance track --format html Evaluation/track/corpus.jsonl
#   Evaluation/reports/screenshots/{classify-seed,evaluate-team-test,track-corpus}-{1280,narrow}.png
#
# Usage (from anywhere):  Evaluation/scripts/screenshots.sh
#   STANCE=path/to/stance   the binary to use (default: built here with swift build -c release)
#   NARROW=390              the narrow width in pixels
# Needs Debian's chromium (installed with apt-get when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
reports=Evaluation/reports
shots=$reports/screenshots
narrow=${NARROW:-390}
mkdir -p "$shots"

if [ -z "${STANCE:-}" ]; then
    swift build -c release --product stance >&2
    STANCE="$(swift build -c release --show-bin-path)/stance"
fi
if ! command -v chromium >/dev/null; then
    # A fresh machine's package lists may be empty: update them when the install fails.
    apt-get install -y chromium >&2 || { apt-get update >&2 && apt-get install -y chromium >&2; }
fi

seed=../shared/seed/article.txt
if [ ! -f "$seed" ]; then echo "screenshots.sh: $seed is missing" >&2; exit 1; fi
"$STANCE" classify --format html "$seed" > "$reports/classify-seed.html"
"$STANCE" evaluate --data Evaluation/data/team-test.jsonl --format html > "$reports/evaluate-team-test.html"
"$STANCE" track --format html Evaluation/track/corpus.jsonl > "$reports/track-corpus.html"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1
        --no-first-run --no-default-browser-check --user-data-dir="$tmp/profile")

# The page's full height at a width: a copy with a one-line script that writes the
# height into the DOM, read back with --dump-dom (the shipped page has no script).
height() { # page width
    sed 's#</body>#<script>document.body.setAttribute("data-height", document.documentElement.scrollHeight)</script></body>#' \
        "$1" > "$tmp/measure.html"
    "${chrome[@]}" --window-size="$2,900" --dump-dom "file://$tmp/measure.html" 2>/dev/null \
        | grep -o 'data-height="[0-9]*"' | grep -o '[0-9]*' || echo 3000
}

shoot() { # page width name
    local h
    h=$(height "$1" "$2")
    "${chrome[@]}" --window-size="$2,$h" --screenshot="$root/$shots/$3.png" "file://$root/$1" 2>/dev/null
    echo "$shots/$3.png: $2 x $h"
}

for page in classify-seed evaluate-team-test track-corpus; do
    shoot "$reports/$page.html" 1280 "$page-1280"
    shoot "$reports/$page.html" "$narrow" "$page-narrow"
done
