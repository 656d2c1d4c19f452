// SPDX-License-Identifier: MIT
// savant's side of the comparison, through the public library API: the whole
// pipeline (reading, extraction, identities, indexing) over a generated corpus,
// and the query mix with researcher ranking and exact facets.
//
//   savant_bench index --db DIR --corpus DIR
//   savant_bench query --db DIR --queries FILE [--rounds N]
#include <savant/savant.hpp>

#include <fmt/format.h>

#include "bench/common/bench_common.hpp"
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

using namespace savant::bench;

int index_corpus(const std::string& db_path, const std::string& corpus) {
  std::uint64_t input_bytes = 0;
  const std::vector<CorpusFile> files = load_corpus(corpus);
  for (const CorpusFile& file : files) input_bytes += std::filesystem::file_size(file.path);
  std::filesystem::remove_all(db_path);
  const auto start = std::chrono::steady_clock::now();
  savant::IndexOptions options;
  options.db_path = db_path;
  options.inputs = {(std::filesystem::path(corpus) / "docs").string()};
  // The steps: reading files into stored records, deriving researchers (on
  // several writers in a bulk build), and a bulk build's merge.
  double records_seconds = 0.0;
  options.on_commit = [&](const savant::CommitEvent& event) {
    if (!event.researchers && event.done == event.total) records_seconds = seconds_since(start);
  };
  const savant::IndexReport report = savant::index_files(options);
  const double seconds = seconds_since(start);
  auto figures = index_figures(files.size(), input_bytes, seconds, db_path);
  figures["records_s"] = fmt::format("{:.1f}", records_seconds);
  figures["derive_s"] =
      fmt::format("{:.1f}", seconds - records_seconds - report.bulk_merge_seconds);
  figures["merge_s"] = fmt::format("{:.1f}", report.bulk_merge_seconds);
  figures["writers"] = std::to_string(std::max<std::size_t>(report.bulk_writers, 1));
  figures["failed"] = std::to_string(report.failures.size());
  figures["researchers"] = std::to_string(report.researchers);
  figures["publications"] = std::to_string(report.publications);
  print_figures("savant", "index", figures);
  return report.failures.empty() ? 0 : 1;
}

int query(const std::string& db_path, const std::string& queries, int rounds) {
  savant::Searcher searcher(db_path);
  std::size_t matched = 0;
  auto run_one = [&](const MixQuery& q) {
    savant::SearchRequest request;
    request.query = q.query;
    request.venue = q.venue;
    request.year_from = q.year_from;
    request.year_to = q.year_to;
    request.facets = true;
    request.limit = 10;
    matched += searcher.search(request).hits.size();
  };
  std::vector<double> latencies = time_queries(load_queries(queries), rounds, run_one);
  auto figures = query_figures(latencies);
  figures["results"] = std::to_string(matched);
  print_figures("savant", "query", figures);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return engine_main(argc, argv, "savant_bench", "DIR", index_corpus, query);
}
