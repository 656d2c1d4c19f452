// SPDX-License-Identifier: MIT
// `savant forget ID` removes a researcher and everything their documents
// contributed, and later index runs skip their files (and say so) until
// `savant unforget ID|PATH`.
#include "schema/prefixes.hpp"
#include "schema/shard_layout.hpp"
#include "schema/terms.hpp"
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

class Forget : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    fs::create_directories(docs_);
    copy_seeds(docs_);
    ASSERT_EQ(index(first_index_options()).exit_code, 0);
  }

  // A sharded fixture indexes with --shards; later runs keep the layout.
  virtual std::vector<std::string> first_index_options() { return {}; }

  CommandResult index(std::vector<std::string> extra) {
    std::vector<std::string> args{"index", "--db", db_, docs_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_savant(args);
  }

  CommandResult run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", db_});
    return run_savant(args);
  }

  std::set<std::string> everyone() {
    CommandResult r = run({"search", "--format", "json", "--limit", "50"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return name_set(nlohmann::json::parse(r.out));
  }

  // The index equals (export and stats) one built, with the same layout, from
  // every file but Simiao Zuo's.
  void expect_same_as_an_index_without_simiao() {
    TempDir other;
    std::vector<std::string> args{"index", "--db", other / "index"};
    for (const std::string& option : first_index_options()) args.push_back(option);
    for (const auto& entry : fs::directory_iterator(docs_)) {
      if (entry.path().string() != simiao_) args.push_back(entry.path().string());
    }
    ASSERT_EQ(run_savant(args).exit_code, 0);
    EXPECT_EQ(run({"export"}).out, run_savant({"export", "--db", other / "index"}).out);
    EXPECT_EQ(run({"stats", "--format", "json"}).out,
              run_savant({"stats", "--db", other / "index", "--format", "json"}).out);
  }

  // Forgets Simiao Zuo: index runs skip the file and say so until unforget,
  // after which the next run reads it again.
  void expect_skipped_until_unforget() {
    ASSERT_EQ(run({"forget", "simiao-zuo"}).exit_code, 0);
    CommandResult skipped = index({"--verbose"});
    ASSERT_EQ(skipped.exit_code, 0) << skipped.err;
    EXPECT_NE(
        skipped.err.find("excluded " + simiao_ + " (-): excluded by 'savant forget simiao-zuo'"),
        std::string::npos)
        << skipped.err;
    EXPECT_NE(skipped.err.find("1 file(s) skipped: excluded by 'savant forget'"), std::string::npos)
        << skipped.err;
    EXPECT_FALSE(everyone().count("Simiao Zuo"));

    CommandResult allowed = run({"unforget", "simiao-zuo"});
    ASSERT_EQ(allowed.exit_code, 0) << allowed.err;
    EXPECT_NE(allowed.err.find("1 file(s) no longer excluded"), std::string::npos) << allowed.err;
    CommandResult back = index({});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    EXPECT_EQ(back.err.rfind("indexed 1 file(s), 4 unchanged", 0), 0u) << back.err;
    EXPECT_TRUE(everyone().count("Simiao Zuo"));
  }

  TempDir dir_;
  fs::path docs_;
  std::string db_ = dir_ / "index";
  std::string simiao_ = dir_ / "docs/002_5f39840c71515f25.txt";
};

TEST_F(Forget, RemovesTheResearcherAndAllTheirDocumentsContributed) {
  ASSERT_TRUE(everyone().count("Simiao Zuo"));
  CommandResult r = run({"forget", "Simiao Zuo"});  // by name, as show takes it
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("forgot Simiao Zuo [simiao-zuo]: 1 file(s) removed and excluded"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(simiao_), std::string::npos) << r.err;

  EXPECT_FALSE(everyone().count("Simiao Zuo"));
  EXPECT_EQ(run({"show", "simiao-zuo"}).exit_code, 2);
  // The index is exactly what indexing the other files alone gives.
  expect_same_as_an_index_without_simiao();
}

TEST_F(Forget, LaterRunsSkipTheFilesAndSaySoUntilUnforget) { expect_skipped_until_unforget(); }

TEST_F(Forget, UnforgetTakesAFileOrADirectory) {
  ASSERT_EQ(run({"forget", "simiao-zuo"}).exit_code, 0);
  ASSERT_EQ(run({"forget", "fuzhao-xue"}).exit_code, 0);
  EXPECT_EQ(run({"unforget", simiao_}).exit_code, 0);
  EXPECT_EQ(run({"unforget", simiao_}).exit_code, 2);  // no longer excluded
  CommandResult r = run({"unforget", docs_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("004_b833a841c0c884f2.txt"), std::string::npos) << r.err;
  ASSERT_EQ(index({}).exit_code, 0);
  EXPECT_EQ(everyone().size(), 4u);
}

TEST_F(Forget, UnknownResearcherOrIndexIsAClearError) {
  CommandResult unknown = run({"forget", "nobody-at-all"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no researcher 'nobody-at-all'"), std::string::npos) << unknown.err;
  EXPECT_EQ(run({"unforget", "nobody-at-all"}).exit_code, 2);
  CommandResult missing = run_savant({"forget", "--db", dir_ / "nothing", "simiao-zuo"});
  EXPECT_EQ(missing.exit_code, 4) << missing.err;
  EXPECT_FALSE(fs::exists(dir_ / "nothing"));
  fs::create_directories(dir_ / "empty");
  CommandResult none = run_savant({"unforget", "--db", dir_ / "empty", "simiao-zuo"});
  EXPECT_EQ(none.exit_code, 4) << none.err;
  EXPECT_NE(none.err.find("holds no savant index"), std::string::npos) << none.err;
  EXPECT_TRUE(fs::is_empty(dir_ / "empty"));
  EXPECT_EQ(run_savant({"forget", "--db", db_}).exit_code, 1);
}

// The same commands on an index of three shards: the researcher is removed
// from the shard that holds them, their exclusion is kept there, and index
// runs on the sharded directory skip their file until unforget.
class ForgetSharded : public Forget {
 protected:
  static constexpr std::size_t kShards = 3;
  std::vector<std::string> first_index_options() override {
    return {"--shards", std::to_string(kShards)};
  }

  std::string shard(const std::string& id) {
    return db_ + "/" + schema::shard_directory_name(schema::shard_of(id, kShards));
  }
};

TEST_F(ForgetSharded, RemovesTheResearcherFromTheirShardAndRecordsTheExclusionThere) {
  ASSERT_TRUE(fs::exists(db_ + "/" + std::string(schema::kStubFileName)));
  const std::string term = schema::researcher_unique_term("simiao-zuo");
  ASSERT_TRUE(Xapian::Database(shard("simiao-zuo")).term_exists(term));
  CommandResult r = run({"forget", "Simiao Zuo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("forgot Simiao Zuo [simiao-zuo]: 1 file(s) removed and excluded"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(everyone().count("Simiao Zuo"));
  EXPECT_EQ(everyone().size(), 3u);
  EXPECT_EQ(run({"show", "simiao-zuo"}).exit_code, 2);
  EXPECT_FALSE(Xapian::Database(shard("simiao-zuo")).term_exists(term));
  EXPECT_NE(Xapian::Database(shard("simiao-zuo"))
                .get_metadata(std::string(schema::kMetaExcluded))
                .find(simiao_),
            std::string::npos);

  // Equal to three shards built without the file.
  expect_same_as_an_index_without_simiao();
}

TEST_F(ForgetSharded, LaterRunsSkipTheFilesAndSaySoUntilUnforget) {
  expect_skipped_until_unforget();
  EXPECT_EQ(Xapian::Database(shard("simiao-zuo")).get_metadata(std::string(schema::kMetaExcluded)),
            "");
  EXPECT_EQ(everyone().size(), 4u);
}

TEST_F(ForgetSharded, TwoResearchersOnAnyShardsComeBackByDirectory) {
  ASSERT_EQ(run({"forget", "simiao-zuo"}).exit_code, 0);
  ASSERT_EQ(run({"forget", "fuzhao-xue"}).exit_code, 0);
  EXPECT_EQ(everyone().size(), 2u);
  EXPECT_EQ(run({"unforget", "nobody-at-all"}).exit_code, 2);
  CommandResult r = run({"unforget", docs_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 file(s) no longer excluded"), std::string::npos) << r.err;
  ASSERT_EQ(index({}).exit_code, 0);
  EXPECT_EQ(everyone().size(), 4u);
}

}  // namespace
}  // namespace savant::testing
