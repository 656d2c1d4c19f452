// SPDX-License-Identifier: MIT
// Incremental indexing through the real binary: only new and changed files
// are read (a file whose size and modification time are unchanged is not even
// opened), renamed and deleted files are dropped only with --prune, and an
// unchanged folder is reported as up to date.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class Incremental : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    fs::create_directories(docs_);
    for (const auto& entry : fs::directory_iterator(corpus_dir() + "/seeds")) {
      fs::copy_file(entry.path(), docs_ / entry.path().filename());
      // Written long ago, as the files of a shared folder are: their stamps are trusted.
      fs::last_write_time(docs_ / entry.path().filename(), fs::file_time_type::clock::now() - 48h);
    }
    index_ = dir_ / "index";
    CommandResult r = index({});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(r.err.rfind("indexed 5 file(s), 0 unchanged", 0), 0u) << r.err;
  }

  CommandResult index(std::vector<std::string> extra) {
    std::vector<std::string> args{"index", "--db", index_, docs_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_savant(args);
  }

  nlohmann::json show(const std::string& id) {
    CommandResult r = run_savant({"show", "--db", index_, "--format", "json", id});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  nlohmann::json search(const std::vector<std::string>& args) {
    std::vector<std::string> full{"search", "--db", index_, "--format", "json", "--limit", "50"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  TempDir dir_;
  fs::path docs_;
  std::string index_;
};

TEST_F(Incremental, UnchangedFolderIsNotReadAndSaysSo) {
  CommandResult r = index({"--verbose"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("indexed 0 file(s), 5 unchanged, 0 removed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("index is up to date: no file changed, nothing was re-indexed"),
            std::string::npos)
      << r.err;
  // Every file was judged by its stamp alone, and nothing was committed.
  std::size_t not_read = 0;
  for (std::size_t at = 0;
       (at = r.err.find("modification time: not read", at)) != std::string::npos; ++at) {
    ++not_read;
  }
  EXPECT_EQ(not_read, 5u) << r.err;
  EXPECT_EQ(r.err.find("committed"), std::string::npos) << r.err;
}

TEST_F(Incremental, AddedFileIsTheOnlyOneRead) {
  const fs::path added = docs_ / "adevoto__cv.md";
  fs::copy_file(fs::path(corpus_dir()) / "real" / "adevoto__cv.md", added);
  CommandResult r = index({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.rfind("indexed 1 file(s), 5 unchanged, 0 removed, 0 failed; 5 researcher(s)", 0),
            0u)
      << r.err;
  nlohmann::json everyone = search({});
  bool found = false;
  for (const auto& hit : everyone.at("results")) {
    for (const auto& source : hit.at("sources")) found = found || source == added.string();
  }
  EXPECT_TRUE(found) << everyone.dump();
}

TEST_F(Incremental, SizeAndTimeDecideWhetherAFileIsRead) {
  const fs::path cv = docs_ / "004_b833a841c0c884f2.txt";
  const auto old_time = fs::last_write_time(cv);
  std::string text = read_file(cv);
  const std::string old_line = "Go Wider Instead of Deeper, AAAI 2022";
  ASSERT_NE(text.find(old_line), std::string::npos);
  text.replace(text.find(old_line), old_line.size(), "Go Wider Instead of Deeper, ICLR 2022");
  write_file(cv, text);

  // Same size, time stamp put back: savant trusts the stamp and does not read
  // the file (the trade-off make and rsync make; see docs/reliability.md).
  fs::last_write_time(cv, old_time);
  CommandResult same = index({});
  ASSERT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(same.err.rfind("indexed 0 file(s), 5 unchanged", 0), 0u) << same.err;
  EXPECT_EQ(name_set(search({"--venue", "AAAI", "--year", "2022"})),
            std::set<std::string>{"Fuzhao Xue"});

  // A new time stamp: the file is read and its new content replaces the old.
  fs::last_write_time(cv, old_time + 1s);
  CommandResult changed = index({});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_EQ(changed.err.rfind("indexed 1 file(s), 4 unchanged", 0), 0u) << changed.err;
  EXPECT_TRUE(name_set(search({"--venue", "AAAI", "--year", "2022"})).empty());
  EXPECT_EQ(name_set(search({"--venue", "ICLR", "--year", "2022"})),
            std::set<std::string>{"Fuzhao Xue"});
}

TEST_F(Incremental, TouchedFileIsHashedNotReindexed) {
  const fs::path cv = docs_ / "003_18620b862097bef0.txt";
  fs::last_write_time(cv, fs::file_time_type::clock::now() - 24h);
  CommandResult r = index({"--verbose"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("indexed 0 file(s), 5 unchanged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("unchanged " + cv.string() + " (-): same content"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("index is up to date"), std::string::npos) << r.err;
  // Its new stamp was kept: the next run does not even read it.
  CommandResult again = index({"--verbose"});
  EXPECT_NE(again.err.find("unchanged " + cv.string() + " (-): same size and modification time"),
            std::string::npos)
      << again.err;
}

TEST_F(Incremental, RenamedFileMovesOnlyWithPrune) {
  const fs::path from = docs_ / "002_5f39840c71515f25.txt";
  const fs::path to = docs_ / "simiao-zuo-cv.txt";
  fs::rename(from, to);

  CommandResult kept = index({});
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_EQ(
      kept.err.rfind("indexed 1 file(s), 4 unchanged, 0 removed, 0 failed; 4 researcher(s)", 0), 0u)
      << kept.err;
  EXPECT_NE(kept.err.find("1 file(s) no longer exist but stay in the index (run with --prune"),
            std::string::npos)
      << kept.err;
  nlohmann::json both = show("simiao-zuo").at("sources");
  EXPECT_EQ(both, nlohmann::json::array({from.string(), to.string()})) << both.dump();

  CommandResult pruned = index({"--prune"});
  ASSERT_EQ(pruned.exit_code, 0) << pruned.err;
  EXPECT_EQ(
      pruned.err.rfind("indexed 0 file(s), 5 unchanged, 1 removed, 0 failed; 4 researcher(s)", 0),
      0u)
      << pruned.err;
  EXPECT_EQ(show("simiao-zuo").at("sources"), nlohmann::json::array({to.string()}));
}

TEST_F(Incremental, DeletedFileStaysUntilPruned) {
  fs::remove(docs_ / "002_5f39840c71515f25.txt");
  CommandResult kept = index({});
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_EQ(kept.err.rfind("indexed 0 file(s), 4 unchanged, 0 removed", 0), 0u) << kept.err;
  EXPECT_TRUE(name_set(search({})).count("Simiao Zuo"));

  CommandResult pruned = index({"--prune"});
  ASSERT_EQ(pruned.exit_code, 0) << pruned.err;
  EXPECT_EQ(
      pruned.err.rfind("indexed 0 file(s), 4 unchanged, 1 removed, 0 failed; 3 researcher(s)", 0),
      0u)
      << pruned.err;
  EXPECT_FALSE(name_set(search({})).count("Simiao Zuo"));
}

TEST_F(Incremental, PruneLeavesFilesOutsideTheGivenDirectories) {
  // Index a second folder, then prune while indexing only the first: the
  // second folder's records are not "gone", they were just not asked about.
  const fs::path other = dir_.path() / "other";
  fs::create_directories(other);
  fs::copy_file(fs::path(corpus_dir()) / "real" / "adevoto__cv.md", other / "adevoto__cv.md");
  ASSERT_EQ(run_savant({"index", "--db", index_, other.string()}).exit_code, 0);
  CommandResult r = index({"--prune"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.rfind("indexed 0 file(s), 5 unchanged, 0 removed, 0 failed; 5 researcher(s)", 0),
            0u)
      << r.err;
}

}  // namespace
}  // namespace savant::testing
