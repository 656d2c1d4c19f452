// SPDX-License-Identifier: MIT
// The configuration file through the real binary: default index path and
// ranking settings, and what overrides them.
#include <gtest/gtest.h>

#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

namespace savant::testing {
namespace {

class CliConfig : public ::testing::Test {
 protected:
  // A user configuration under XDG_CONFIG_HOME holding `text`.
  std::vector<std::string> user_config(const std::string& text) {
    write_file(dir_.path() / "xdg" / "savant" / "config", text);
    return {"XDG_CONFIG_HOME=" + (dir_ / "xdg"), "SAVANT_DB="};
  }

  double top_score(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    std::vector<std::string> full{"search", "--format", "json", "translation"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full, env);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? nlohmann::json::parse(r.out).at("results")[0].at("score").get<double>()
                            : -1.0;
  }

  TempDir dir_;
};

TEST_F(CliConfig, UserFileGivesTheDefaultIndex) {
  auto env = user_config("# where my index lives\ndb = " + seed_index() + "\n");
  CommandResult r = run_savant({"stats", "--format", "json"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out).at("researchers"), 4);
}

TEST_F(CliConfig, HomeConfigIsTheFallback) {
  write_file(dir_.path() / "home" / ".config" / "savant" / "config", "db = ~/elsewhere\n");
  CommandResult r = run_savant({"stats"}, {"XDG_CONFIG_HOME=", "HOME=" + (dir_ / "home"), "SAVANT_DB="});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find(dir_ / "home/elsewhere"), std::string::npos) << r.err;
}

TEST_F(CliConfig, EnvironmentAndOptionsOverrideTheFile) {
  auto env = user_config("db = " + (dir_ / "not-an-index") + "\n");
  EXPECT_EQ(run_savant({"stats"}, env).exit_code, 4);
  EXPECT_EQ(run_savant({"stats", "--db", seed_index()}, env).exit_code, 0);
  env.back() = "SAVANT_DB=" + seed_index();
  EXPECT_EQ(run_savant({"stats"}, env).exit_code, 0);
  write_file(dir_.path() / "other.cfg", "db = " + (dir_ / "also-not-an-index") + "\n");
  CommandResult r = run_savant({"stats", "--config", dir_ / "other.cfg"}, user_config(""));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("also-not-an-index"), std::string::npos) << r.err;
}

TEST_F(CliConfig, RankingSettingsFromFileThenCommandLine) {
  const std::vector<std::string> db{"--db", seed_index()};
  const double plain = top_score(db, user_config(""));
  const double halved = top_score(db, user_config("ranking.publication = 0.5\n"));
  EXPECT_LT(halved, plain);
  std::vector<std::string> overridden = db;
  overridden.insert(overridden.end(), {"--ranking", "publication=1"});
  EXPECT_DOUBLE_EQ(top_score(overridden, user_config("ranking.publication = 0.5\n")), plain);
}

TEST_F(CliConfig, MistakesNameFileAndLineAndExitOne) {
  auto env = user_config("db = x\n\nranking.fame = 3\n");
  CommandResult r = run_savant({"search", "moe"}, env);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "savant: " + (dir_ / "xdg/savant/config") +
                       ":3: unknown ranking setting 'fame' (known: publication, experience, "
                       "summary, education, skills, first_author, co_first_author, co_author, "
                       "unknown_role, published, preprint, under_review, unknown_status, "
                       "half_life_years, recency_floor, reference_year, decay, max_units)\n");
  CommandResult key = run_savant({"stats"}, user_config("colour = blue\n"));
  EXPECT_EQ(key.exit_code, 1);
  EXPECT_NE(key.err.find("config:1: unknown key 'colour'"), std::string::npos) << key.err;
  CommandResult missing = run_savant({"stats", "--config", dir_ / "nope"}, user_config(""));
  EXPECT_EQ(missing.exit_code, 1);
  CommandResult flag =
      run_savant({"search", "--db", seed_index(), "--ranking", "decay=2", "moe"}, user_config(""));
  EXPECT_EQ(flag.exit_code, 1);
  EXPECT_NE(flag.err.find("ranking setting 'decay' must be in (0, 1], not 2"), std::string::npos)
      << flag.err;
}

}  // namespace
}  // namespace savant::testing
