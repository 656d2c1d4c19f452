// SPDX-License-Identifier: MIT
// Edit distance, vocabulary lookups and query correction on a real
// in-memory Xapian database.
#include "searcher/spelling.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace savant::searcher {
namespace {

TEST(EditDistance, CountsEditsAndTranspositions) {
  EXPECT_EQ(edit_distance("experts", "experts", 2), 0u);
  EXPECT_EQ(edit_distance("exprts", "experts", 2), 1u);
  EXPECT_EQ(edit_distance("reinforcment", "reinforcement", 2), 1u);
  EXPECT_EQ(edit_distance("tarnslation", "translation", 2), 1u);  // transposition
  EXPECT_EQ(edit_distance("vision", "fusion", 2), 2u);
  EXPECT_GT(edit_distance("vision", "translation", 2), 2u);
}

// Each document stands for a researcher's document with its spelling words
// (XW terms), next to stems and prefixed terms, which must not be suggested.
class Spelling : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("english"));
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    for (const char* text :
         {"mixture of experts for machine translation", "mixture of experts routing",
          "reinforcement learning", "experts", "expects nothing"}) {
      Xapian::Document doc;
      terms.set_document(doc);
      terms.index_text(text);
      terms.index_text(text, 1, "S");
      std::istringstream words(text);
      for (std::string word; words >> word;) doc.add_boolean_term("XW" + word);
      doc.add_boolean_term("routinx");  // an unprefixed term is no spelling word either
      db_.add_document(doc);
    }
    // A word no document has the stem of any more (its researcher was
    // forgotten) is dead: neither known nor suggested.
    Xapian::Document vocabulary;
    vocabulary.add_boolean_term("XWtransformers");
    db_.add_document(vocabulary);
  }
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(Spelling, SuggestsTheMostFrequentCloseWord) {
  Vocabulary vocabulary(db_);
  EXPECT_TRUE(vocabulary.contains("experts"));
  EXPECT_FALSE(vocabulary.contains("Sexperts"));
  EXPECT_FALSE(vocabulary.contains("Zexpert"));
  EXPECT_FALSE(vocabulary.contains("routinx"));
  EXPECT_FALSE(vocabulary.contains("XWexperts"));
  EXPECT_EQ(vocabulary.closest("exprts"), "experts");  // "expects" is as close but rarer
  EXPECT_EQ(vocabulary.closest("experts"), std::nullopt);
  EXPECT_EQ(vocabulary.closest("xyz"), std::nullopt);
}

// Words of one stem have one frequency, their stem's: the tie goes to the
// word the typist left a letter out of, whichever is shorter or first.
TEST(SpellingOfOneStem, PrefersTheWordWithTheLettersLeftOut) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* word : {"compute", "computer", "computes"}) {
    Xapian::Document unit;
    unit.add_term("Zcomput");
    db.add_document(unit);
    Xapian::Document vocabulary;
    vocabulary.add_boolean_term(std::string("XW") + word);
    db.add_document(vocabulary);
  }
  Vocabulary vocabulary(db);
  EXPECT_EQ(vocabulary.closest("computr"), "computer");
  EXPECT_EQ(vocabulary.closest("compues"), "computes");
  EXPECT_EQ(vocabulary.closest("comptue"), "compute");  // one edit; the others two
}

// Units of text indexed the way the indexer does (Z stems), with their words
// as written on a vocabulary document.
Xapian::WritableDatabase units_of(const std::vector<std::string>& texts) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator terms;
  terms.set_stemmer(Xapian::Stem("english"));
  terms.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  Xapian::Document vocabulary;
  for (const std::string& text : texts) {
    Xapian::Document unit;
    terms.set_document(unit);
    terms.index_text(text);
    db.add_document(unit);
    std::istringstream words(text);
    for (std::string word; words >> word;) vocabulary.add_boolean_term("XW" + word);
  }
  db.add_document(vocabulary);
  return db;
}

TEST(SpellingInContext, TheQuerysOtherWordsChooseBetweenEquallyCloseWords) {
  // "ways" is commoner than "waves", "was" commoner still; only "waves"
  // stands with "gravitational".
  std::vector<std::string> texts{"gravitational waves detection", "gravitational waves"};
  for (int i = 0; i < 5; ++i) texts.push_back("new ways of teaching");
  for (int i = 0; i < 9; ++i) texts.push_back("it was a model");
  Xapian::WritableDatabase db = units_of(texts);
  Vocabulary vocabulary(db);
  EXPECT_EQ(vocabulary.closest("wavs"), "ways");  // no context: the most frequent
  EXPECT_EQ(vocabulary.closest("wavs", {"gravitational"}), "waves");
  EXPECT_EQ(suggest_spelling("gravitational wavs", vocabulary), "gravitational waves");
  EXPECT_EQ(suggest_spelling("wavs of teaching", vocabulary), "ways of teaching");
  // Context that stands with no candidate leaves frequency to decide.
  EXPECT_EQ(vocabulary.closest("wavs", {"model", "teaching"}), "ways");
}

TEST(SpellingInContext, FunctionWordsAreNeverSuggested) {
  Xapian::WritableDatabase db = units_of({"it was a model", "it was there", "were wars"});
  Vocabulary vocabulary(db);
  EXPECT_TRUE(vocabulary.contains("was"));
  EXPECT_EQ(vocabulary.closest("wasx"), std::nullopt);  // only "was" is one edit away
  EXPECT_EQ(vocabulary.closest("wars"), std::nullopt);  // a word of the index
  EXPECT_EQ(vocabulary.closest("warz"), "wars");        // not "was", two edits
}

TEST_F(Spelling, AWordWhoseStemIsGoneIsDead) {
  ASSERT_TRUE(db_.term_exists("XWtransformers"));
  Vocabulary vocabulary(db_);
  EXPECT_FALSE(vocabulary.contains("transformers"));
  EXPECT_FALSE(is_live_word(db_, "transformers"));
  EXPECT_EQ(vocabulary.closest("transfomers"), std::nullopt);
  EXPECT_TRUE(is_live_word(db_, "experts"));
  EXPECT_FALSE(is_live_word(db_, "exprts"));
  // Once a document has the stem again, the word lives, and is suggested.
  Xapian::Document unit;
  unit.add_term("Ztransform");
  db_.add_document(unit);
  EXPECT_TRUE(is_live_word(db_, "transformers"));
  EXPECT_EQ(Vocabulary(db_).closest("transfomers"), "transformers");
}

TEST_F(Spelling, CorrectsFreeTextOnly) {
  Vocabulary vocabulary(db_);
  EXPECT_EQ(suggest_spelling("mixture of exprts", vocabulary), "mixture of experts");
  EXPECT_EQ(suggest_spelling("reinforcment learning", vocabulary), "reinforcement learning");
  EXPECT_EQ(suggest_spelling("Machne Translation", vocabulary), "machine Translation");
  EXPECT_EQ(suggest_spelling("mixture of experts", vocabulary), std::nullopt);
  EXPECT_EQ(suggest_spelling("\"exprts\" name:exprts", vocabulary), std::nullopt);
  EXPECT_EQ(suggest_spelling("experts AND routing", vocabulary), std::nullopt);
  // A field's whole unquoted value is the field's, not free text.
  EXPECT_EQ(suggest_spelling("email:exprts@routinx.experts.org", vocabulary), std::nullopt);
  EXPECT_EQ(suggest_spelling("venue:exprts-routinx exprts", vocabulary),
            "venue:exprts-routinx experts");
  EXPECT_EQ(suggest_spelling("(institution:expects.routinx) OR exprts", vocabulary),
            "(institution:expects.routinx) OR experts");
  EXPECT_EQ(suggest_spelling("name:\"exprts routinx\" exprts", vocabulary),
            "name:\"exprts routinx\" experts");
}

}  // namespace
}  // namespace savant::searcher
