// SPDX-License-Identifier: MIT
// The spelling vocabulary is written once per index (schema 10), yet follows
// the index: a word added by an incremental run is suggested, and forgetting
// its only researcher takes the suggestion, and the word, out of the index,
// on one index and on shards.
#include "schema/prefixes.hpp"
#include "schema/shard_layout.hpp"
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

// "hypergradient" is in Simiao Zuo's file only (corpus/seeds/002_...), and
// no other seed has a word within two edits of the misspelling.
constexpr const char* kFile = "002_5f39840c71515f25.txt";
constexpr const char* kMisspelled = "hypergradiant";
constexpr const char* kWord = "hypergradient";

class SpellingVocabulary : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    held_back_ = dir_.path() / "held-back";
    fs::create_directories(docs_);
    fs::create_directories(held_back_);
    copy_seeds(docs_);
    fs::rename(docs_ / kFile, held_back_ / kFile);
    std::vector<std::string> args{"index", "--quiet", "--db", db_, docs_.string()};
    if (shards() > 0) {
      args.push_back("--shards");
      args.push_back(std::to_string(shards()));
    }
    CommandResult r = run_savant(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  int shards() const { return GetParam(); }

  nlohmann::json search(const std::string& query) {
    CommandResult r = run_savant({"search", "--db", db_, "--format", "json", query});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  // How many documents, over every shard, carry the word as a spelling term.
  Xapian::doccount spelling_postings() {
    const std::string term = std::string(schema::kPrefixSpelling) + kWord;
    if (shards() == 0) return Xapian::Database(db_).get_termfreq(term);
    Xapian::doccount n = 0;
    for (int i = 0; i < shards(); ++i) {
      n += Xapian::Database(db_ + "/" + schema::shard_directory_name(static_cast<std::size_t>(i)))
               .get_termfreq(term);
    }
    return n;
  }

  TempDir dir_;
  fs::path docs_;
  fs::path held_back_;
  std::string db_ = dir_ / "index";
};

TEST_P(SpellingVocabulary, AWordOfAnIncrementalRunIsSuggestedUntilItsResearcherIsForgotten) {
  // Not in the first build: nothing close to suggest.
  EXPECT_TRUE(search(kMisspelled).at("corrected_query").is_null());
  EXPECT_EQ(spelling_postings(), 0u);

  fs::rename(held_back_ / kFile, docs_ / kFile);
  CommandResult r = run_savant({"index", "--quiet", "--db", db_, docs_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(spelling_postings(), 1u);  // once, on the shard of its vocabulary document
  const nlohmann::json found = search(kMisspelled);
  ASSERT_TRUE(found.at("corrected_query").is_string()) << found.dump();
  EXPECT_EQ(found.at("corrected_query"), kWord);
  EXPECT_EQ(name_set(found).count("Simiao Zuo"), 1u);
  EXPECT_TRUE(search(kWord).at("corrected_query").is_null());

  r = run_savant({"forget", "--db", db_, "simiao-zuo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json forgotten = search(kMisspelled);
  EXPECT_TRUE(forgotten.at("corrected_query").is_null()) << forgotten.dump();
  EXPECT_EQ(forgotten.at("results").size(), 0u);
  // Nothing of the forgotten researcher stays in the index, words included.
  EXPECT_EQ(spelling_postings(), 0u);
  // Words other researchers still use stay and are still suggested.
  EXPECT_EQ(search("sequence paralelism").at("corrected_query"), "sequence parallelism");
}

INSTANTIATE_TEST_SUITE_P(OneIndexAndShards, SpellingVocabulary, ::testing::Values(0, 2),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return info.param == 0 ? std::string("OneIndex")
                                                  : "Shards" + std::to_string(info.param);
                         });

}  // namespace
}  // namespace savant::testing
