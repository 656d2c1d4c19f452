// SPDX-License-Identifier: MIT
// The words of an index, for spelling suggestions. Built from the database's
// own term list, so it works the same on local, sharded and remote databases
// (Xapian's spelling table does not exist on remote ones). The index has stems
// only (a stem is no word to suggest), so each researcher document carries the
// words of its evidence units as written, once, as XW terms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace savant::searcher {

/// Immutable after construction; safe to share between threads for lookups.
class Vocabulary {
 public:
  /// Collects every spelling word (XW term) of `db` of 2 to 40 bytes with its
  /// frequency: the number of researchers whose evidence has it.
  explicit Vocabulary(const Xapian::Database& db);

  /// Whether the index has `word` (lower case) as a term.
  bool contains(std::string_view word) const;

  /// The most frequent indexed word within edit distance 1 (words of up to 5
  /// letters) or 2 (longer words) of `word`; nothing when `word` is indexed,
  /// shorter than 4 letters, or has no close neighbour.
  std::optional<std::string> closest(std::string_view word) const;

 private:
  std::unordered_map<std::string, Xapian::doccount> frequency_;
  std::vector<std::vector<std::string>> by_length_;  // words indexed by their length
};

/// Optimal-string-alignment edit distance (insertions, deletions,
/// substitutions, adjacent transpositions), stopping early above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace savant::searcher
