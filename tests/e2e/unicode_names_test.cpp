// SPDX-License-Identifier: MIT
// Names keep their script for display and are found by their ASCII
// transliteration; CJK text is searchable.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace savant::testing {
namespace {

class UnicodeNames : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(
        dir_.path() / "docs" / "jm.md",
        "# Jürgen Müller\n\njm@example.org\n\n## Publications\n\n"
        "### Long Short-Term Memory for Machine Translation\n\nICML 2020\n\n*First Author*\n");
    write_file(dir_.path() / "docs" / "zw.md",
               "# 张伟\n\nzw@example.cn\n\n## Summary\n\n研究方向：机器翻译与信息检索。\n");
    CommandResult r =
        run_savant({"index", "--db", dir_ / "index", (dir_.path() / "docs").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  nlohmann::json search(const std::vector<std::string>& words) {
    std::vector<std::string> args{"search", "--db", dir_ / "index", "--format", "json"};
    args.insert(args.end(), words.begin(), words.end());
    CommandResult r = run_savant(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  TempDir dir_;
};

TEST_F(UnicodeNames, AccentedNameFoundByTransliteration) {
  for (const char* query : {"jurgen", "name:muller", "Jürgen", "name:müller"}) {
    auto results = search({query});
    ASSERT_EQ(results.at("total"), 1) << query;
    EXPECT_EQ(results.at("results")[0].at("name"), "Jürgen Müller") << query;
  }
}

TEST_F(UnicodeNames, CjkNameAndTextAreSearchable) {
  auto by_name = search({"name:zhang"});
  ASSERT_EQ(by_name.at("total"), 1);
  EXPECT_EQ(by_name.at("results")[0].at("name"), "张伟");
  auto by_script = search({"张伟"});
  EXPECT_EQ(by_script.at("total"), 1);
  auto by_text = search({"机器翻译"});
  EXPECT_EQ(by_text.at("total"), 1);
}

// Queries are folded as documents are (NFKC): full-width Latin typed by a
// CJK keyboard finds the ASCII words, and the same researchers.
TEST_F(UnicodeNames, FullWidthQueryFindsWhatAsciiFinds) {
  for (const auto& [wide, ascii] : std::vector<std::pair<std::string, std::string>>{
           {"\uFF2D\uFF41\uFF43\uFF48\uFF49\uFF4E\uFF45 \uFF34\uFF52\uFF41\uFF4E\uFF53"
            "\uFF4C\uFF41\uFF54\uFF49\uFF4F\uFF4E",
            "Machine Translation"},
           {"name:\uFF4D\uFF55\uFF4C\uFF4C\uFF45\uFF52", "name:muller"}}) {
    const auto by_ascii = search({ascii});
    ASSERT_EQ(by_ascii.at("total"), 1) << ascii;
    const auto by_wide = search({wide});
    EXPECT_EQ(by_wide.at("total"), 1) << wide;
    EXPECT_EQ(by_wide.at("results"), by_ascii.at("results")) << wide;
  }
}

}  // namespace
}  // namespace savant::testing
