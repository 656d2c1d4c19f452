// SPDX-License-Identifier: MIT
// Synthetic documents for the micro-benchmarks: the generator's researchers,
// rendered in memory, one of each format.
#pragma once

#include <string>

#include "bench/generator/formats.hpp"

namespace savant::bench {

/// The Vocabulary shared by every benchmark (built once).
const Vocabulary& sample_vocabulary();

/// File `index` of researcher `number` (seed 42) with three files: 0 is a CV
/// in the researcher's CV format, 1 BibTeX, 2 a publication list.
RenderedFile sample_file(std::uint64_t number, std::size_t index);

/// A researcher's document in a given format (searching a few numbers for one).
RenderedFile sample_in_format(Format format);

}  // namespace savant::bench
