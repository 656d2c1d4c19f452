#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes what `savant search` answers for every query of a bench query mix
# (JSON, facets, explanations, a deep page, `similar` for the first result),
# one file per query and view, so that two builds can be compared byte for byte
# when a change must not alter results:
#   bench/search_output_dump.sh SAVANT DB QUERIES.tsv OUT_DIR
#   (run it with the old and the new binary, then: diff -r OUT_A OUT_B)
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: $0 SAVANT DB QUERIES.tsv OUT_DIR" >&2; exit 2; }
savant="$1"
db="$2"
queries="$3"
out="$4"
mkdir -p "$out"

n=0
# Tabs become unit separators: read collapses runs of tab (whitespace), not of \037.
while IFS=$'\037' read -r kind query venue year_from year_to; do
  case "$kind" in '#'* | '') continue ;; esac
  n=$((n + 1))
  filters=()
  [ -n "$venue" ] && filters+=(--venue "$venue")
  if [ -n "$year_from" ]; then
    filters+=(--year "$year_from..${year_to:-$year_from}")
  fi
  name="$(printf '%02d' "$n")-$kind"
  "$savant" search --db "$db" --format json --facets --explain --limit 20 "${filters[@]}" \
    -- "$query" > "$out/$name.top.json"
  "$savant" search --db "$db" --format json --offset 300 --limit 40 --evidence 10 \
    "${filters[@]}" -- "$query" > "$out/$name.deep.json"
  "$savant" search --db "$db" --format json --ranking decay=1 --ranking max_units=1000 \
    --limit 10 "${filters[@]}" -- "$query" > "$out/$name.flat.json"
  if [ "$n" -le 3 ]; then
    id="$(grep -o '"id": *"[^"]*"' "$out/$name.top.json" | head -1 | sed 's/.*: *"\(.*\)"/\1/')"
    if [ -n "$id" ]; then
      "$savant" similar --db "$db" --format json --limit 20 -- "$id" > "$out/$name.similar.json"
    fi
  fi
done < <(tr '\t' '\037' < "$queries")
echo "$n queries written to $out"
