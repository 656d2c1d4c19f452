// SPDX-License-Identifier: MIT
// "Did you mean": a corrected query built from the index's own words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schema/taxonomy.hpp"
#include "searcher/vocabulary.hpp"

namespace savant::searcher {

/// `query` with each free-text word the index does not have replaced by its
/// closest indexed word ("mixture of exprts" -> "mixture of experts"); field
/// values, quoted phrases, operators and topic aliases are left alone. Nothing
/// when no word needed (or had) a correction.
std::optional<std::string> suggest_spelling(
    std::string_view query, const Vocabulary& vocabulary,
    const schema::Taxonomy& taxonomy = schema::Taxonomy::builtin());

}  // namespace savant::searcher
