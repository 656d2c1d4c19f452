// SPDX-License-Identifier: MIT
// Normalisation and extraction: the per-document text work of indexing.
#include <benchmark/benchmark.h>

#include "bench/micro/sample_documents.hpp"
#include "indexer/extract/cv_extractor.hpp"
#include "schema/text_normalizer.hpp"

namespace {

using namespace savant;

void BM_NormalizeText(benchmark::State& state) {
  const std::string text = bench::sample_in_format(bench::Format::markdown).content;
  for (auto _ : state) benchmark::DoNotOptimize(schema::normalize_text(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeText);

void BM_MatchKey(benchmark::State& state) {
  const std::string title = "Sparse Mixture-of-Experts with Language-Guided Routing for NMT";
  for (auto _ : state) benchmark::DoNotOptimize(schema::match_key(title));
}
BENCHMARK(BM_MatchKey);

void BM_ExtractCv(benchmark::State& state) {
  const std::string text =
      schema::normalize_text(bench::sample_in_format(bench::Format::markdown).content);
  const indexer::ExtractContext context;
  for (auto _ : state) benchmark::DoNotOptimize(indexer::extract_cv(text, context));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ExtractCv);

}  // namespace
