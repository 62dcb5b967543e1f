#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), or until RUNS executions if given:
#   fuzz/run.sh SECONDS [RUNS]          (FUZZ_JOBS=N runs N targets at once;
#                                        FUZZ_TARGETS="a b" runs only those targets)
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Limits as the README
# states them: no input may take over 1 s or allocate over 256 MiB. Seeds come from data/ and
# tests/corpus/ (made here, not committed); what each run learned stays in fuzz/corpus/, a crash
# in fuzz/artifacts/TARGET/; the last lines of each log go to fuzz/logs/summary.txt.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
runs=${2:--1}
targets=(guide_file salary_file global_file readiness_file data_dir ui_state search_query)
if [ -n "${FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$FUZZ_TARGETS"
fi

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: the nightly toolchain is missing: rustup toolchain install nightly" >&2
  exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: cargo-fuzz is missing: cargo install cargo-fuzz" >&2
  exit 2
fi

# Seeds: the bundled files and every broken variant of them in tests/corpus.
seed() {
  local target=$1 dir=seeds/$1
  rm -rf "$dir" && mkdir -p "$dir"
  case $target in
    guide_file) file=guide.ron ;;
    salary_file) file=salary_by_experience.ron ;;
    global_file) file=global_salaries.ron ;;
    readiness_file) file=readiness.ron ;;
  esac
  case $target in
    guide_file | salary_file | global_file | readiness_file)
      cp ../data/$file "$dir/bundled"
      for case_dir in ../tests/corpus/*/; do
        cp "$case_dir$file" "$dir/$(basename "$case_dir")"
      done
      ;;
    data_dir)
      for case_dir in ../data/ ../tests/corpus/*/; do
        { cat "${case_dir}guide.ron"; printf '\0'; cat "${case_dir}salary_by_experience.ron"; printf '\0'
          cat "${case_dir}global_salaries.ron"; printf '\0'; cat "${case_dir}readiness.ron"; } >"$dir/$(basename "$case_dir")"
      done
      ;;
    ui_state)
      printf '(section:"salary",theme:Dark,zoom:1.5,salary_chart:(years:4.5,show_data:true),global_chart:(sort:Name,show_data:false,local_currency:true))' >"$dir/full"
      printf '(zoom:1e309)' >"$dir/infinite-zoom"
      printf '()' >"$dir/empty"
      ;;
    search_query)
      for q in median "Eastern Europe" '$57,380' 'CAD 50,000' phlebotomy 'é' '2–3 years'; do
        printf '%s' "$q" >"$dir/$(printf '%s' "$q" | md5sum | cut -c1-8)"
      done
      ;;
  esac
}

# AddressSanitizer keeps freed memory in a quarantine (256 MiB by default) to catch use after
# free; that counts towards the process's memory and alone trips the 256 MiB limit, so it is kept
# small here: the limit then measures the program, not the sanitizer.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16}

# The fuzz crate is a member of the app's workspace, whose release profile is the shipped one
# (fat LTO, one codegen unit, debug info stripped). Fuzzing wants what this crate's own profile
# used to give: symbols and line numbers in crash reports, and a build that does not take LTO's
# time. Debug assertions and overflow checks stay on (cargo-fuzz's default).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG=1 CARGO_PROFILE_RELEASE_STRIP=none

cargo +nightly fuzz build -O
mkdir -p logs
: >logs/summary.txt

run_target() {
  local target=$1
  seed "$target"
  mkdir -p "corpus/$target"
  echo "== $target: ${seconds}s or $runs runs"
  local ok=0
  cargo +nightly fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -runs="$runs" -rss_limit_mb=256 -malloc_limit_mb=256 -timeout=1 \
    -max_len=65536 -print_final_stats=1 >"logs/$target.log" 2>&1 || ok=1
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$target.log" | grep -o '[0-9]*$' || echo '?')
  if [ $ok = 0 ]; then
    echo "$target: $execs executions, no crash, no timeout, no out-of-memory" | tee -a logs/summary.txt
  else
    echo "$target: FAILED after $execs executions: see fuzz/logs/$target.log and fuzz/artifacts/$target/" |
      tee -a logs/summary.txt
  fi
  return $ok
}

# FUZZ_JOBS=N runs N targets at a time (default 1: the machine is shared).
jobs=${FUZZ_JOBS:-1}
status=0
running=0
for target in "${targets[@]}"; do
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
exit $status
