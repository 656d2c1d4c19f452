// SPDX-License-Identifier: MIT
// Reads one education entry: institution, degree, dates and the rest.
#pragma once

#include "indexer/extract/entries.hpp"
#include "indexer/extract/line_model.hpp"
#include <savant/records.hpp>

#include <optional>
#include <span>

namespace savant::indexer::detail {

/// How education sections of bare lines divide: a second institution line,
/// or a second degree line, opens the next entry.
EntryRules education_entry_rules();

/// The degree an entry describes, or nothing when it has no headline.
std::optional<Evidence> parse_education(std::span<const Line> entry);

}  // namespace savant::indexer::detail
