// SPDX-License-Identifier: MIT
// Vocabulary documents: the index's words as written, each once.
#include "indexer/vocabulary_documents.hpp"

#include "indexer/stemmed_terms.hpp"
#include "schema/prefixes.hpp"
#include "schema/terms.hpp"

#include <algorithm>

namespace savant::indexer {
namespace {

using namespace savant::schema;

// Words per vocabulary document: pruning rewrites a whole document, so a
// forget costs a few hundred kilobytes, not the whole vocabulary.
constexpr std::size_t kWordsPerDocument = 20000;

// Words known to be in the index, or kept, per writer: Zipf makes a few
// thousand of them most of the lookups; the cap bounds a long run's memory.
constexpr std::size_t kMaxCheckedWords = 1 << 18;

std::string spelling_term(const std::string& word) {
  std::string term(kPrefixSpelling);
  term += word;
  return term;
}

std::string kind_term() { return make_term(kPrefixKind, kKindVocabulary); }

}  // namespace

void VocabularyWriter::add(const Xapian::Database& db, const SpellingWords& words) {
  for (const std::string& word : words) {
    if (checked_.count(word) != 0) continue;
    if (checked_.size() >= kMaxCheckedWords) {
      // Forgetting what was checked must not forget what is kept.
      checked_.clear();
      checked_.insert(kept_.begin(), kept_.end());
      if (checked_.count(word) != 0) continue;
    }
    checked_.insert(word);
    if (!db.term_exists(spelling_term(word))) kept_.push_back(word);
  }
}

bool VocabularyWriter::flush(Xapian::WritableDatabase& db) {
  if (kept_.empty()) return false;
  // Sorted, so that the same words give the same documents whatever order
  // the researchers were written in.
  std::sort(kept_.begin(), kept_.end());
  for (std::size_t first = 0; first < kept_.size(); first += kWordsPerDocument) {
    const std::size_t last = std::min(kept_.size(), first + kWordsPerDocument);
    Xapian::Document doc;
    doc.add_boolean_term(kind_term());
    for (std::size_t i = first; i < last; ++i) doc.add_boolean_term(spelling_term(kept_[i]));
    db.add_document(doc);
  }
  kept_.clear();
  return true;
}

std::string term_of_word(const std::string& word, const Xapian::Stem& stemmer) {
  return stemmed_term("", word, stemmer(word));
}

std::size_t prune_dead_words(Xapian::WritableDatabase& db) {
  const Xapian::Stem stemmer("english");
  const std::string kind = kind_term();
  const std::string prefix(kPrefixSpelling);
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(kind); it != db.postlist_end(kind); ++it) ids.push_back(*it);
  std::size_t removed = 0;
  for (Xapian::docid id : ids) {
    Xapian::Document doc = db.get_document(id);
    std::vector<std::string> dead;
    std::size_t words = 0;
    auto t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end() && (*t).compare(0, prefix.size(), prefix) == 0;
         ++t) {
      ++words;
      if (db.get_termfreq(term_of_word((*t).substr(prefix.size()), stemmer)) == 0) {
        dead.push_back(*t);
      }
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
