// SPDX-License-Identifier: MIT
// Exit codes and messages for bad input, bad queries, bad options and bad
// indexes, through the real binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

namespace savant::testing {
namespace {

int line_count(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

TEST(CliErrors, HelpAndVersionSucceed) {
  for (auto args : std::vector<std::vector<std::string>>{
           {"--help"}, {"--version"}, {"index", "--help"}, {"search", "--help"}, {"stats", "--help"}}) {
    CommandResult r = run_savant(args);
    EXPECT_EQ(r.exit_code, 0) << args[0] << r.err;
    EXPECT_FALSE(r.out.empty());
  }
}

TEST(CliErrors, UsageErrorsExitOne) {
  EXPECT_EQ(run_savant({}).exit_code, 1);
  EXPECT_EQ(run_savant({"frobnicate"}).exit_code, 1);
  CommandResult r = run_savant({"search", "--db", seed_index(), "--no-such-option"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no-such-option"), std::string::npos) << r.err;
  EXPECT_EQ(run_savant({"search", "--db", seed_index(), "--format", "xml", "moe"}).exit_code, 1);
  EXPECT_EQ(run_savant({"search", "--db", seed_index(), "--limit", "many"}).exit_code, 1);
  EXPECT_EQ(run_savant({"index", "--db", seed_index()}).exit_code, 1);
}

// Boost reads "-1" into an unsigned option as 2^64 - 1: every numeric option
// of every command must refuse it (and values out of range) by name.
TEST(CliErrors, NegativeAndOutOfRangeNumbersAreUsageErrorsNamingOptionAndValue) {
  TempDir dir;
  const std::string db = dir / "index";
  const std::string seeds = corpus_dir() + "/seeds";
  const std::vector<std::vector<std::string>> cases{
      {"index", "--db", db, "--batch-files", "-1", seeds},
      {"index", "--db", db, "--batch-files", "0", seeds},
      {"index", "--db", db, "--batch-mb", "-1", seeds},
      {"index", "--db", db, "--batch-mb", "99999999", seeds},
      {"index", "--db", db, "--shards", "-2", seeds},
      {"index", "--db", db, "--shards", "0", seeds},
      {"index", "--db", db, "--shards", "100000", seeds},
      {"search", "--db", seed_index(), "--limit", "-1", "moe"},
      {"search", "--db", seed_index(), "-n", "-5", "moe"},
      {"search", "--db", seed_index(), "--offset", "-1", "moe"},
      {"search", "--db", seed_index(), "--evidence", "-1", "moe"},
      {"search", "--db", seed_index(), "--limit", "99999999999999999999999", "moe"},
      {"search", "--db", seed_index(), "--limit", "+3", "moe"},
      {"similar", "--db", seed_index(), "--limit", "-1", "xinyu-zhao"},
      {"similar", "--db", seed_index(), "--evidence", "-1", "xinyu-zhao"},
      {"serve", "--db", seed_index(), "--port", "-1"},
      {"serve", "--db", seed_index(), "--port", "65536"},
      {"serve", "--db", seed_index(), "--threads", "-1"},
      {"serve", "--db", seed_index(), "--threads", "0"},
      {"serve", "--db", seed_index(), "--time-limit", "0"},
      {"serve", "--db", seed_index(), "--time-limit", "-10"},
  };
  for (const auto& args : cases) {
    const auto option = std::find_if(args.begin(), args.end(), [](const std::string& a) {
      return a.rfind("-", 0) == 0 && a != "--db";
    });
    const std::string expected = (*option == "-n" ? "--limit" : *option) + " '" + option[1] + "'";
    RunOptions run;
    run.timeout_seconds = 20;  // a serve that started would hang the test
    CommandResult r = run_savant_with(args, run);
    EXPECT_EQ(r.exit_code, 1) << expected << ": " << r.err;
    EXPECT_EQ(r.err.rfind("savant: " + expected + ": must be a whole number", 0), 0u) << r.err;
    EXPECT_EQ(line_count(r.err), 1) << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(db));
  EXPECT_EQ(run_savant({"index", "--db", db, "--max-file-size", "99999999999G", seeds}).exit_code,
            1);
  // In range, the same options work.
  CommandResult ok = run_savant({"search", "--db", seed_index(), "--limit", "1", "--offset", "1",
                                 "--format", "jsonl", "moe"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(line_count(ok.out), 1) << ok.out;
}

TEST(CliErrors, QuerySyntaxErrorsExitTwoWithOneLine) {
  for (const char* query : {"\"mixture of experts", "(moe", "moe)", "moe AND", "OR moe",
                            "year:20x4", "venue:NoSuchVenue", "topic:no-such-topic",
                            "colour:blue"}) {
    CommandResult r = run_savant({"search", "--db", seed_index(), query});
    EXPECT_EQ(r.exit_code, 2) << query << ": " << r.out << r.err;
    EXPECT_EQ(line_count(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("savant: ", 0), 0u) << r.err;
  }
  CommandResult bad_year = run_savant({"search", "--db", seed_index(), "--year", "2024..2020"});
  EXPECT_EQ(bad_year.exit_code, 2) << bad_year.err;
  CommandResult bad_venue = run_savant({"search", "--db", seed_index(), "--venue", "Nowhere"});
  EXPECT_EQ(bad_venue.exit_code, 2) << bad_venue.err;
  EXPECT_NE(bad_venue.err.find("Nowhere"), std::string::npos);
}

TEST(CliErrors, MissingIndexExitsFour) {
  TempDir dir;
  CommandResult r = run_savant({"search", "--db", dir / "nothing-here", "moe"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("nothing-here"), std::string::npos) << r.err;
  EXPECT_EQ(line_count(r.err), 1) << r.err;
  // $SAVANT_DB is the default index.
  CommandResult env = run_savant({"stats"}, {"SAVANT_DB=" + (dir / "also-missing")});
  EXPECT_EQ(env.exit_code, 4);
  EXPECT_NE(env.err.find("also-missing"), std::string::npos) << env.err;
}

TEST(CliErrors, ForeignDirectoryExitsFour) {
  TempDir dir;
  write_file(dir.path() / "foreign" / "notes.txt", "not an index\n");
  CommandResult search = run_savant({"search", "--db", dir / "foreign", "moe"});
  EXPECT_EQ(search.exit_code, 4) << search.err;
  CommandResult index = run_savant({"index", "--db", dir / "foreign", corpus_dir() + "/seeds"});
  EXPECT_EQ(index.exit_code, 4) << index.err;
  EXPECT_NE(index.err.find("foreign"), std::string::npos) << index.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "foreign" / "notes.txt"));
}

TEST(CliErrors, BadFilesAreReportedAndSkipped) {
  TempDir dir;
  const auto docs = dir.path() / "docs";
  std::filesystem::create_directories(docs);
  std::filesystem::copy_file(corpus_dir() + "/seeds/004_b833a841c0c884f2.txt", docs / "good.txt");
  write_file(docs / "binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  write_file(docs / "latin1.md", "# J\xfcrgen Schmidt\n\nPublications\n\n"
                                 "### Learning to Forget\n\nNeurIPS 2000\n");
  write_file(docs / "empty.txt", "");
  CommandResult r = run_savant({"index", "--db", dir / "index", docs.string()});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("binary.txt: binary data"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("good.txt"), std::string::npos) << r.err;
  // Legacy encodings are text: the Latin-1 file is decoded, not rejected.
  EXPECT_EQ(r.err.find("latin1.md"), std::string::npos) << r.err;

  CommandResult search = run_savant({"search", "--db", dir / "index", "--format", "json", "MoE"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_EQ(name_set(nlohmann::json::parse(search.out)), std::set<std::string>{"Fuzhao Xue"});
  CommandResult latin = run_savant({"search", "--db", dir / "index", "--format", "json", "jurgen"});
  ASSERT_EQ(latin.exit_code, 0) << latin.err;
  EXPECT_EQ(name_set(nlohmann::json::parse(latin.out)), std::set<std::string>{"J\u00fcrgen Schmidt"});

  CommandResult missing = run_savant({"index", "--db", dir / "index", dir / "no-such-file.md"});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("no-such-file.md"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace savant::testing
