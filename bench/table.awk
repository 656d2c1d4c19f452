#!/usr/bin/awk -f
# SPDX-License-Identifier: MIT
# Turns the `key=value` lines of the bench programs (bench/run's results.txt)
# into one Markdown table per corpus size, with savant's ratios to each baseline.
function field(line, key,    n, i, kv) {
  n = split(line, parts, " ")
  for (i = 1; i <= n; i++) {
    split(parts[i], kv, "=")
    if (kv[1] == key) return kv[2]
  }
  return ""
}
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
{
  size = field($0, "size"); engine = field($0, "engine"); phase = field($0, "phase")
  if (!(size in seen)) { seen[size] = 1; order[++sizes] = size }
  if (phase == "index") {
    n = split("docs_per_s cpu_ms_per_doc mb_per_s index_per_input peak_rss_mb", keys, " ")
  } else {
    n = split("p50_ms p95_ms p99_ms", keys, " ")
  }
  for (k = 1; k <= n; k++) v[size, engine, keys[k]] = field($0, keys[k])
  engines[size, engine] = 1
}
END {
  split("docs_per_s cpu_ms_per_doc mb_per_s index_per_input peak_rss_mb p50_ms p95_ms p99_ms", cols, " ")
  split("savant xapian sqlite", names, " ")
  label["savant"] = "savant (whole pipeline)"; label["xapian"] = "raw Xapian, flush 300"
  label["sqlite"] = "SQLite FTS5"
  for (s = 1; s <= sizes; s++) {
    size = order[s]
    printf "\n%s documents\n\n", size
    print "| engine | docs/s | CPU ms/doc | MB/s | index bytes / input byte | peak RSS MB | query p50 ms | p95 ms | p99 ms |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (e = 1; e <= 3; e++) {
      if (!((size, names[e]) in engines)) continue
      line = "| " label[names[e]]
      for (c = 1; c <= 8; c++) line = line " | " v[size, names[e], cols[c]]
      print line " |"
    }
    for (e = 2; e <= 3; e++) {
      if (!((size, "savant") in engines) || !((size, names[e]) in engines)) continue
      line = "| savant ÷ " label[names[e]]
      for (c = 1; c <= 8; c++) line = line " | " ratio(v[size, "savant", cols[c]], v[size, names[e], cols[c]])
      print line " |"
    }
  }
}
