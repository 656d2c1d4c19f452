// SPDX-License-Identifier: MIT
// `savant forget ID` removes a researcher and everything their documents
// contributed, and later index runs skip their files (and say so) until
// `savant unforget ID|PATH`.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

class Forget : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    fs::create_directories(docs_);
    for (const auto& entry : fs::directory_iterator(corpus_dir() + "/seeds")) {
      fs::copy_file(entry.path(), docs_ / entry.path().filename());
    }
    ASSERT_EQ(index({}).exit_code, 0);
  }

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
  TempDir other;
  std::vector<std::string> args{"index", "--db", other / "index"};
  for (const auto& entry : fs::directory_iterator(docs_)) {
    if (entry.path().string() != simiao_) args.push_back(entry.path().string());
  }
  ASSERT_EQ(run_savant(args).exit_code, 0);
  const std::string without = run_savant({"export", "--db", other / "index"}).out;
  EXPECT_EQ(run({"export"}).out, without);
  EXPECT_EQ(run({"stats", "--format", "json"}).out,
            run_savant({"stats", "--db", other / "index", "--format", "json"}).out);
}

TEST_F(Forget, LaterRunsSkipTheFilesAndSaySoUntilUnforget) {
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
  EXPECT_EQ(run_savant({"forget", "--db", db_}).exit_code, 1);
}

}  // namespace
}  // namespace savant::testing
