// SPDX-License-Identifier: MIT
// The topic taxonomy: canonical topics with labels and aliases, loaded from
// schema/data/topics.tsv (embedded in the library at build time).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/phrase_matcher.hpp"

namespace savant::schema {

struct Topic {
  std::string id;     ///< Canonical id, lower case with hyphens: "mixture-of-experts".
  std::string label;  ///< Human label: "Mixture of experts".
  std::string area;   ///< Broad area: "machine learning", "nlp", "vision", ...
  std::vector<std::string> aliases;  ///< Other spellings and abbreviations.
  /// Ids of the broader topics this one is part of, transitively ("knowledge
  /// distillation" is part of "model compression"): evidence about this topic is
  /// evidence about them too.
  std::vector<std::string> broader;
};

/// A topic mention in text.
struct TopicHit {
  const Topic* topic = nullptr;
  std::size_t begin = 0;  ///< Byte offsets of the mention.
  std::size_t end = 0;
};

/// Immutable after construction; thread-safe for concurrent reads.
class Taxonomy {
 public:
  /// The taxonomy compiled into the library.
  static const Taxonomy& builtin();

  /// Parses TSV lines `id<TAB>label<TAB>area<TAB>alias|alias|...[<TAB>broader|...]`;
  /// `#` starts a comment line. Throws savant::Error (input) naming `origin` and
  /// the line, also for a broader id that is not defined or that leads back to
  /// the topic itself.
  static Taxonomy parse(std::string_view tsv, std::string_view origin);

  const std::vector<Topic>& topics() const { return topics_; }

  /// The topic whose id, label or alias equals `name` (any case), or nullptr.
  const Topic* find(std::string_view name) const;

  /// Every topic mention in `text`. Abbreviations must match in case unless
  /// `ignore_case` (used for user queries, which are often typed lower case).
  std::vector<TopicHit> find_in(std::string_view text, bool ignore_case = false) const;

 private:
  std::vector<Topic> topics_;
  // Canonical id key (lower case, '-' as ' ') -> index in topics_, for find().
  std::unordered_map<std::string, std::size_t> by_id_;
  // Labels and aliases (not ids, which find() compares directly); values index
  // topics_, or are kNotATopic for degree names that must not count as topics.
  PhraseMatcher matcher_{CaseRule::abbreviations_exact};
};

}  // namespace savant::schema
