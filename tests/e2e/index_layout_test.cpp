// SPDX-License-Identifier: MIT
// The index layout's documented choices (docs/index-size.md): no positions, so
// a phrase matches its words anywhere in one evidence unit; stems only, with
// the words as written once per index for spelling; an index of an older
// layout is refused with the "incompatible index" exit code.
#include "indexer/vocabulary_documents.hpp"
#include "schema/prefixes.hpp"
#include "schema/schema_version.hpp"
#include "schema/terms.hpp"
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <set>
#include <string>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;
using Names = std::set<std::string>;

TEST(IndexLayout, NoDocumentCarriesPositions) {
  Xapian::Database db(seed_index());
  EXPECT_GT(db.get_doccount(), 0u);
  EXPECT_FALSE(db.has_positions());
}

TEST(IndexLayout, APhraseMatchesItsWordsInAnyOrderWithinOneUnit) {
  const Names in_order = name_set(search_seeds({"title:\"sequence parallelism\""}));
  EXPECT_EQ(in_order, Names{"Fuzhao Xue"});
  EXPECT_EQ(name_set(search_seeds({"title:\"parallelism sequence\""})), in_order);
}

TEST(IndexLayout, SnippetsHighlightTheWordsOfAPhrase) {
  for (const char* query : {"\"sequence parallelism\"", "mixture of experts"}) {
    const nlohmann::json results = search_seeds({query});
    std::size_t marks = 0;
    for (const auto& hit : results.at("results")) {
      for (const auto& unit : hit.at("evidence")) {
        marks += unit.at("snippet").get<std::string>().find("<mark>") != std::string::npos;
      }
    }
    EXPECT_GT(marks, 0u) << query;
  }
}

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

TEST(IndexLayout, WordsAreIndexedAsStemsOnly) {
  Xapian::Database db(seed_index());
  std::size_t stems = 0;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string term = *t;
    // STEM_SOME wrote each word twice (schema 2): "routing" and "Zrout".
    EXPECT_FALSE(is_lower_ascii(term[0])) << term;
    stems += term.size() > 1 && term[0] == 'Z' && is_lower_ascii(term[1]) ? 1 : 0;
  }
  EXPECT_GT(stems, 500u);
  EXPECT_GT(db.get_termfreq("Zrout"), 0u);
  EXPECT_GT(db.get_termfreq("ZSrout"), 0u);  // title: words are stems as well
}

TEST(IndexLayout, SpellingWordsAreOnAFewVocabularyDocumentsEachOnce) {
  Xapian::Database db(seed_index());
  const std::string vocabulary_kind =
      schema::make_term(schema::kPrefixKind, schema::kKindVocabulary);
  const std::string prefix(schema::kPrefixSpelling);
  std::size_t words = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    ++words;
    // Once per index (schema 10), not once per researcher, though the first
    // build derived researchers on several threads (parts merged).
    EXPECT_EQ(t.get_termfreq(), 1u) << *t;
    for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
      auto kind = db.termlist_begin(*p);
      kind.skip_to(vocabulary_kind);
      ASSERT_TRUE(kind != db.termlist_end(*p) && *kind == vocabulary_kind) << *t;
    }
  }
  EXPECT_GT(words, 500u);
  EXPECT_GE(db.get_termfreq(vocabulary_kind), 1u);
  EXPECT_LE(db.get_termfreq(vocabulary_kind), indexer::kVocabularyBuckets);
  // Words of titles, bodies and names, as written.
  for (const char* word : {"routing", "parallelism", "multilingual", "zhao"}) {
    EXPECT_GT(db.get_termfreq(prefix + word), 0u) << word;
  }
}

TEST(IndexLayout, AMisspelledWordIsCorrectedToAWordOfTheIndex) {
  const nlohmann::json results = search_seeds({"sequence paralelism"});
  ASSERT_TRUE(results.at("corrected_query").is_string()) << results.dump();
  EXPECT_EQ(results.at("corrected_query"), "sequence parallelism");
  EXPECT_EQ(name_set(results).count("Fuzhao Xue"), 1u);
  const nlohmann::json unchanged = search_seeds({"sequence parallelism"});
  EXPECT_TRUE(unchanged.at("corrected_query").is_null()) << unchanged.dump();
}

// topic: must find exactly the researchers whose units carry the topic term:
// a stemmed id ("XTmixture_of_expert") would find nobody.
TEST(IndexLayout, TheTopicFieldMatchesTheUnitsWithTheTopicTerm) {
  Xapian::Database db(seed_index());
  const std::string topic = schema::topic_term("mixture-of-experts");
  Names expected;
  for (auto p = db.postlist_begin(topic); p != db.postlist_end(topic); ++p) {
    expected.insert(db.get_document(*p).get_value(schema::kSlotResearcher));
  }
  ASSERT_GE(expected.size(), 2u);
  for (const char* query : {"topic:mixture-of-experts", "topic:MoE", "topic:\"mixture of experts\""}) {
    const nlohmann::json results = search_seeds({query});
    Names found;
    for (const auto& hit : results.at("results")) found.insert(hit.at("id"));
    EXPECT_EQ(found, expected) << query;
  }
}

TEST(IndexLayout, AnIndexOfTheOldLayoutIsRefused) {
  TempDir dir;
  const fs::path docs = dir.path() / "docs";
  fs::create_directories(docs);
  copy_seeds(docs);
  const std::string index = (dir.path() / "index").string();
  CommandResult built = run_savant({"index", "--db", index, docs.string()});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  {
    Xapian::WritableDatabase db(index);
    db.set_metadata(std::string(schema::kMetaSchemaVersion),
                    std::to_string(schema::kSchemaVersion - 1));
    db.commit();
  }
  const std::string old_version =
      "index has schema version " + std::to_string(schema::kSchemaVersion - 1);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"search", "--db", index, "MoE"}, {"index", "--db", index, docs.string()}}) {
    CommandResult r = run_savant(args);
    EXPECT_EQ(r.exit_code, 4) << args[0] << ": " << r.err;
    EXPECT_NE(r.err.find(old_version), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("re-index"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace savant::testing
