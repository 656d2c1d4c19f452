// SPDX-License-Identifier: MIT
// The configuration file: syntax, keys, values, errors naming file and line.
#include "cli/config.hpp"

#include "tests/support/temp_dir.hpp"
#include "tests/unit/cli/error_of.hpp"
#include "tests/unit/cli/fake_env.hpp"

#include <gtest/gtest.h>

#include <map>

namespace savant::testing {
namespace {

using cli::ConfigFile;
using cli::parse_config;

TEST(Config, ReadsDbAndRankingSettings) {
  ConfigFile config = parse_config(
      "# my settings\n"
      "\n"
      "db = /data/cv-index\n"
      "  ranking.publication = 1.5  \n"
      "ranking.decay=0.25\n",
      "cfg");
  ASSERT_TRUE(config.db);
  EXPECT_EQ(*config.db, "/data/cv-index");
  EXPECT_EQ(config.ranking, (RankingSettings{{"publication", 1.5}, {"decay", 0.25}}));
}

TEST(Config, EmptyTextSetsNothing) {
  ConfigFile config = parse_config("", "cfg");
  EXPECT_FALSE(config.db);
  EXPECT_TRUE(config.ranking.empty());
}

TEST(Config, QuotedValuesAndHomeAreExpanded) {
  EXPECT_EQ(*parse_config("db = \"/path with spaces\"\n", "cfg").db, "/path with spaces");
  EXPECT_EQ(*parse_config("db = ~/cv-index\n", "cfg", fake_env({{"HOME", "/home/ada"}})).db,
            "/home/ada/cv-index");
}

TEST(Config, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  for (const Case& c : std::vector<Case>{
           {"db = x\ncolour = blue\n", "my.cfg:2: unknown key 'colour'"},
           {"\n\njust words\n", "my.cfg:3: expected 'key = value', not 'just words'"},
           {"ranking.fame = 2\n", "my.cfg:1: unknown ranking setting 'fame'"},
           {"ranking.decay = lots\n",
            "my.cfg:1: ranking setting 'decay' needs a number, not 'lots'"},
           {"ranking.decay = 1.5\n", "my.cfg:1: ranking setting 'decay' must be in (0, 1]"},
           {"ranking.max_units = 2.5\n",
            "my.cfg:1: ranking setting 'max_units' must be an integer"},
           {"db =\n", "my.cfg:1: db needs a path"},
       }) {
    Error e = error_of([&] { parse_config(c.text, "my.cfg"); });
    EXPECT_EQ(e.category(), ErrorCategory::usage) << c.text;
    EXPECT_TRUE(contains(e.what(), c.message)) << e.what();
  }
}

TEST(Config, UserPathFollowsXdgThenHome) {
  EXPECT_EQ(cli::user_config_path(fake_env({{"XDG_CONFIG_HOME", "/x"}, {"HOME", "/h"}})),
            "/x/savant/config");
  EXPECT_EQ(cli::user_config_path(fake_env({{"XDG_CONFIG_HOME", ""}, {"HOME", "/h"}})),
            "/h/.config/savant/config");
  EXPECT_EQ(cli::user_config_path(fake_env({})), "");
}

TEST(Config, ReadConfigNamesAnUnreadableFile) {
  TempDir dir;
  Error e = error_of([&] { cli::read_config(dir / "missing"); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
  EXPECT_TRUE(contains(e.what(), dir / "missing")) << e.what();
}

TEST(Config, MergeLetsTheLaterFileWin) {
  ConfigFile base = parse_config("db = a\nranking.decay = 0.5\nranking.skills = 0.1\n", "a");
  cli::merge_config(base, parse_config("ranking.decay = 0.75\n", "b"));
  EXPECT_EQ(*base.db, "a");
  EXPECT_EQ(base.ranking, (RankingSettings{{"decay", 0.75}, {"skills", 0.1}}));
}

}  // namespace
}  // namespace savant::testing
