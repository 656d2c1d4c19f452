// SPDX-License-Identifier: MIT
// Vocabulary documents: the index's words as written, each once.
#include "indexer/vocabulary_documents.hpp"

#include "indexer/stemmed_terms.hpp"
#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"

#include <fmt/format.h>

namespace savant::indexer {
namespace {

using namespace savant::schema;

// Words known to be in the index, per writer: Zipf makes a few thousand of
// them most of the lookups; the cap bounds a long run's memory.
constexpr std::size_t kMaxKnownWords = 1 << 18;

std::string spelling_term(const std::string& word) {
  std::string term(kPrefixSpelling);
  term += word;
  return term;
}

// The vocabulary document of `bucket` in `db`, or a new one.
Xapian::Document bucket_document(Xapian::WritableDatabase& db, const std::string& unique) {
  auto it = db.postlist_begin(unique);
  if (it != db.postlist_end(unique)) return db.get_document(*it);
  Xapian::Document doc;
  doc.add_boolean_term(make_term(kPrefixKind, kKindVocabulary));
  doc.add_boolean_term(unique);
  return doc;
}

bool has_prefix(const std::string& term, const std::string& prefix) {
  return term.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::size_t vocabulary_bucket(const std::string& word) {
  return static_cast<std::size_t>(stable_hash(word) % kVocabularyBuckets);
}

std::string vocabulary_unique_term(std::size_t bucket) {
  return fmt::format("{}vocabulary:{}", kPrefixUnique, bucket);
}

void VocabularyWriter::add(const Xapian::Database& db, const SpellingWords& words) {
  for (const std::string& word : words) add(db, word);
}

void VocabularyWriter::add(const Xapian::Database& db, const std::string& word) {
  if (kept_words_.count(word) != 0 || known_.count(word) != 0) return;
  if (db.term_exists(spelling_term(word))) {
    // Forgetting known words costs lookups again, never a word: the kept
    // ones are apart, and unbounded as the words a run adds are.
    if (known_.size() >= kMaxKnownWords) known_.clear();
    known_.insert(word);
    return;
  }
  kept_words_.insert(word);
  kept_[vocabulary_bucket(word)].push_back(word);
}

bool VocabularyWriter::flush(Xapian::WritableDatabase& db) {
  if (kept_words_.empty()) return false;
  for (const auto& [bucket, words] : kept_) {
    const std::string unique = vocabulary_unique_term(bucket);
    Xapian::Document doc = bucket_document(db, unique);
    for (const std::string& word : words) doc.add_boolean_term(spelling_term(word));
    db.replace_document(unique, doc);
  }
  kept_.clear();
  kept_words_.clear();
  return true;
}

std::string term_of_word(const std::string& word, const Xapian::Stem& stemmer) {
  return stemmed_term("", word, stemmer(word));
}

std::size_t prune_dead_words(Xapian::WritableDatabase& db, const IndexTermFrequency& frequency) {
  const Xapian::Stem stemmer("english");
  const std::string kind = make_term(kPrefixKind, kKindVocabulary);
  const std::string prefix(kPrefixSpelling);
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(kind); it != db.postlist_end(kind); ++it) ids.push_back(*it);
  std::size_t removed = 0;
  for (Xapian::docid id : ids) {
    Xapian::Document doc = db.get_document(id);
    std::vector<std::string> dead;
    std::size_t words = 0;
    auto t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end() && has_prefix(*t, prefix); ++t) {
      ++words;
      if (frequency(term_of_word((*t).substr(prefix.size()), stemmer)) == 0) dead.push_back(*t);
    }
    if (dead.empty()) continue;
    removed += dead.size();
    if (dead.size() == words) {
      db.delete_document(id);
      continue;
    }
    for (const std::string& term : dead) doc.remove_term(term);
    db.replace_document(id, doc);
  }
  return removed;
}

}  // namespace savant::indexer
