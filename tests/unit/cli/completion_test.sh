#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tests cli/completion/savant.bash: sources it (after bash-completion's own
# script, when BASH_COMPLETION is given and exists) and checks what each
# command line completes to.
# Usage: completion_test.sh PATH/TO/savant.bash [PATH/TO/bash_completion]
set -euo pipefail
if [[ -n ${2:-} && -r $2 ]]; then
  # bash-completion expects an interactive-ish shell: relax the strict mode while loading it.
  set +eu
  # shellcheck source=/dev/null
  source "$2"
  set -eu
fi
# shellcheck source=/dev/null
source "$1"

failures=0
# expect "LINE" "EXPECTED": completing at the end of LINE gives EXPECTED (words, sorted).
expect() {
  local line=$1 expected=$2
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  set +eu
  _savant
  set -eu
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
  if [[ $got != "$expected" ]]; then
    echo "FAIL: '$line' completes to '$got', expected '$expected'" >&2
    failures=$((failures + 1))
  fi
}

expect "savant " "--help --version eval export forget help index search serve show similar stats unforget"
expect "savant sea" "search"
expect "savant se" "search serve"
expect "savant search --fo" "--format"
expect "savant search --format " "csv json jsonl text"
expect "savant export --format " "json jsonl"
expect "savant stats --format " "json text"
expect "savant search --color " "always auto never"
expect "savant index --progress a" "always auto"
expect "savant index --q" "--quiet"
expect "savant search --ranking de" "decay="
expect "savant show --" "--allow-partial --color --config --db --format --help --show-contact"
expect "savant index --sh" "--shards"
expect "savant search --allow" "--allow-partial"
expect "savant help s" "search serve show similar stats"
expect "savant index --pr" "--progress --prune"
expect "savant index --batch" "--batch-files --batch-mb"
expect "savant forget --" "--config --db --help"
expect "savant search moe --venue " ""
expect "savant eval " "extraction ranking"
expect "savant eval extraction --g" "--golden"
expect "savant eval ranking --q" "--qrels --queries"
expect "savant serve --t" "--threads --time-limit --token-file"

if ((failures > 0)); then
  echo "$failures completion check(s) failed" >&2
  exit 1
fi
echo "completion: all checks passed"
