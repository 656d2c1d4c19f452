// SPDX-License-Identifier: MIT
// The spelling vocabulary of an index (schema 9): each word as written, once
// per index, as an XW term of a few vocabulary documents, instead of once per
// researcher. Whether a word is still used, and how much, is its free-text
// term's frequency at query time (searcher/vocabulary.hpp), so words need not
// be counted or removed as researchers change; only dead words are pruned,
// for `savant forget` (docs/index-size.md, "Spelling vocabulary").
#pragma once

#include "indexer/document_builder.hpp"

#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace savant::indexer {

/// Collects, for one writer, the spelling words of the researchers it writes
/// that its database lacks, and adds them as a vocabulary document. Not
/// thread-safe: one per writable database.
class VocabularyWriter {
 public:
  /// Keeps those of `words` that `db` has no XW term for (and that no earlier
  /// call kept) for the next flush().
  void add(const Xapian::Database& db, const SpellingWords& words);

  /// Adds the kept words to `db` as one new vocabulary document, in the open
  /// transaction if any. Returns whether there were any.
  bool flush(Xapian::WritableDatabase& db);

 private:
  std::unordered_set<std::string> checked_;  // known to be in the index or kept
  std::vector<std::string> kept_;
};

/// The free-text term (a Z stem, or a CJK n-gram as is) through which `word`
/// (lower case, as written) occurs on evidence units.
std::string term_of_word(const std::string& word, const Xapian::Stem& stemmer);

/// Removes from `db`'s vocabulary documents every word whose free-text term no
/// document has any more (its last researcher was forgotten or changed),
/// deleting documents left empty, so that the index keeps nothing of a
/// forgotten researcher. Returns the number of words removed.
std::size_t prune_dead_words(Xapian::WritableDatabase& db);

}  // namespace savant::indexer
