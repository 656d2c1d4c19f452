// SPDX-License-Identifier: MIT
// Where the index path and ranking settings come from, and in which order.
#include "cli/settings.hpp"

#include "tests/support/temp_dir.hpp"
#include "tests/unit/cli/error_of.hpp"
#include "tests/unit/cli/fake_env.hpp"

#include <gtest/gtest.h>

#include <map>

namespace savant::testing {
namespace {

class SettingsOrder : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "xdg" / "savant" / "config",
               "db = from-user-file\nranking.decay = 0.5\n");
    write_file(dir_.path() / "other.cfg", "db = from-config-flag\n");
    vars_ = {{"XDG_CONFIG_HOME", dir_ / "xdg"}};
  }

  cli::Settings resolve(const std::string& db_flag, const std::string& config_flag) {
    return cli::resolve_settings(db_flag, config_flag, fake_env(vars_));
  }

  TempDir dir_;
  std::map<std::string, std::string> vars_;
};

TEST_F(SettingsOrder, EachSourceOverridesTheOneBefore) {
  EXPECT_EQ(resolve("", "").db, "from-user-file");
  EXPECT_EQ(resolve("", dir_ / "other.cfg").db, "from-config-flag");
  vars_["SAVANT_DB"] = "from-environment";
  EXPECT_EQ(resolve("", dir_ / "other.cfg").db, "from-environment");
  EXPECT_EQ(resolve("from-db-flag", dir_ / "other.cfg").db, "from-db-flag");
  // The other file sets no ranking: the user's decay stays.
  EXPECT_EQ(resolve("", dir_ / "other.cfg").ranking, (RankingSettings{{"decay", 0.5}}));
}

TEST_F(SettingsOrder, WithoutAnyFileTheDefaultIndexIsSavantIndex) {
  vars_ = {{"HOME", dir_ / "nobody"}};
  EXPECT_EQ(resolve("", "").db, "savant-index");
  EXPECT_TRUE(resolve("", "").ranking.empty());
}

TEST_F(SettingsOrder, AMissingConfigFlagFileIsAnError) {
  Error e = error_of([&] { resolve("", dir_ / "nope.cfg"); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
  EXPECT_TRUE(contains(e.what(), "nope.cfg")) << e.what();
}

TEST(RankingFlags, OverrideByName) {
  RankingSettings ranking{{"decay", 0.5}};
  cli::apply_ranking_flags({"decay=0.25", "co_author=0.5"}, ranking);
  EXPECT_EQ(ranking, (RankingSettings{{"decay", 0.25}, {"co_author", 0.5}}));
}

TEST(RankingFlags, RejectMalformedArguments) {
  for (const char* flag : {"decay", "=0.5", "decay=", "colour=2", "decay=-1"}) {
    RankingSettings ranking;
    Error e = error_of([&] { cli::apply_ranking_flags({flag}, ranking); });
    EXPECT_EQ(e.category(), ErrorCategory::usage) << flag;
  }
}

}  // namespace
}  // namespace savant::testing
