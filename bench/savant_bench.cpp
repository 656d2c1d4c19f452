// SPDX-License-Identifier: MIT
// savant's side of the comparison, through the public library API: the whole
// pipeline (reading, extraction, identities, indexing) over a generated corpus,
// and the query mix with researcher ranking and exact facets.
//
//   savant_bench index --db DIR --corpus DIR
//   savant_bench query --db DIR --queries FILE [--rounds N]
//   savant_bench reindex --db DIR --corpus DIR [--all yes]
//
// `reindex` measures incremental runs: it copies the corpus's documents to
// DIR.docs, builds DIR from them, runs again with nothing changed, then
// changes one file and runs again. With `--all yes` the index first forgets
// what each researcher was derived from, so that every researcher is built
// again, as every run did before researchers were kept (the comparison).
#include <savant/savant.hpp>

#include <fmt/format.h>
#include <xapian.h>

#include "bench/common/bench_common.hpp"
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

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

// One run of index_files over `docs`: wall and CPU seconds, documents written.
std::map<std::string, std::string> timed_run(const std::string& db_path, const std::string& docs,
                                             const std::string& name) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu = cpu_seconds();
  savant::IndexOptions options;
  options.db_path = db_path;
  options.inputs = {docs};
  const savant::IndexReport report = savant::index_files(options);
  return {{name + "_s", fmt::format("{:.2f}", seconds_since(start))},
          {name + "_cpu_s", fmt::format("{:.2f}", cpu_seconds() - cpu)},
          {name + "_written", std::to_string(report.documents_written)}};
}

int reindex(const std::string& db_path, const std::string& corpus, bool all) {
  namespace fs = std::filesystem;
  const std::string docs = db_path + ".docs";
  fs::remove_all(db_path);
  fs::remove_all(docs);
  fs::copy(fs::path(corpus) / "docs", docs, fs::copy_options::recursive);
  std::map<std::string, std::string> figures = timed_run(db_path, docs, "first");
  // Stamps taken within 2 s of a file's modification are not trusted: wait,
  // so that the unchanged run reads no file.
  std::this_thread::sleep_for(std::chrono::seconds(3));
  figures.merge(timed_run(db_path, docs, "nochange"));
  if (all) {
    Xapian::WritableDatabase db(db_path);
    std::vector<std::string> entries;
    for (auto it = db.metadata_keys_begin("savant.derived."); it != db.metadata_keys_end(); ++it) {
      entries.push_back(*it);
    }
    for (const std::string& entry : entries) db.set_metadata(entry, "");
    db.commit();
  }
  fs::path changed;
  for (const auto& entry : fs::recursive_directory_iterator(docs)) {
    if (entry.is_regular_file() && (changed.empty() || entry.path() < changed))
      changed = entry.path();
  }
  std::ofstream(changed, std::ios::app) << "\n";
  figures.merge(timed_run(db_path, docs, "onechange"));
  figures["rebuild_all"] = all ? "yes" : "no";
  print_figures("savant", "reindex", figures);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "reindex") {
    const std::string usage = "savant_bench reindex --db DIR --corpus DIR [--all yes]";
    auto o = parse_options(argc, argv, 2, {"db", "corpus", "all"}, {"db", "corpus"}, usage);
    try {
      return reindex(o["db"], o["corpus"], o["all"] == "yes");
    } catch (const std::exception& e) {
      std::cerr << "savant_bench: " << e.what() << "\n";
      return 1;
    } catch (const Xapian::Error& e) {
      std::cerr << "savant_bench: " << e.get_description() << "\n";
      return 1;
    }
  }
  return engine_main(argc, argv, "savant_bench", "DIR", index_corpus, query);
}
