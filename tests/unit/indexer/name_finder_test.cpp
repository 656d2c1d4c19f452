// SPDX-License-Identifier: MIT
// Tests for finding the researcher's name near the top of a document.
#include "indexer/extract/name_finder.hpp"

#include "indexer/extract/line_model.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct NameCase {
  const char* text;
  bool is_name;
};

class PersonNameShape : public ::testing::TestWithParam<NameCase> {};

TEST_P(PersonNameShape, AcceptsNamesOnly) {
  EXPECT_EQ(looks_like_person_name(GetParam().text), GetParam().is_name) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, PersonNameShape,
    ::testing::Values(NameCase{"XINYU ZHAO", true}, NameCase{"Fuzhao XUE", true},
                      NameCase{"Simiao Zuo", true}, NameCase{"Stan Z. Li", true},
                      NameCase{"Lonneke van der Plas", true}, NameCase{"Jill-Jênn Vie", true},
                      NameCase{"Researcher profile", false}, NameCase{"Curriculum Vitae", false},
                      NameCase{"Resume", false}, NameCase{"Peking University", false},
                      NameCase{"Log in to claim", false}, NameCase{"Trust snapshot", false},
                      NameCase{"Published Work", false}, NameCase{"Google Scholar", false},
                      NameCase{"11works", false}, NameCase{"Beijing, China", false},
                      NameCase{"Natural Language Processing", false}, NameCase{"John", false},
                      NameCase{"\xE5\xBC\xA0\xE4\xBC\x9F", true},  // 张伟
                      NameCase{"\xE5\xBC\xA0", false},             // one ideograph
                      NameCase{"A B C D E", false}));

std::string name_of(const char* text, std::vector<std::string> emails = {}) {
  std::vector<Line> lines = build_lines(text);
  return find_name(lines, emails, text);
}

TEST(NameFinder, TakesMarkdownHeadingInDisplayCase) {
  EXPECT_EQ(name_of("# XINYU ZHAO\n\nxinyuzhao@stu.pku.edu.cn\n"), "Xinyu Zhao");
  EXPECT_EQ(name_of("## Fuzhao XUE\n+65 1234 | xuefuzhao@outlook.com | Singapore\n"), "Fuzhao Xue");
}

TEST(NameFinder, TakesCjkHeadingAsIs) {
  EXPECT_EQ(name_of("# \xE5\xBC\xA0\xE4\xBC\x9F\n\nzw@example.cn\n"), "\xE5\xBC\xA0\xE4\xBC\x9F");
}

TEST(NameFinder, SkipsSiteChrome) {
  EXPECT_EQ(name_of("Researcher profile\n\nSimiao Zuo\n\nSimiao Zuo contributes to research.\n"
                    "Trust snapshot\nQuick read\nLog in to claim\n"),
            "Simiao Zuo");
}

TEST(NameFinder, PrefersTheCandidateTheEmailAgreesWith) {
  EXPECT_EQ(name_of("Machine Group\nJane Doe\n", {"jdoe@uni.edu"}), "Jane Doe");
  EXPECT_EQ(name_of("John Smith\n\nJane Doe\n", {"jane.doe@uni.edu"}), "Jane Doe");
}

TEST(NameFinder, NameFromAPartOfAContactLine) {
  EXPECT_EQ(name_of("Jane Doe | jane@x.org | Boston\n", {"jane@x.org"}), "Jane Doe");
}

TEST(NameFinder, AcademicTitlesAreNotPartOfTheName) {
  EXPECT_EQ(name_of("Dr.-Ing. Maximilian Raff\nM.Sc. Engineering Cybernetics\n"),
            "Maximilian Raff");
  EXPECT_EQ(name_of("Prof. Dr. Jane Doe\n"), "Jane Doe");
}

TEST(NameFinder, CjkFormAfterTheLatinNameIsLeftOut) {
  EXPECT_EQ(name_of("# Yiping Wang \xE7\x8E\x8B\xE5\xAE\x9C\xE5\xB9\xB3\n"), "Yiping Wang");
  EXPECT_EQ(name_of("# Shizhu He (\xE4\xBD\x95\xE4\xB8\x96\xE6\x9F\xB1)\n"), "Shizhu He");
}

TEST(NameFinder, NicknameInParenthesesIsKept) {
  EXPECT_TRUE(looks_like_person_name("Zhaoheng (Billy) Li"));
  EXPECT_EQ(name_of("# Zhaoheng (Billy) Li\n"), "Zhaoheng (Billy) Li");
  EXPECT_FALSE(looks_like_person_name("Peking University (PKU)"));
}

TEST(NameFinder, BiographyNamesItsSubject) {
  EXPECT_EQ(name_of("Jon Barron is a senior staff research scientist at Google DeepMind.\n"),
            "Jon Barron");
  EXPECT_EQ(biography_subject("Ercan E. Kuruoglu received MPhil and Ph.D. degrees in 1998."),
            "Ercan E. Kuruoglu");
  EXPECT_EQ(biography_subject("My research is about vision and language models."), "");
  EXPECT_EQ(biography_subject("Jon Barron"), "");
}

TEST(NameFinder, EmptyWhenNoLineQualifies) {
  EXPECT_EQ(name_of(""), "");
  EXPECT_EQ(name_of("I am a researcher in vision.\n"), "");
}

TEST(NameFinder, UnsupportedCandidateFarDownIsNoName) {
  EXPECT_EQ(name_of("Welcome to my page.\nWe meet on Monday.\nIn the big room.\nAt noon.\n"
                    "Amphi Chemla\n"),
            "");
}

}  // namespace
}  // namespace savant::indexer::detail
