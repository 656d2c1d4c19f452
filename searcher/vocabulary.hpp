// SPDX-License-Identifier: MIT
// The words of an index, for spelling suggestions. Built from the database's
// own terms, so it works the same on local, sharded and remote databases
// (Xapian's spelling table does not exist on remote ones, and metadata is
// read from the first shard only). The index has stems only (a stem is no
// word to suggest): each word as written is an XW term of a vocabulary
// document, once per index (indexer/vocabulary_documents.hpp). A word lives
// while its free-text term (its Z stem) is in the index, and its frequency is
// that term's: the number of evidence units with a word of that stem.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace savant::searcher {

/// Reads the words once; asks `db` for the frequencies of the few words a
/// lookup compares. Like the Xapian::Database it keeps, not for concurrent use.
class Vocabulary {
 public:
  /// Collects every spelling word (XW term) of `db` of 2 to 40 bytes.
  explicit Vocabulary(const Xapian::Database& db);

  /// Whether the index has `word` (lower case) as a live word.
  bool contains(std::string_view word) const;

  /// The live word within edit distance 1 (words of up to 5 letters) or 2
  /// (longer words) of `word`, the closest first. Among the closest: the one
  /// found in the most evidence units together with every `context` word (the
  /// query's other words, lower case), then the most frequent, then, between
  /// words of one stem, the one `word` only left letters out of ("computr":
  /// "computer", not "compute"). Function words ("was") are never suggested.
  /// Nothing when `word` is a live word, shorter than 4 letters, or has no
  /// close neighbour.
  std::optional<std::string> closest(std::string_view word,
                                     const std::vector<std::string>& context = {}) const;

 private:
  struct Candidate {
    std::string word;
    Xapian::doccount frequency = 0;
    bool left_out = false;          // `word` is the candidate with letters left out
    Xapian::doccount together = 0;  // evidence units with it and every context word
  };

  Xapian::doccount frequency(const std::string& word) const;
  Xapian::doccount evidence_with(const std::string& word,
                                 const std::vector<std::string>& context) const;

  Xapian::Database db_;
  Xapian::Stem stemmer_;
  std::unordered_set<std::string> words_;
  std::vector<std::vector<std::string>> by_length_;  // words indexed by their length
};

/// Whether `word` (lower case) is a live word of `db`: a spelling word whose
/// free-text term some document still has. Two term lookups; no vocabulary read.
bool is_live_word(const Xapian::Database& db, const std::string& word);

/// Optimal-string-alignment edit distance (insertions, deletions,
/// substitutions, adjacent transpositions), stopping early above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace savant::searcher
