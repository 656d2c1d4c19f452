// SPDX-License-Identifier: MIT
// Matching without Xapian's matcher (searcher/direct_matches): every match of
// `Za OR (Zb AND Zc)` and its weight, the shape of a topic query (its topic
// term OR its words), on a synthetic index of 100,000 one-unit documents,
// walked through Xapian's posting iterators and from the decoded lists the
// process keeps (searcher/posting_cache). The same matches either way
// (DirectMatches.* tests that); this measures what keeping them saves.
#include "searcher/direct_matches.hpp"
#include "searcher/posting_cache.hpp"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using savant::searcher::DocumentLengths;
using savant::searcher::Match;
using savant::searcher::PostingCache;

constexpr Xapian::docid kDocuments = 100000;

// Za in every second document, Zb in two of three, Zc in four of five, with
// wdfs and lengths that vary; built once in a temporary directory.
const std::string& walk_index() {
  static const std::string path = [] {
    const fs::path dir = fs::temp_directory_path() / ("savant-walk-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    Xapian::WritableDatabase db((dir / "index").string(),
                                Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    for (Xapian::docid d = 1; d <= kDocuments; ++d) {
      Xapian::Document doc;
      if (d % 2 == 0) doc.add_term("Za", 1 + d % 3);
      if (d % 3 != 0) doc.add_term("Zb", 1 + d % 4);
      if (d % 5 != 0) doc.add_term("Zc", 1 + d % 2);
      doc.add_term("Zpad" + std::to_string(d % 7), 1 + d % 11);
      db.add_document(doc);
    }
    db.commit();
    std::atexit([] { fs::remove_all(fs::path(walk_index()).parent_path()); });
    return (dir / "index").string();
  }();
  return path;
}

void walk_benchmark(benchmark::State& state, bool kept) {
  const Xapian::Database db(walk_index());
  const DocumentLengths lengths = savant::searcher::document_lengths(db);
  PostingCache cache(std::size_t{1} << 30);
  const Xapian::Query query(
      Xapian::Query::OP_OR, Xapian::Query("Za"),
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("Zb"), Xapian::Query("Zc")));
  std::vector<Match> storage;
  for (auto _ : state) {
    std::optional<std::vector<Match>> matches = savant::searcher::direct_matches(
        db, query, 1, db.get_lastdocid(), &lengths, std::move(storage), kept ? &cache : nullptr);
    storage = std::move(matches.value());
    benchmark::DoNotOptimize(storage.data());
  }
  state.counters["matches"] = static_cast<double>(storage.size());
  state.counters["ns_per_match"] = benchmark::Counter(
      static_cast<double>(storage.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

}  // namespace

BENCHMARK_CAPTURE(walk_benchmark, through_xapian, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(walk_benchmark, kept_lists, true)->Unit(benchmark::kMillisecond);
