// SPDX-License-Identifier: MIT
// The form of an evidence unit's topics value (schema::kSlotTopics), which
// the indexer writes and the searcher reads in two places (a unit's evidence,
// the ranking columns' topic sets): topic ids separated by '\n'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

/// Adds topic `id` to `value`, a topics value being built.
void add_to_topics_value(std::string& value, std::string_view id);

/// The topic ids of a topics value, in order; empty parts (which no writer
/// makes) are skipped. The views are into `value`.
std::vector<std::string_view> topics_of_value(std::string_view value);

}  // namespace savant::schema
