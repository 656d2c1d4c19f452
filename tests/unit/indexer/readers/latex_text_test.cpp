// SPDX-License-Identifier: MIT
// Tests of LaTeX inline markup to Unicode text.
#include "indexer/readers/latex_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

struct Case {
  const char* latex;
  const char* text;
};

class LatexToText : public ::testing::TestWithParam<Case> {};

TEST_P(LatexToText, Converts) {
  EXPECT_EQ(latex_to_text(GetParam().latex), GetParam().text) << GetParam().latex;
}

INSTANTIATE_TEST_SUITE_P(
    Accents, LatexToText,
    ::testing::Values(Case{"M{\\\"u}ller", "Müller"}, Case{"M\\\"{u}ller", "Müller"},
                      Case{"M\\\"uller", "Müller"}, Case{"Caf\\'e", "Café"},
                      Case{"Jos{\\'e}", "José"}, Case{"Garc{\\'\\i}a", "García"},
                      Case{"Garc\\'{\\i}a", "García"}, Case{"Stra{\\ss}e", "Straße"},
                      Case{"Fran\\c{c}ois", "François"}, Case{"Fran\\c cois", "François"},
                      Case{"J{\\o}rgensen", "Jørgensen"}, Case{"Ga{\\l}ecki", "Gałecki"},
                      Case{"Dvo\\v{r}\\'ak", "Dvořák"}, Case{"Erd\\H{o}s", "Erdős"},
                      Case{"\\`a la", "à la"}, Case{"Micha{\\'L}", "MichaĹ"},
                      Case{"{\\aa}ngstr{\\\"o}m", "ångström"}, Case{"na\\~{n}o", "naño"}));

INSTANTIATE_TEST_SUITE_P(
    Commands, LatexToText,
    ::testing::Values(
        Case{"Pages 12--34", "Pages 12–34"}, Case{"a---b", "a—b"}, Case{"A~B", "A B"},
        Case{"Taylor \\& Francis", "Taylor & Francis"}, Case{"19\\% of", "19% of"},
        Case{"\\emph{Deep} \\textbf{learning}", "Deep learning"},
        Case{"{\\bf Smith}, J.", "Smith, J."}, Case{"{GenLit}: Relighting", "GenLit: Relighting"},
        Case{"\\href{https://x.org}{Link text}", "Link text"},
        Case{"\\url{https://x.org/a\\_b}", "https://x.org/a_b"},
        Case{"[$^{11}$C]PBR28", "[11C]PBR28"}, Case{"\\textsuperscript{*}", "*"},
        Case{"``quoted''", "\"quoted\""}, Case{"\\vspace{2mm}Text\\hfill more", "Text more"},
        Case{"\\unknown{kept} text", "kept text"}, Case{"\\ce{CH4} flux", "CH4 flux"},
        Case{"\\textcolor{red}{Hot} topic", "Hot topic"}, Case{"$\\alpha$-decay", "α-decay"},
        Case{"\\nth{1} place", "1st place"}, Case{"line\\\\next", "line next"}));

TEST(LatexText, KeepsLineBreaksWhenAsked) {
  LatexTextOptions options;
  options.keep_line_breaks = true;
  EXPECT_EQ(latex_to_text("one\\\\two\n\nthree\nfour", options), "one\ntwo\n\nthree four");
  EXPECT_EQ(latex_to_text("a & b \\\\ c & d", options), "a | b\nc | d");
}

TEST(LatexText, StripsCommentsButNotEscapedPercent) {
  EXPECT_EQ(strip_latex_comments("50\\% done % a comment\nnext"), "50\\% done next");
  EXPECT_EQ(strip_latex_comments("% whole line\ntext\n"), "text\n");
}

TEST(LatexText, DropsDefinitionsAndLayoutArguments) {
  EXPECT_EQ(latex_to_text("\\newcommand{\\foo}[1]{#1 bar}Text"), "Text");
  EXPECT_EQ(latex_to_text("\\begin{tabular}{ll}a\\end{tabular}"), "a");
  EXPECT_EQ(latex_to_text("\\setlength\\itemsep{1pt}Item"), "Item");
}

TEST(LatexText, ReadsGroupsAndControlWords) {
  std::string text = "\\cmd {one {two}} [opt]";
  std::size_t pos = 4;
  std::optional<std::string_view> group = read_brace_group(text, pos);
  ASSERT_TRUE(group.has_value());
  EXPECT_EQ(*group, "one {two}");
  std::optional<std::string_view> opt = read_bracket_group(text, pos);
  ASSERT_TRUE(opt.has_value());
  EXPECT_EQ(*opt, "opt");
  EXPECT_EQ(control_word_at(text, 0), "cmd");
  std::size_t bad = 0;
  EXPECT_FALSE(read_brace_group("{unclosed", bad).has_value());
  EXPECT_EQ(bad, 0u);
}

}  // namespace
}  // namespace savant::indexer
