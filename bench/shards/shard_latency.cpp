// SPDX-License-Identifier: MIT
// shard_latency: runs the judged queries of tests/relevance/ against several
// indexes (one database, a sharded directory, a stub of remote shards) and
// prints the latency of each: one Searcher per index, opened once, one warm-up
// pass, then every query `--rounds` times as `savant search --facets` asks it.
//
//   shard_latency [--rounds R] [--queries FILE --qrels FILE --researchers FILE]
//                 NAME=PATH ...
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <savant/error.hpp>
#include <savant/search.hpp>

#include "searcher/eval/judged_set.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

struct Target {
  std::string name;
  std::string path;
};

int run(int argc, char** argv) {
  std::string queries = "tests/relevance/queries.tsv";
  std::string qrels = "tests/relevance/qrels.tsv";
  std::string researchers = "tests/relevance/researchers.tsv";
  int rounds = 5;
  std::vector<Target> targets;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw savant::Error(savant::ErrorCategory::usage, arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--rounds") {
      rounds = std::max(1, std::atoi(value().c_str()));
    } else if (arg == "--queries") {
      queries = value();
    } else if (arg == "--qrels") {
      qrels = value();
    } else if (arg == "--researchers") {
      researchers = value();
    } else if (const auto eq = arg.find('='); eq != std::string::npos) {
      targets.push_back({arg.substr(0, eq), arg.substr(eq + 1)});
    } else {
      throw savant::Error(savant::ErrorCategory::usage, "unknown argument " + arg);
    }
  }
  if (targets.empty()) {
    throw savant::Error(savant::ErrorCategory::usage, "give at least one NAME=PATH to measure");
  }
  const auto judged = savant::searcher::eval::load_judged_set(queries, qrels, researchers);
  std::vector<savant::SearchRequest> requests;
  for (const auto& q : judged.queries) {
    savant::SearchRequest request;
    request.query = q.text;
    savant::searcher::eval::apply_options(q.options, request);
    request.facets = true;  // as `savant search --facets`: every match is read
    requests.push_back(request);
  }

  fmt::print("{} queries (tests/relevance), {} round(s), facets on, 10 results of 3 evidence "
             "each\n\n",
             requests.size(), rounds);
  fmt::print("| index | open ms | first pass ms | mean ms | p50 ms | p95 ms | max ms | "
             "queries/s |\n");
  fmt::print("| --- | --: | --: | --: | --: | --: | --: | --: |\n");
  for (const Target& target : targets) {
    Clock::time_point start = Clock::now();
    savant::Searcher searcher(target.path);
    const double open_ms = ms_since(start);
    start = Clock::now();
    for (const auto& request : requests) searcher.search(request);  // warm-up
    const double first_ms = ms_since(start);
    std::vector<double> latencies;
    double total_ms = 0.0;
    for (int round = 0; round < rounds; ++round) {
      for (const auto& request : requests) {
        start = Clock::now();
        searcher.search(request);
        latencies.push_back(ms_since(start));
        total_ms += latencies.back();
      }
    }
    const double mean = total_ms / static_cast<double>(latencies.size());
    fmt::print("| {} | {:.1f} | {:.0f} | {:.2f} | {:.2f} | {:.2f} | {:.2f} | {:.0f} |\n",
               target.name, open_ms, first_ms, mean, percentile(latencies, 0.5),
               percentile(latencies, 0.95), percentile(latencies, 1.0),
               1000.0 * static_cast<double>(latencies.size()) / total_ms);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const savant::Error& e) {
    fmt::print(stderr, "shard_latency: {}\n", e.what());
    return e.category() == savant::ErrorCategory::usage ? 1 : 4;
  }
}
