// SPDX-License-Identifier: MIT
// Tests for section heading recognition and classification.
#include "indexer/extract/sections.hpp"

#include "indexer/extract/line_model.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct HeadingCase {
  const char* text;
  std::optional<SectionKind> kind;
};

class SectionClassifier : public ::testing::TestWithParam<HeadingCase> {};

TEST_P(SectionClassifier, ClassifiesHeadingText) {
  EXPECT_EQ(classify_heading(GetParam().text), GetParam().kind) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Headings, SectionClassifier,
    ::testing::Values(
        HeadingCase{"Education", SectionKind::education},
        HeadingCase{"EDUCATION", SectionKind::education},
        HeadingCase{"Publications", SectionKind::publications},
        HeadingCase{"Selected Publications", SectionKind::publications},
        HeadingCase{"Published work", SectionKind::publications},
        HeadingCase{"HIGHLIGHT RESEARCH", SectionKind::publications},
        HeadingCase{"Research Experiences", SectionKind::experience},
        // "Research" alone: interests or a home page's paper list, summary evidence.
        HeadingCase{"Research", SectionKind::summary},
        HeadingCase{"RESEARCH", SectionKind::summary},
        HeadingCase{"INDUSTRY RESEARCH EXPERIENCE", SectionKind::experience},
        HeadingCase{"Work Experience:", SectionKind::experience},
        HeadingCase{"PROJECTS", SectionKind::projects},
        HeadingCase{"TECHNICAL SKILLS", SectionKind::skills},
        HeadingCase{"Relevant Courses", SectionKind::skills},
        HeadingCase{"Summary", SectionKind::summary},
        HeadingCase{"RESEARCH INTEREST", SectionKind::summary},
        HeadingCase{"Honors & Awards", SectionKind::summary},
        HeadingCase{"SERVICES", SectionKind::summary},
        HeadingCase{"\xF0\x9F\x8E\x93 Education", SectionKind::education},
        HeadingCase{"Contact Information", SectionKind::ignored},
        HeadingCase{"Work in Progress", SectionKind::publications},
        HeadingCase{"Fist-Author Publications", SectionKind::publications},
        HeadingCase{"First-Author Publications", SectionKind::publications},
        HeadingCase{"Pubications", SectionKind::publications},
        HeadingCase{"Publicatons", SectionKind::publications},
        HeadingCase{"Papers", SectionKind::publications}, HeadingCase{"Capers", std::nullopt},
        HeadingCase{"Fist-Author Publications of Note", std::nullopt},
        HeadingCase{"Peking University", std::nullopt},
        HeadingCase{"Trust snapshot", std::nullopt}, HeadingCase{"Research graph", std::nullopt},
        HeadingCase{"Learning from Experience", std::nullopt},
        HeadingCase{"Towards Building Reliable Language Models with Sparse Mixture-of-Experts",
                    std::nullopt}));

std::vector<std::string> headings(const SectionLayout& layout) {
  std::vector<std::string> out;
  for (const Section& s : layout.sections) out.push_back(s.heading);
  return out;
}

TEST(SectionFinder, RecognisesAllCapsHeading) {
  std::vector<Line> lines = build_lines("# DAIZE DONG\n#### EDUCATION\n# University of X\n");
  SectionLayout layout = find_sections(lines);
  ASSERT_EQ(layout.sections.size(), 1u);
  EXPECT_EQ(layout.sections[0].kind, SectionKind::education);
  EXPECT_EQ(layout.preamble_end, 1u);
  EXPECT_EQ(layout.sections[0].begin, 2u);
  EXPECT_EQ(layout.sections[0].end, 3u);
}

TEST(SectionFinder, RecognisesBareHeadingLinesOfPdfText) {
  std::vector<Line> lines = build_lines(
      "Education\n\nPeking University\n\nPublications\n\nSome Paper Title ICLR 2024\n\n"
      "Research Experiences\n\nInternship: Baidu\n\nAwards\n\nNational Scholarship\n");
  EXPECT_EQ(
      headings(find_sections(lines)),
      (std::vector<std::string>{"Education", "Publications", "Research Experiences", "Awards"}));
}

TEST(SectionFinder, EntryHeadingsInsideSectionsAreNotSections) {
  std::vector<Line> lines = build_lines(
      "## Education\n### Peking University\n## Publications\n### Sparse MoE with Routing\n"
      "## Awards\n### National Scholarship\n");
  EXPECT_EQ(headings(find_sections(lines)),
            (std::vector<std::string>{"Education", "Publications", "Awards"}));
}

TEST(SectionFinder, UnknownHeadingStyledLikeKnownOnesOpensSummarySection) {
  std::vector<Line> lines = build_lines("## Education\nPhD\n## Hobbies\nClimbing\n");
  SectionLayout layout = find_sections(lines);
  ASSERT_EQ(layout.sections.size(), 2u);
  EXPECT_EQ(layout.sections[1].heading, "Hobbies");
  EXPECT_EQ(layout.sections[1].kind, SectionKind::summary);
}

// aramezani__cv.pdf: an entry's bracketed note broken over two lines at a page
// break, "[Disciplinary / Diversity and Integration Award]", left its second
// line looking like an "Awards" heading; the rest of the list became a summary.
TEST(SectionFinder, LineClosingABracketOpenedAboveIsNotAHeading) {
  std::vector<Line> lines = build_lines(
      "**Publications**\nRamezani, A. (2025). Visual moral inference. **[Disciplinary**\n"
      "**Diversity and Integration Award]**\nRamezani, A. (2023). Moral norms. ACL.\n"
      "**Awards**\nGraduate fellowship, 2021.\n");
  SectionLayout layout = find_sections(lines);
  ASSERT_EQ(layout.sections.size(), 2u);
  EXPECT_EQ(layout.sections[0].kind, SectionKind::publications);
  EXPECT_EQ(layout.sections[1].heading, "Awards");
  // A heading with its own parenthesis is still one: "Awards (selected)".
  EXPECT_EQ(find_sections(build_lines("**Awards (selected)**\nGraduate fellowship, 2021.\n"))
                .sections.size(),
            1u);
}

TEST(SectionFinder, PageChromeBeforeTheFirstSectionIsPreamble) {
  std::vector<Line> lines = build_lines(
      "Researcher profile\n\nSimiao Zuo\n\nTrust snapshot\n\n11works\n0followers\n\n"
      "Log in to claim\n\nPublished work\n\n11 published item(s)\n");
  SectionLayout layout = find_sections(lines);
  ASSERT_EQ(layout.sections.size(), 1u);
  EXPECT_EQ(layout.sections[0].kind, SectionKind::publications);
  EXPECT_EQ(lines[layout.preamble_end].text, "Published work");
}

TEST(SectionFinder, CurriculumVitaeTitleKeepsTheNameInThePreamble) {
  std::vector<Line> lines = build_lines(
      "# Curriculum Vitae\n\nDavid Sanson\nDepartment of Philosophy\n\n# Employment\n\n"
      "- Assistant Professor, 2005-present.\n");
  SectionLayout layout = find_sections(lines);
  EXPECT_EQ(lines[layout.preamble_end].text, "Employment");
}

TEST(SectionFinder, NoHeadingsMeansAllPreamble) {
  std::vector<Line> lines = build_lines("Jon Barron is a scientist.\nHe works on vision.\n");
  SectionLayout layout = find_sections(lines);
  EXPECT_TRUE(layout.sections.empty());
  EXPECT_EQ(layout.preamble_end, lines.size());
}

}  // namespace
}  // namespace savant::indexer::detail
