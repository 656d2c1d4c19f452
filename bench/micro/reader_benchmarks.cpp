// SPDX-License-Identifier: MIT
// Readers: format detection, parsing and extraction of one whole file, per format.
#include <benchmark/benchmark.h>

#include "bench/micro/sample_documents.hpp"
#include "indexer/readers/document_reader.hpp"

namespace {

using namespace savant;

void read_benchmark(benchmark::State& state, bench::Format format) {
  const bench::RenderedFile file = bench::sample_in_format(format);
  const indexer::ExtractContext context;
  for (auto _ : state) {
    benchmark::DoNotOptimize(indexer::read_document(file.name, file.content, context));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.content.size()));
}

BENCHMARK_CAPTURE(read_benchmark, markdown, bench::Format::markdown);
BENCHMARK_CAPTURE(read_benchmark, html, bench::Format::html);
BENCHMARK_CAPTURE(read_benchmark, json_resume, bench::Format::json_resume);
BENCHMARK_CAPTURE(read_benchmark, bibtex, bench::Format::bibtex);

}  // namespace
