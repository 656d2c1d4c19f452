// SPDX-License-Identifier: MIT
// The query path: Searcher::search over a small generated index, with
// researcher ranking and exact facets, for each kind of the query mix.
#include <benchmark/benchmark.h>

#include <savant/savant.hpp>

#include <filesystem>
#include <fstream>

#include "bench/micro/sample_documents.hpp"

namespace {

namespace fs = std::filesystem;
using namespace savant;

// An index of 200 generated files, built once in a temporary directory.
const std::string& sample_index() {
  static const std::string path = [] {
    const fs::path dir = fs::temp_directory_path() / ("savant-micro-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "docs");
    for (std::uint64_t number = 0; number < 100; ++number) {
      for (std::size_t i = 0; i < 2; ++i) {
        const bench::RenderedFile file = bench::sample_file(number, i);
        std::ofstream(dir / "docs" / file.name, std::ios::binary) << file.content;
      }
    }
    IndexOptions options;
    options.db_path = (dir / "index").string();
    options.inputs = {(dir / "docs").string()};
    index_files(options);
    fs::remove_all(dir / "docs");
    std::atexit([] { fs::remove_all(fs::path(sample_index()).parent_path()); });
    return options.db_path;
  }();
  return path;
}

void search_benchmark(benchmark::State& state, SearchRequest request) {
  Searcher searcher(sample_index());
  request.facets = true;
  std::size_t total = 0;
  for (auto _ : state) total = searcher.search(request).total;
  state.counters["researchers"] = static_cast<double>(total);
}

SearchRequest text(const std::string& query) {
  SearchRequest request;
  request.query = query;
  return request;
}

SearchRequest filtered(const std::string& query, const std::string& venue, int year) {
  SearchRequest request = text(query);
  request.venue = venue;
  request.year_from = year - 3;
  request.year_to = year;
  return request;
}

BENCHMARK_CAPTURE(search_benchmark, topic, text("large language models"));
BENCHMARK_CAPTURE(search_benchmark, phrase, text("\"mixture of experts\""));
BENCHMARK_CAPTURE(search_benchmark, alias, text("LLM"));
BENCHMARK_CAPTURE(search_benchmark, topic_venue_year, filtered("foundation models", "NeurIPS", 2024));
BENCHMARK_CAPTURE(search_benchmark, filters_only, filtered("", "NeurIPS", 2024));

}  // namespace
