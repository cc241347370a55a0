#!/usr/bin/env bash
# Fuzzing stance with libFuzzer (see Fuzz/README.md).
#
#   Fuzz/run.sh HARNESS SECONDS   build one harness and fuzz it for SECONDS
#   Fuzz/run.sh all SECONDS       every harness, one after another, SECONDS each
#   Fuzz/run.sh regress [HARNESS] replay the kept regression inputs (Fuzz/regressions/) only
#   Fuzz/run.sh check             exit 0 when `swiftc -sanitize=fuzzer` works here
#   Fuzz/run.sh list              the harness names
#
# Environment: FUZZ_SANITIZE (default "fuzzer,address"; "fuzzer" alone runs about twice as fast
# but misses out-of-bounds reads through unsafe pointers); SWIFTC (default: swiftc on PATH).
# Exit status: 0 no crash, 1 a crash, hang or broken invariant (reproducers in Fuzz/crashes/),
# 2 setup or build failure.
set -uo pipefail

FUZZ="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$FUZZ")"
HARNESSES=(tokens sentences pipeline labeled lexicon lexicon-set model)
SANITIZE="${FUZZ_SANITIZE:-fuzzer,address}"
BUILD="$FUZZ/.build/${SANITIZE//,/-}"
SWIFTC="${SWIFTC:-swiftc}"
# Per-input limits: a unit slower than this is reported as a hang (the inputs are at most
# max_len bytes, so even a quadratic stage stays far below it when healthy).
UNIT_TIMEOUT=10
RSS_LIMIT_MB=4096

# Extra package sources a harness compiles with (beside StanceKit, which every harness links).
extra_sources() {
  case "$1" in
    labeled) ls "$ROOT"/Sources/StanceTraining/Data/*.swift ;;
    *) ;;
  esac
}

# Longest input libFuzzer generates, per harness: texts stay small so each run is fast,
# JSON needs room for a few lines or a small model.
max_len() {
  case "$1" in
    model) echo 16384 ;;
    labeled|lexicon|lexicon-set) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

# Dictionary of tokens that help libFuzzer build valid-looking inputs.
dict() {
  case "$1" in
    labeled|model) echo "$FUZZ/dicts/json.dict" ;;
    lexicon|lexicon-set) echo "$FUZZ/dicts/lexicon.dict" ;;
    *) echo "$FUZZ/dicts/text.dict" ;;
  esac
}

# Seeds: the committed examples each harness starts from.
seeds() {
  case "$1" in
    tokens|sentences|pipeline) echo "$FUZZ/seeds/text" ;;
    *) echo "$FUZZ/seeds/$1" ;;
  esac
}

check_toolchain() {
  local dir
  dir="$(mktemp -d)"
  cat > "$dir/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 { 0 }
SWIFT
  local ok=1
  if "$SWIFTC" -sanitize="$SANITIZE" -parse-as-library "$dir/probe.swift" -o "$dir/probe" >"$dir/log" 2>&1 \
     && "$dir/probe" -runs=10 >>"$dir/log" 2>&1; then
    ok=0
  else
    cat "$dir/log" >&2
  fi
  rm -rf "$dir"
  return $ok
}

# Builds StanceKit as a static library with the sanitizers, when a source is newer than it.
build_kit() {
  mkdir -p "$BUILD"
  local lib="$BUILD/libStanceKit.a"
  if [[ -f "$lib" ]] && [[ -z "$(find "$ROOT/Sources/StanceKit" -name '*.swift' -newer "$lib" -print -quit)" ]]; then
    return 0
  fi
  echo "fuzz: building StanceKit (-O, -sanitize=$SANITIZE)..." >&2
  # shellcheck disable=SC2046
  "$SWIFTC" -parse-as-library -module-name StanceKit -swift-version 6 -O -g -sanitize="$SANITIZE" \
    -emit-module -emit-module-path "$BUILD/StanceKit.swiftmodule" -emit-library -static -o "$lib.tmp" \
    $(find "$ROOT/Sources/StanceKit" -name '*.swift' | sort) || { rm -f "$lib.tmp"; return 2; }
  mv "$lib.tmp" "$lib"
}

build_harness() {
  local name="$1" bin="$BUILD/bin/$1"
  build_kit || return 2
  mkdir -p "$BUILD/bin"
  local newer
  newer="$(find "$FUZZ/harnesses" "$BUILD/libStanceKit.a" $(extra_sources "$name") -newer "$bin" -print -quit 2>/dev/null)"
  if [[ -x "$bin" && -z "$newer" ]]; then return 0; fi
  echo "fuzz: building harness $name..." >&2
  # shellcheck disable=SC2046
  "$SWIFTC" -parse-as-library -module-name "Fuzz_${name//-/_}" -swift-version 5 -O -g -sanitize="$SANITIZE" \
    -I "$BUILD" -L "$BUILD" -lStanceKit \
    "$FUZZ/harnesses/$name.swift" "$FUZZ/harnesses/FuzzSupport.swift" $(extra_sources "$name") \
    -o "$bin" || return 2
}

fuzz_env() {
  # The Swift runtime's backtracer would catch the trap's signal before libFuzzer does
  # (then no reproducer is written); leaks are not what these harnesses look for.
  export SWIFT_BACKTRACE=enable=no
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1:allocator_may_return_null=1}"
  export STANCE_FUZZ_ROOT="$ROOT"
}

# Replays the kept regression inputs of a harness; every one must pass.
regress() {
  local name="$1" bin="$BUILD/bin/$1" dir="$FUZZ/regressions/$1"
  [[ -d "$dir" ]] || return 0
  local inputs=("$dir"/*)
  [[ -e "${inputs[0]}" ]] || return 0
  fuzz_env
  if "$bin" -timeout="$UNIT_TIMEOUT" -rss_limit_mb="$RSS_LIMIT_MB" "${inputs[@]}" >"$FUZZ/logs/$name.regress.log" 2>&1; then
    echo "fuzz: $name: ${#inputs[@]} regression input(s) pass"
    return 0
  fi
  echo "fuzz: $name: a regression input fails; log: Fuzz/logs/$name.regress.log" >&2
  tail -n 30 "$FUZZ/logs/$name.regress.log" >&2
  return 1
}

run_one() {
  local name="$1" seconds="$2"
  build_harness "$name" || { echo "fuzz: $name: build failed" >&2; return 2; }
  mkdir -p "$FUZZ/corpus/$name" "$FUZZ/crashes" "$FUZZ/logs"
  regress "$name" || return 1
  fuzz_env
  local log="$FUZZ/logs/$name.log" before after
  before="$(ls "$FUZZ/crashes" | grep -c "^$name-" || true)"
  local args=(-max_total_time="$seconds" -timeout="$UNIT_TIMEOUT" -rss_limit_mb="$RSS_LIMIT_MB"
              -max_len="$(max_len "$name")" -print_final_stats=1 -artifact_prefix="$FUZZ/crashes/$name-")
  [[ -f "$(dict "$name")" ]] && args+=(-dict="$(dict "$name")")
  local corpora=("$FUZZ/corpus/$name")
  [[ -d "$(seeds "$name")" ]] && corpora+=("$(seeds "$name")")
  # The NewsMTSC format's seed is read from ../shared at run time (its text is never committed):
  # the corpus's first two records, in the untracked corpus directory.
  local shared="$ROOT/../shared/data/newsmtsc/train.jsonl"
  if [[ "$name" == labeled && -f "$shared" ]]; then
    head -n 2 "$shared" > "$FUZZ/corpus/$name/seed-newsmtsc.jsonl"
  fi
  "$BUILD/bin/$name" "${args[@]}" "${corpora[@]}" >"$log" 2>&1
  local status=$?
  after="$(ls "$FUZZ/crashes" | grep -c "^$name-" || true)"
  local execs cov
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')"
  echo "fuzz: $name: ${seconds} s, ${execs:-?} executions, coverage ${cov:-?} edges, $((after - before)) new crash(es), exit $status; log: Fuzz/logs/$name.log"
  if [[ $status -ne 0 || $after -gt $before ]]; then
    grep -E "invariant broken|Fatal error|ERROR: |SUMMARY|Test unit written" "$log" | head -n 8 >&2
    return 1
  fi
  return 0
}

usage() { sed -n '2,/^[^#]/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
  check) check_toolchain ;;
  list) printf '%s\n' "${HARNESSES[@]}" ;;
  regress)
    mkdir -p "$FUZZ/logs"
    status=0
    for h in ${2:-${HARNESSES[@]}}; do build_harness "$h" || exit 2; regress "$h" || status=1; done
    exit $status ;;
  all)
    [[ "${2:-}" =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
    status=0; passed=0; failed=0
    for h in "${HARNESSES[@]}"; do
      run_one "$h" "$2"; s=$?
      if [[ $s -eq 0 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
      [[ $s -gt $status ]] && status=$s
    done
    echo "fuzz: $passed passed, $failed failed"
    exit $status ;;
  -h|--help|"") usage; [[ -n "${1:-}" ]] ;;
  *)
    if [[ ! " ${HARNESSES[*]} " =~ " $1 " ]]; then echo "fuzz: unknown harness \"$1\" (expected: ${HARNESSES[*]}, all)" >&2; exit 2; fi
    [[ "${2:-}" =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
    run_one "$1" "$2" ;;
esac
