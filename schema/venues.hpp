// SPDX-License-Identifier: MIT
// The venue alias table: canonical venue ids with every spelling seen in CVs,
// loaded from schema/data/venues.tsv (embedded in the library at build time).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "schema/phrase_matcher.hpp"

namespace savant::schema {

struct Venue {
  std::string id;     ///< Canonical id as people write it: "NeurIPS", "EMNLP-Findings".
  std::string label;  ///< Full name.
  std::string kind;   ///< conference, journal, preprint or workshop.
  std::vector<std::string> aliases;
  /// Ids of taxonomy topics (topics.tsv) that a paper at this venue is evidence
  /// of whatever its title says: a SIGMOD paper is database work. Only venues of
  /// one community have any (docs/TAXONOMY.md).
  std::vector<std::string> topics;
};

/// Immutable after construction; thread-safe for concurrent reads.
class VenueTable {
 public:
  /// The table compiled into the library.
  static const VenueTable& builtin();

  /// Parses TSV lines `id<TAB>label<TAB>kind<TAB>alias|alias|...[<TAB>topic|...]`;
  /// `#` starts a comment line. Throws savant::Error (input) naming `origin` and the line.
  static VenueTable parse(std::string_view tsv, std::string_view origin);

  const std::vector<Venue>& venues() const { return venues_; }

  /// The venue whose id, label or alias equals `name` (any case), or nullptr.
  const Venue* find(std::string_view name) const;

  /// The venue a line of a publication entry names ("Proceedings of ... (ACL
  /// 2023)", "Findings of ... (EMNLP 2022)", "ICLR 2024"), or nullptr. The
  /// longest mention wins; "Findings" turns a venue into its Findings track.
  /// A workshop held at a venue ("GRaM Workshop @ ICML", "CVFAD@CVPR'21")
  /// names no venue, unless the table lists the workshop itself.
  /// A one-word journal name ("Nature", "Science") counts only when it stands
  /// alone, not inside a longer name ("Computer Science", "Stem Cell").
  const Venue* identify(std::string_view line) const;

  /// Byte range [begin, end) of the mention identify() chose, for callers that
  /// cut the venue off a title line. {npos, npos} when none.
  std::pair<std::size_t, std::size_t> locate(std::string_view line) const;

 private:
  struct Mention {
    const Venue* venue = nullptr;  // after the Findings rule
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  Mention best_mention(std::string_view line) const;

  std::vector<Venue> venues_;
  // Canonical id key (lower case, '-' as ' ') -> index in venues_.
  std::unordered_map<std::string, std::size_t> by_id_;
  // Ids, labels and aliases; values index venues_.
  PhraseMatcher matcher_{CaseRule::capitalised_words_exact};
};

}  // namespace savant::schema
