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
#include "searcher/all_matches.hpp"
#include "searcher/direct_matches.hpp"
#include "searcher/posting_cache.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/researcher_ranker.hpp"
#include "searcher/unit_columns.hpp"
#include <savant/savant.hpp>

#include <fmt/format.h>
#include <xapian.h>

#include "bench/common/bench_common.hpp"
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace savant::bench;

int index_corpus(const std::string& db_path, const std::string& corpus) {
  std::uint64_t input_bytes = 0;
  std::size_t documents = 0;
  {
    // Not kept while indexing: the list (with every publication's venue and
    // year, for the query mix) would count in savant's peak RSS (~100 MB at
    // 100,000 documents).
    const std::vector<CorpusFile> files = load_corpus(corpus);
    for (const CorpusFile& file : files) input_bytes += std::filesystem::file_size(file.path);
    documents = files.size();
  }
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
  auto figures = index_figures(documents, input_bytes, seconds, db_path);
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

// CPU time of this process, all threads: on a shared machine, wall time also
// counts the time other processes held the cores, and a large query is matched
// on two threads (the searcher's helper thread), so the calling thread's time
// alone would leave half of Xapian's work out. Nothing else runs meanwhile.
double process_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// What the ranking columns of `db_path` cost to read and hold (a plain
// index directory only: their build time is also in first_cpu_ms).
void column_figures(const std::string& db_path, std::map<std::string, std::string>& figures) {
  try {
    const Xapian::Database db(db_path);
    const auto start = std::chrono::steady_clock::now();
    const double cpu = process_cpu_ms();
    const auto columns = savant::searcher::UnitColumns::of_database(db);
    figures["columns_cpu_ms"] = fmt::format("{:.1f}", process_cpu_ms() - cpu);
    figures["columns_ms"] = fmt::format("{:.1f}", seconds_since(start) * 1000.0);
    figures["columns_mb"] = fmt::format("{:.1f}", columns.memory_bytes() / 1048576.0);
    figures["columns_rows"] = std::to_string(columns.rows());
  } catch (const Xapian::Error&) {
    // A sharded index directory is not one database: no figures.
  }
}

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Where a query's CPU goes, per kind (p50 over queries and rounds): matching
// and weighting every match on one thread, by walking posting lists or by
// Xapian's matcher as a search does (match_cpu; a search splits it over two
// threads on a large index), and savant's ranking of them (grouping
// by researcher, scores, exact facets and a page of 10: rank_cpu). A plain index
// directory only; the query as build_query makes it (no spelling correction),
// its arrays reused from query to query as a Searcher does (QueryMemory).
void part_figures(const std::string& db_path, const std::vector<MixQuery>& mix, int rounds,
                  std::map<std::string, std::string>& figures) {
  namespace s = savant::searcher;
  try {
    const Xapian::Database db(db_path);
    const auto columns = std::make_shared<const s::UnitColumns>(s::UnitColumns::of_database(db));
    const s::RankingWeights weights;
    // Reused from query to query, keeping what a Searcher's keeps.
    s::QueryMemory memory(s::QueryMemory::keep_bytes_for(columns->rows()));
    const char* matcher = std::getenv("SAVANT_MATCHER");
    const bool walk = matcher == nullptr || std::string_view(matcher) != "xapian";
    const s::DocumentLengths lengths = s::document_lengths(db);
    // The frequent terms' postings kept as a Searcher keeps them (the
    // process's cache, warm from the timed rounds).
    s::PostingCache& postings = s::process_posting_cache_for(db.get_doccount());
    std::map<std::string, std::vector<double>> match_cpu;
    std::map<std::string, std::vector<double>> rank_cpu;
    for (int r = 0; r < rounds; ++r) {
      for (const MixQuery& q : mix) {
        savant::SearchRequest request;
        request.query = q.query;
        request.venue = q.venue;
        request.year_from = q.year_from;
        request.year_to = q.year_to;
        const Xapian::Query query = s::build_query(request, db).query;
        double start = thread_cpu_ms();
        // As a search matches: the posting lists walked where the query
        // allows it (unless SAVANT_MATCHER=xapian), else Xapian's matcher.
        std::optional<s::AllMatches> walked;
        if (walk) {
          walked = s::walked_matches(db, nullptr, query, columns, &lengths, &memory, &postings);
        }
        s::AllMatches matched =
            walked ? std::move(*walked) : s::spied_matches(db, query, columns, &memory);
        match_cpu[q.kind].push_back(thread_cpu_ms() - start);
        start = thread_cpu_ms();
        {
          const s::Ranking ranking = s::rank_researchers(matched.matches, weights, true, &memory);
          memory.give_back(std::move(matched.matches.matches));
          for (std::size_t i = 0; i < std::min<std::size_t>(10, ranking.size()); ++i) {
            if (ranking.researcher(i).units.empty()) {
              throw std::logic_error("a researcher unmatched");
            }
          }
        }  // its arrays go back to `memory`
        rank_cpu[q.kind].push_back(thread_cpu_ms() - start);
      }
    }
    for (auto& [kind, cpu] : match_cpu) {
      figures[kind + "_match_cpu_p50_ms"] = fmt::format("{:.2f}", percentile(cpu, 50));
    }
    for (auto& [kind, cpu] : rank_cpu) {
      figures[kind + "_rank_cpu_p50_ms"] = fmt::format("{:.2f}", percentile(cpu, 50));
    }
  } catch (const Xapian::Error&) {
    // A sharded index directory is not one database: no figures.
  }
}

// Per query (stderr) and per kind (the figures line): which queries make the
// tail, and whether by CPU or by waiting for a core on a shared machine.
void per_query_figures(const std::vector<MixQuery>& mix, const std::vector<double>& cpu_ms,
                       const std::vector<double>& latencies, const std::vector<std::size_t>& found,
                       std::map<std::string, std::string>& figures) {
  const std::size_t rounds = latencies.size() / std::max<std::size_t>(mix.size(), 1);
  std::map<std::string, std::vector<double>> kind_cpu;
  for (std::size_t q = 0; q < mix.size(); ++q) {
    std::vector<double> cpu;
    std::vector<double> wall;
    for (std::size_t r = 0; r < rounds; ++r) {
      cpu.push_back(cpu_ms[(r + 1) * mix.size() + q]);
      wall.push_back(latencies[r * mix.size() + q]);
    }
    kind_cpu[mix[q].kind].insert(kind_cpu[mix[q].kind].end(), cpu.begin(), cpu.end());
    std::cerr << fmt::format(
        "query kind={} researchers={} cpu_ms={:.2f} wall_max_ms={:.2f} first_cpu_ms={:.2f} "
        "query=\"{}\" venue={} years={}..{}\n",
        mix[q].kind, found[q], percentile(cpu, 50), percentile(wall, 100), cpu_ms[q], mix[q].query,
        mix[q].venue.empty() ? "-" : mix[q].venue, mix[q].year_from, mix[q].year_to);
  }
  for (auto& [kind, cpu] : kind_cpu) {
    figures[kind + "_cpu_p50_ms"] = fmt::format("{:.2f}", percentile(cpu, 50));
    figures[kind + "_cpu_max_ms"] = fmt::format("{:.2f}", percentile(cpu, 100));
  }
}

int query(const std::string& db_path, const std::string& queries, int rounds) {
  savant::Searcher searcher(db_path);
  std::size_t matched = 0;
  std::vector<double> cpu_ms;      // per query, warm-up round first
  std::vector<double> wall_ms;     // the same
  std::vector<std::size_t> found;  // researchers per query, of the warm-up round
  auto run_one = [&](const MixQuery& q) {
    savant::SearchRequest request;
    request.query = q.query;
    request.venue = q.venue;
    request.year_from = q.year_from;
    request.year_to = q.year_to;
    request.facets = true;
    request.limit = 10;
    const double cpu = process_cpu_ms();
    const auto start = std::chrono::steady_clock::now();
    const savant::SearchResults results = searcher.search(request);
    wall_ms.push_back(seconds_since(start) * 1000.0);
    cpu_ms.push_back(process_cpu_ms() - cpu);
    matched += results.hits.size();
    found.push_back(results.total);
  };
  const std::vector<MixQuery> mix = load_queries(queries);
  std::vector<double> latencies = time_queries(mix, rounds, run_one);
  auto figures = query_figures(latencies);
  figures["results"] = std::to_string(matched);
  // The first query of the warm-up round reads what a Searcher keeps per
  // index revision (the ranking columns): its cost, and the warm queries' CPU.
  if (!cpu_ms.empty()) figures["first_cpu_ms"] = fmt::format("{:.1f}", cpu_ms.front());
  // The warm-up round after its first query: each query's first run on this
  // revision, its lists not yet kept (searcher/posting_cache.hpp).
  if (mix.size() > 1 && wall_ms.size() > 1) {
    std::vector<double> cold(
        wall_ms.begin() + 1,
        wall_ms.begin() + static_cast<std::ptrdiff_t>(std::min(mix.size(), wall_ms.size())));
    figures["cold_p50_ms"] = fmt::format("{:.2f}", percentile(cold, 50));
    figures["cold_max_ms"] = fmt::format("{:.2f}", percentile(cold, 100));
  }
  std::vector<double> warm(cpu_ms.begin() + static_cast<std::ptrdiff_t>(mix.size()), cpu_ms.end());
  figures["cpu_p50_ms"] = fmt::format("{:.2f}", percentile(warm, 50));
  figures["cpu_p99_ms"] = fmt::format("{:.2f}", percentile(warm, 99));
  per_query_figures(mix, cpu_ms, latencies, found, figures);
  // The posting lists the searches kept (searcher/posting_cache.hpp): how
  // many were read from the index (more than the terms kept means the budget
  // made them go and come back) and their bytes.
  const savant::searcher::PostingCache& postings = savant::searcher::process_posting_cache();
  figures["postings_decoded"] = std::to_string(postings.decoded());
  figures["postings_kept_mb"] = fmt::format("{:.1f}", postings.kept_bytes() / 1048576.0);
  column_figures(db_path, figures);
  part_figures(db_path, mix, rounds, figures);
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
