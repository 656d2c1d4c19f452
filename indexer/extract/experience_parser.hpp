// SPDX-License-Identifier: MIT
// Reads one job, internship or project entry: headline, employer, job title,
// dates and description.
#pragma once

#include "indexer/extract/entries.hpp"
#include "indexer/extract/line_model.hpp"
#include <savant/records.hpp>

#include <optional>
#include <span>

namespace savant::indexer::detail {

/// How experience sections of bare lines divide: once an entry has its dates,
/// a line naming an organisation (or with '|') opens the next one.
EntryRules experience_entry_rules();

/// The experience an entry describes, or nothing when it has no headline.
/// For projects (`project`), employer and job title are left empty: a
/// project's name is neither.
std::optional<Evidence> parse_experience(std::span<const Line> entry, bool project);

}  // namespace savant::indexer::detail
