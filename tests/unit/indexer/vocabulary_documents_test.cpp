// SPDX-License-Identifier: MIT
// Vocabulary documents on a real in-memory Xapian database: a writer adds
// only the words the index lacks, each to its bucket's one document; a bulk
// build's parts' words give the documents one writer gives; dead words are pruned.
#include "indexer/vocabulary_documents.hpp"

#include "schema/prefixes.hpp"
#include "schema/terms.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

const std::string kVocabularyKind = schema::make_term(schema::kPrefixKind, schema::kKindVocabulary);

Xapian::doccount spelling_freq(const Xapian::Database& db, const std::string& word) {
  return db.get_termfreq(std::string(schema::kPrefixSpelling) + word);
}

// A unit with the free-text terms of `words`, as the indexer writes them.
void add_unit(Xapian::WritableDatabase& db, const SpellingWords& words) {
  const Xapian::Stem stemmer("english");
  Xapian::Document unit;
  for (const std::string& word : words) unit.add_term(term_of_word(word, stemmer));
  db.add_document(unit);
}

TEST(VocabularyDocuments, AWriterAddsEachMissingWordOnceToItsBucketsDocument) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  VocabularyWriter first;
  first.add(db, SpellingWords{"routing", "experts", "mixture"});
  first.add(db, SpellingWords{"experts", "gating"});
  EXPECT_TRUE(first.flush(db));
  EXPECT_FALSE(first.flush(db));  // nothing kept any more
  for (const char* word : {"routing", "experts", "mixture", "gating"}) {
    EXPECT_EQ(spelling_freq(db, word), 1u) << word;
    EXPECT_EQ(db.get_termfreq(vocabulary_unique_term(vocabulary_bucket(word))), 1u) << word;
  }
  const Xapian::doccount documents = db.get_termfreq(kVocabularyKind);
  EXPECT_GE(documents, 1u);
  EXPECT_LE(documents, 4u);
  // A later run's writer adds to the same documents, and only what is new.
  VocabularyWriter later;
  later.add(db, SpellingWords{"routing", "sparse"});
  EXPECT_TRUE(later.flush(db));
  EXPECT_EQ(spelling_freq(db, "routing"), 1u);
  EXPECT_EQ(spelling_freq(db, "sparse"), 1u);
  EXPECT_LE(db.get_termfreq(kVocabularyKind), documents + 1);
  EXPECT_EQ(db.get_termfreq(vocabulary_unique_term(vocabulary_bucket("sparse"))), 1u);
}

// Every term of every document of `db`, by document id.
std::string describe(const Xapian::Database& db) {
  std::string out;
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    out += "\n" + std::to_string(id) + ":";
    try {
      const Xapian::Document doc = db.get_document(id);
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) out += " " + *t;
    } catch (const Xapian::DocNotFoundError&) {
      out += " none";
    }
  }
  return out;
}

TEST(VocabularyDocuments, ABulkBuildsPartsWordsGiveTheDocumentsOfOneWriter) {
  // One writer over the whole first build: its units, then its words.
  const SpellingWords all{"routing", "experts", "gating", "sparse", "mixture", "zhao"};
  Xapian::WritableDatabase one(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_unit(one, {"routing", "experts", "zhao"});
  add_unit(one, {"gating", "sparse", "mixture", "routing"});
  VocabularyWriter writer;
  writer.add(one, all);
  writer.flush(one);
  // The parts' words, overlapping and in another order, written once into
  // the merged units (bulk_build.cpp).
  Xapian::WritableDatabase merged(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_unit(merged, {"routing", "experts", "zhao"});
  add_unit(merged, {"gating", "sparse", "mixture", "routing"});
  VocabularyWriter parts;
  parts.add(merged, SpellingWords{"zhao", "routing", "experts"});
  parts.add(merged, SpellingWords{"gating", "sparse", "mixture", "routing"});
  parts.flush(merged);
  EXPECT_GT(merged.get_termfreq(kVocabularyKind), 0u);
  for (const std::string& word : all) EXPECT_EQ(spelling_freq(merged, word), 1u) << word;
  EXPECT_EQ(describe(one), describe(merged));
}

TEST(VocabularyDocuments, AWordWhoseTermNoDocumentHasIsPruned) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add_unit(db, {"routing", "experts"});
  VocabularyWriter writer;
  writer.add(db, SpellingWords{"routing", "experts", "hypergradient"});
  writer.flush(db);
  auto local = [&](const std::string& term) { return db.get_termfreq(term); };
  EXPECT_EQ(prune_dead_words(db, local), 1u);
  EXPECT_EQ(spelling_freq(db, "hypergradient"), 0u);
  EXPECT_EQ(spelling_freq(db, "routing"), 1u);
  EXPECT_EQ(spelling_freq(db, "experts"), 1u);
  // A word lives on while any shard has its term.
  auto everywhere = [](const std::string&) { return Xapian::doccount{1}; };
  EXPECT_EQ(prune_dead_words(db, everywhere), 0u);
  // Nothing left: no vocabulary document left either.
  auto nowhere = [](const std::string&) { return Xapian::doccount{0}; };
  EXPECT_EQ(prune_dead_words(db, nowhere), 2u);
  EXPECT_EQ(db.get_termfreq(kVocabularyKind), 0u);
}

}  // namespace
}  // namespace savant::indexer
