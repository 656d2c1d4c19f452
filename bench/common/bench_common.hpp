// SPDX-License-Identifier: MIT
// What every benchmark program shares: the generated corpus's files and query
// mix, timing, peak memory, on-disk size, percentiles, and the one-line
// `key=value` figures bench/run reads.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace savant::bench {

/// One generated file, as listed in <corpus>/meta.tsv.
struct CorpusFile {
  std::string path;                 ///< Absolute path.
  std::vector<std::string> venues;  ///< Venue ids of its publications (repeats kept).
  std::vector<int> years;           ///< Their years.
};

/// The files of a corpus written by savant_bench_generate. Exits with a
/// message when <corpus>/meta.tsv cannot be read.
std::vector<CorpusFile> load_corpus(const std::string& corpus_dir);

/// One query of the mix (<corpus>/queries.tsv).
struct MixQuery {
  std::string kind;   ///< topic, phrase, alias, topic_venue_year, filters
  std::string query;  ///< May be empty (filters only).
  std::string venue;  ///< May be empty.
  int year_from = 0;  ///< 0: none.
  int year_to = 0;
};

std::vector<MixQuery> load_queries(const std::string& path);

/// The whole file, or exit with a message.
std::string read_file(const std::string& path);

/// Bytes of the files under `path` (a file or a directory).
std::uint64_t disk_bytes(const std::string& path);

/// Peak resident set size of this process, in bytes.
std::uint64_t peak_rss_bytes();

/// Seconds since `start`.
/// CPU time (user and system, all threads) of this process so far.
double cpu_seconds();

double seconds_since(std::chrono::steady_clock::time_point start);

/// Runs `run_one` over the mix once to warm caches, then `rounds` times timed,
/// and returns the latencies in milliseconds.
std::vector<double> time_queries(const std::vector<MixQuery>& mix, int rounds,
                                 const std::function<void(const MixQuery&)>& run_one);

/// Nearest-rank percentile `p` (0..100) of `values` (sorted in place).
double percentile(std::vector<double>& values, double p);

/// Prints `engine=<engine> phase=<phase> key=value ...` on one line of stdout.
void print_figures(const std::string& engine, const std::string& phase,
                   const std::map<std::string, std::string>& figures);

/// The figures of an indexing run: docs, seconds, docs/s, CPU seconds (the
/// process so far) and per document, MB/s, input and index bytes, peak RSS.
std::map<std::string, std::string> index_figures(std::size_t docs, std::uint64_t input_bytes,
                                                 double seconds, const std::string& index_path);

/// The figures of a query run: p50/p95/p99 ms, queries, peak RSS.
std::map<std::string, std::string> query_figures(std::vector<double> latencies_ms);

/// Minimal `--name value` parsing: every option takes a value; unknown names
/// and missing required ones exit with usage `usage`.
std::map<std::string, std::string> parse_options(int argc, char** argv, int first,
                                                 const std::vector<std::string>& known,
                                                 const std::vector<std::string>& required,
                                                 const std::string& usage);

/// What an engine's bench program does with `index --db DB --corpus DIR`.
using IndexRun = std::function<int(const std::string& db, const std::string& corpus)>;
/// ... and with `query --db DB --queries FILE [--rounds N]` (rounds default 5).
using QueryRun = std::function<int(const std::string& db, const std::string& queries, int rounds)>;

/// The main() of every engine's bench program (`program`, whose index is a
/// `db_kind`: DIR or FILE): dispatches the two commands, prints an exception
/// (a std::exception: wrap others) as "program: what" and returns 1, or the
/// usage and 2 for anything else.
int engine_main(int argc, char** argv, const std::string& program, const std::string& db_kind,
                const IndexRun& index, const QueryRun& query);

}  // namespace savant::bench
