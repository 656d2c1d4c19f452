// SPDX-License-Identifier: MIT
// Expands topic aliases in a user's query both ways: "MoE" also searches the
// mixture-of-experts topic, and "mixture of experts" also finds "MoE".
#pragma once

#include <string>
#include <string_view>

#include "schema/taxonomy.hpp"

namespace savant::searcher {

/// Rewrites every topic alias in the free text of `query` (not inside quotes,
/// not a field value) as `(topic:"<id>" OR <alias as typed>)`. The topic term
/// is indexed on every evidence unit that mentions any alias of the topic.
std::string expand_topic_aliases(std::string_view query, const schema::Taxonomy& taxonomy);

}  // namespace savant::searcher
