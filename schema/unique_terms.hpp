// SPDX-License-Identifier: MIT
// The unique (Q-prefixed) term of each document kind, so the indexer that
// writes a document and the searcher that looks it up agree.
#pragma once

#include <string>
#include <string_view>

namespace savant::schema {

/// `prefix` + `value`, hashed to fit when longer than Xapian's term limit.
std::string make_term(std::string_view prefix, std::string_view value);

/// The stored record of source file `path`.
std::string source_unique_term(const std::string& path);

/// Researcher `id`'s profile document.
std::string researcher_unique_term(const std::string& id);

/// One evidence unit of researcher `id`, identified by its evidence key.
std::string evidence_unique_term(const std::string& id, const std::string& evidence_key);

}  // namespace savant::schema
