// SPDX-License-Identifier: MIT
// The spelling vocabulary of an index (schema 10): each word as written, once
// per index, as an XW term of one of kVocabularyBuckets vocabulary documents
// (by a hash of the word), instead of once per researcher. Whether a word is
// still used, and how much, is its free-text term's frequency at query time
// (searcher/vocabulary.hpp), so words need not be counted as researchers
// change; only dead words are pruned, for `savant forget`. The documents are
// the same, and as many, whatever the layout (one index, shards, a bulk
// build's parts merged: the parts only collect words, written once into the
// merged index), so that they weigh the same, and have the same document ids,
// in every layout (docs/index-size.md, "Spelling vocabulary").
#pragma once

#include "indexer/document_builder.hpp"

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace savant::indexer {

/// Vocabulary documents per index: few, so they barely count among the
/// documents; enough that adding words rewrites a small part of the vocabulary.
inline constexpr std::size_t kVocabularyBuckets = 64;

/// The vocabulary document `word` belongs to.
std::size_t vocabulary_bucket(const std::string& word);

/// The unique term of vocabulary document `bucket`; on a sharded index it
/// lives on shard schema::shard_of(this term).
std::string vocabulary_unique_term(std::size_t bucket);

/// Collects, for one writer, the spelling words its database lacks, and adds
/// them to its vocabulary documents. Not thread-safe: one per writable database.
class VocabularyWriter {
 public:
  /// Keeps those of `words` that `db` has no XW term for (and that no earlier
  /// call kept) for the next flush().
  void add(const Xapian::Database& db, const SpellingWords& words);
  void add(const Xapian::Database& db, const std::string& word);

  /// Adds the kept words to `db`'s vocabulary documents (creating those it
  /// lacks), in the open transaction if any. Returns whether there were any.
  bool flush(Xapian::WritableDatabase& db);

 private:
  std::unordered_set<std::string> known_;                 // found in the index: a bounded cache
  std::unordered_set<std::string> kept_words_;            // kept for the next flush()
  std::map<std::size_t, std::vector<std::string>> kept_;  // the same, by bucket
};

/// The free-text term (a Z stem, or a CJK n-gram as is) through which `word`
/// (lower case, as written) occurs on evidence units.
std::string term_of_word(const std::string& word, const Xapian::Stem& stemmer);

/// How many documents of the whole index have a term.
using IndexTermFrequency = std::function<Xapian::doccount(const std::string& term)>;

/// Removes from `db`'s vocabulary documents every word whose free-text term
/// no document of the index has any more (its last researcher was forgotten
/// or changed), deleting documents left empty, so that the index keeps nothing
/// of a forgotten researcher. Returns the number of words removed.
std::size_t prune_dead_words(Xapian::WritableDatabase& db, const IndexTermFrequency& frequency);

}  // namespace savant::indexer
