// SPDX-License-Identifier: MIT
// The fixed query mix every engine answers: single topic, phrase, alias,
// topic + venue + year, and filters only, ten of each.
#pragma once

#include <cstdint>
#include <string>

#include "bench/generator/vocabulary.hpp"

namespace savant::bench {

/// The mix as TSV: `kind<TAB>query<TAB>venue<TAB>year_from<TAB>year_to`, one
/// query a line after a `#` header; empty fields mean "none".
std::string query_mix_tsv(const Vocabulary& vocabulary, std::uint64_t seed);

}  // namespace savant::bench
