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

// Words known to be in the index, or kept, per writer: Zipf makes a few
// thousand of them most of the lookups; the cap bounds a long run's memory.
constexpr std::size_t kMaxCheckedWords = 1 << 18;

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
  if (checked_.count(word) != 0) return;
  if (checked_.size() >= kMaxCheckedWords) {
    // Forgetting what was checked must not forget what is kept.
    checked_.clear();
    for (const auto& [bucket, words] : kept_) checked_.insert(words.begin(), words.end());
    if (checked_.count(word) != 0) return;
  }
  checked_.insert(word);
  if (db.term_exists(spelling_term(word))) return;
  kept_[vocabulary_bucket(word)].push_back(word);
  ++kept_count_;
}

bool VocabularyWriter::flush(Xapian::WritableDatabase& db) {
  if (kept_count_ == 0) return false;
  for (const auto& [bucket, words] : kept_) {
    const std::string unique = vocabulary_unique_term(bucket);
    Xapian::Document doc = bucket_document(db, unique);
    for (const std::string& word : words) doc.add_boolean_term(spelling_term(word));
    db.replace_document(unique, doc);
  }
  kept_.clear();
  kept_count_ = 0;
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

void merge_vocabulary_documents(Xapian::WritableDatabase& db) {
  const std::string prefix(kPrefixSpelling);
  for (std::size_t bucket = 0; bucket < kVocabularyBuckets; ++bucket) {
    const std::string unique = vocabulary_unique_term(bucket);
    std::vector<Xapian::docid> ids;
    for (auto it = db.postlist_begin(unique); it != db.postlist_end(unique); ++it) {
      ids.push_back(*it);
    }
    if (ids.size() < 2) continue;
    Xapian::Document merged = db.get_document(ids.front());
    for (std::size_t i = 1; i < ids.size(); ++i) {
      const Xapian::Document other = db.get_document(ids[i]);
      auto t = other.termlist_begin();
      for (t.skip_to(prefix); t != other.termlist_end() && has_prefix(*t, prefix); ++t) {
        merged.add_boolean_term(*t);
      }
      db.delete_document(ids[i]);
    }
    db.replace_document(ids.front(), merged);
  }
}

}  // namespace savant::indexer
