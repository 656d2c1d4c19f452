// SPDX-License-Identifier: MIT
// Re-indexing: unchanged input changes nothing; a changed file replaces what
// it contributed; a deleted file's contribution goes.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

class Reindex : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    fs::create_directories(docs_);
    copy_seeds(docs_);
    index_ = dir_ / "index";
    CommandResult r = run_savant({"index", "--db", index_, docs_.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  nlohmann::json search(const std::vector<std::string>& args) {
    std::vector<std::string> full{"search", "--db", index_, "--format", "json", "--facets"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  TempDir dir_;
  fs::path docs_;
  std::string index_;
};

TEST_F(Reindex, UnchangedInputChangesNothing) {
  auto before = search({"MoE", "--limit", "10"});
  auto stats_before = run_savant({"stats", "--db", index_, "--format", "json"}).out;
  const auto version_file = fs::path(index_) / "iamglass";
  const std::string glass_before = read_file(version_file);

  CommandResult again = run_savant({"index", "--db", index_, docs_.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("indexed 0 file(s), 5 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(search({"MoE", "--limit", "10"}), before);
  EXPECT_EQ(run_savant({"stats", "--db", index_, "--format", "json"}).out, stats_before);
  // No commit happened: the database's revision, recorded in iamglass, is the same.
  EXPECT_EQ(read_file(version_file), glass_before);
}

TEST_F(Reindex, ChangedFileReplacesItsContribution) {
  ASSERT_EQ(name_set(search({"--venue", "AAAI", "--year", "2022"})),
            std::set<std::string>{"Fuzhao Xue"});
  const fs::path cv = docs_ / "004_b833a841c0c884f2.txt";
  std::string text = read_file(cv);
  const std::string old_line = "Go Wider Instead of Deeper, AAAI 2022";
  ASSERT_NE(text.find(old_line), std::string::npos);
  text.replace(text.find(old_line), old_line.size(), "Go Wider Instead of Deeper, ICLR 2022");
  write_file(cv, text);

  CommandResult r = run_savant({"index", "--db", index_, docs_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("indexed 1 file(s), 4 unchanged"), std::string::npos) << r.err;
  EXPECT_TRUE(name_set(search({"--venue", "AAAI", "--year", "2022"})).empty());
  EXPECT_EQ(name_set(search({"--venue", "ICLR", "--year", "2022"})),
            std::set<std::string>{"Fuzhao Xue"});
}

TEST_F(Reindex, DeletedFileIsDroppedWithPrune) {
  fs::remove(docs_ / "002_5f39840c71515f25.txt");
  CommandResult r = run_savant({"index", "--prune", "--db", index_, docs_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto everyone = search({"--limit", "10"});
  EXPECT_EQ(everyone.at("total"), 3);
  EXPECT_FALSE(name_set(everyone).count("Simiao Zuo"));
}

TEST_F(Reindex, SecondWriterIsRefusedWhileFirstHoldsTheLock) {
  Xapian::WritableDatabase holder(index_, Xapian::DB_OPEN);
  CommandResult r = run_savant({"index", "--db", index_, docs_.string()});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("locked"), std::string::npos) << r.err;
  // Readers are not blocked by a writer.
  EXPECT_EQ(run_savant({"stats", "--db", index_}).exit_code, 0);
}

}  // namespace
}  // namespace savant::testing
