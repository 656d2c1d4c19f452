// SPDX-License-Identifier: MIT
// The configuration file through the real binary: default index path and
// ranking settings, and what overrides them.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

namespace savant::testing {
namespace {

// The variables that steer configuration, set in this process for the test's
// length: run_savant() adds variables to the child's environment but cannot
// replace one the test process already has (HOME, say).
class CliConfig : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "SAVANT_DB"}) {
      const char* value = std::getenv(name);
      if (value != nullptr) saved_[name] = value;
      unsetenv(name);
    }
  }

  void TearDown() override {
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "SAVANT_DB"}) {
      auto it = saved_.find(name);
      if (it != saved_.end()) {
        setenv(name, it->second.c_str(), 1);
      } else {
        unsetenv(name);
      }
    }
  }

  // A user configuration under XDG_CONFIG_HOME holding `text`.
  std::vector<std::string> user_config(const std::string& text) {
    write_file(dir_.path() / "xdg" / "savant" / "config", text);
    return {"XDG_CONFIG_HOME=" + (dir_ / "xdg")};
  }

  double top_score(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    std::vector<std::string> full{"search", "--format", "json", "translation"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full, env);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0
               ? nlohmann::json::parse(r.out).at("results")[0].at("score").get<double>()
               : -1.0;
  }

  TempDir dir_;
  std::map<std::string, std::string> saved_;
};

TEST_F(CliConfig, UserFileGivesTheDefaultIndex) {
  auto env = user_config("# where my index lives\ndb = " + seed_index() + "\n");
  CommandResult r = run_savant({"stats", "--format", "json"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out).at("researchers"), 4);
}

TEST_F(CliConfig, HomeConfigIsTheFallback) {
  write_file(dir_.path() / "home" / ".config" / "savant" / "config", "db = ~/elsewhere\n");
  CommandResult r = run_savant({"stats"}, {"HOME=" + (dir_ / "home")});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find(dir_ / "home/elsewhere"), std::string::npos) << r.err;
}

TEST_F(CliConfig, EnvironmentAndOptionsOverrideTheFile) {
  auto env = user_config("db = " + (dir_ / "not-an-index") + "\n");
  EXPECT_EQ(run_savant({"stats"}, env).exit_code, 4);
  EXPECT_EQ(run_savant({"stats", "--db", seed_index()}, env).exit_code, 0);
  env.push_back("SAVANT_DB=" + seed_index());
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
  EXPECT_EQ(r.err.rfind("savant: " + (dir_ / "xdg/savant/config") +
                            ":3: unknown ranking setting 'fame' (known: publication, experience, ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
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
