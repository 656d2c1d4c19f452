// SPDX-License-Identifier: MIT
// What `savant index` prints on stderr: progress bar, summary line, --quiet, --verbose.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace savant::testing {
namespace {

class CliIndexOutput : public ::testing::Test {
 protected:
  CommandResult index(const std::vector<std::string>& options) {
    std::vector<std::string> args{"index", "--db", dir_ / "index"};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(corpus_dir() + "/seeds");
    return run_savant(args);
  }

  TempDir dir_;
};

TEST_F(CliIndexOutput, SummaryLineCountsFilesResearchersPublicationsFailuresTime) {
  CommandResult r = index({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(
      r.err.rfind("indexed 5 file(s), 0 unchanged, 0 removed, 0 failed; 4 researcher(s), ", 0), 0u)
      << r.err;
  EXPECT_NE(r.err.find(" publication(s) in "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" files/s)\n"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(CliIndexOutput, NoProgressBarWhenStderrIsNotATerminal) {
  CommandResult r = index({});
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
}

TEST_F(CliIndexOutput, ProgressAlwaysDrawsABarAndErasesIt) {
  CommandResult r = index({"--progress", "always"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("\r\033[K["), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("5/5 files"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("files/s  ETA "), std::string::npos) << r.err;
  // Erased before the summary, which stands on a clean line.
  EXPECT_NE(r.err.find("\r\033[Kindexed 5 file(s)"), std::string::npos) << r.err;
}

TEST_F(CliIndexOutput, QuietPrintsNothingButErrors) {
  EXPECT_EQ(index({"--quiet", "--progress", "always"}).err, "");
  write_file(dir_.path() / "bad" / "empty.txt", "");
  CommandResult r = run_savant({"index", "--quiet", "--db", dir_ / "index2", dir_ / "bad"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty"), std::string::npos) << r.err;
}

TEST_F(CliIndexOutput, VerboseListsEachFileInsteadOfABar) {
  CommandResult r = index({"--verbose", "--progress", "always"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_NE(r.err.find("[1/5] indexed "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[5/5] indexed "), std::string::npos) << r.err;
}

TEST_F(CliIndexOutput, CorpusReadmeIsSkippedWithAReportLineNotIndexedAsAResearcher) {
  // The corpus's own README.md beside two seed CVs: it names no one and was
  // indexed as a researcher "readme" that topic queries found.
  const auto docs = dir_.path() / "docs";
  std::filesystem::create_directories(docs);
  copy_seeds(docs);
  std::filesystem::copy_file(corpus_dir() + "/README.md", docs / "README.md");
  const std::string db = dir_ / "index";
  CommandResult r = run_savant({"index", "--verbose", "--db", db, docs.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("] skipped " + (docs / "README.md").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("indexed 5 file(s), 0 unchanged, 0 removed, 0 failed; 4 researcher(s)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 file(s) skipped: a collection's README"), std::string::npos) << r.err;
  CommandResult show = run_savant({"show", "--db", db, "readme"});
  EXPECT_NE(show.exit_code, 0) << show.out;
  // Words only the README holds find no one.
  CommandResult search = run_savant({"search", "--db", db, "--format", "jsonl", "byte-for-byte"});
  EXPECT_EQ(search.out, "") << search.out;
}

TEST_F(CliIndexOutput, BadProgressValueIsAUsageError) {
  EXPECT_EQ(index({"--progress", "sometimes"}).exit_code, 1);
}

}  // namespace
}  // namespace savant::testing
