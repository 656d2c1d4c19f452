// SPDX-License-Identifier: MIT
// Topics in a user's query. Aliases expand both ways: "MoE" also searches the
// mixture-of-experts topic, and "mixture of experts" also finds "MoE" work.
// `topic:VALUE` resolves any alias to the canonical topic.
#pragma once

#include "schema/taxonomy.hpp"

#include <string>
#include <string_view>

namespace savant::searcher {

/// The internal query field that holds a canonical topic term. The rewriter
/// emits `xtopic:<id with underscores>`: one word, which Xapian's parser hands
/// whole to the field's processor (TopicTermFieldProcessor), which returns
/// exactly the weighted topic term, never a stem of it. (Xapian 1.4 drops a
/// hyphenated or quoted value of a weighted field with a processor.)
inline constexpr std::string_view kTopicTermField = "xtopic";

/// Rewrites `query`: each `topic:VALUE` becomes the canonical topic term
/// (throws savant::Error (query) for an unknown topic), and each topic alias in
/// free text (not inside quotes, not a field value) becomes
/// `(xtopic:<id> OR <alias as typed>)`. A multi-word alias stays a phrase
/// unless `loose_phrases`, when its words stand alone (`(xtopic:<id> OR
/// (knowledge distillation))`): the relaxed retry's way to find "distillation".
std::string expand_topics(std::string_view query, const schema::Taxonomy& taxonomy,
                          bool loose_phrases = false);

/// The internal query field of `institution:` (schema 9): `xinst:<value as
/// typed, quotes included, in lower-case hex>`, one word, which the parser
/// hands whole to the field's processor (query_builder.cpp), as for topics.
inline constexpr std::string_view kInstitutionField = "xinst";

/// Rewrites each `institution:VALUE` of `query` (VALUE a word, a hyphenated
/// word or a quoted phrase) as `xinst:<hex of VALUE as typed>`.
std::string encode_institutions(std::string_view query);

/// The value encode_institutions() encoded; throws savant::Error (query) for
/// a value that is not its output.
std::string decode_institution(std::string_view hex);

}  // namespace savant::searcher
