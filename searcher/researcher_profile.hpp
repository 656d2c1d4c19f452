// SPDX-License-Identifier: MIT
// Reads researcher records back from an index: the profile document and every
// evidence unit of one researcher, for `savant show` and `savant export`.
#pragma once

#include <savant/records.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::searcher {

/// Researcher `id` with all their evidence (in ResearcherProfile's documented
/// order), or nothing when `db` holds no such researcher.
std::optional<ResearcherProfile> read_profile(const Xapian::Database& db, const std::string& id);

/// The id of every researcher in `db`, sorted.
std::vector<std::string> researcher_ids(const Xapian::Database& db);

}  // namespace savant::searcher
