// SPDX-License-Identifier: MIT
// Tests for reading experience and project entries.
#include "indexer/extract/experience_parser.hpp"

#include "indexer/extract/line_model.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

std::optional<Evidence> parse_entry(const char* text, bool project = false) {
  std::vector<Line> lines = build_lines(text);
  return parse_experience(lines, project);
}

struct ExperienceCase {
  const char* text;
  const char* title;
  const char* organisation;
  const char* position;
  const char* dates;
  int year;
  const char* text_out;
};

class ExperienceParser : public ::testing::TestWithParam<ExperienceCase> {};

TEST_P(ExperienceParser, ReadsEntry) {
  const ExperienceCase& c = GetParam();
  std::optional<Evidence> e = parse_entry(c.text);
  ASSERT_TRUE(e.has_value()) << c.text;
  EXPECT_EQ(e->kind, EvidenceKind::experience);
  EXPECT_EQ(e->title, c.title);
  EXPECT_EQ(e->organisation, c.organisation);
  EXPECT_EQ(e->position, c.position);
  EXPECT_EQ(e->dates, c.dates);
  EXPECT_EQ(e->year, c.year);
  EXPECT_EQ(e->text, c.text_out);
}

INSTANTIATE_TEST_SUITE_P(
    Entries, ExperienceParser,
    ::testing::Values(
        ExperienceCase{"### Internship: Baidu Search Ads | *Multimodal Deep Learning*\n"
                       "Nov. 2022 - Jun. 2023\n- Scaling the model\n- Training efficiency",
                       "Internship: Baidu Search Ads | Multimodal Deep Learning",
                       "Baidu Search Ads", "Internship", "Nov. 2022 - Jun. 2023", 2023,
                       "Scaling the model\nTraining efficiency"},
        ExperienceCase{"# OpenGVLab, Shanghai Artificial Intelligence Laboratory\n"
                       "Jul. 2023 - Present\nResearch Assistant\nInstructor: Dr. Xiaoye Qu\n"
                       "- Explored MoE",
                       "OpenGVLab, Shanghai Artificial Intelligence Laboratory",
                       "OpenGVLab, Shanghai Artificial Intelligence Laboratory",
                       "Research Assistant", "Jul. 2023 - Present", 0,
                       "Instructor: Dr. Xiaoye Qu\nExplored MoE"},
        ExperienceCase{"# NVIDIA | Work Remotely from Singapore Research Intern\n"
                       "Jan. 2023-Present\nIn charge of scaling.\n- Training video models",
                       "NVIDIA | Work Remotely from Singapore Research Intern", "NVIDIA",
                       "Research Intern", "Jan. 2023 - Present", 0,
                       "In charge of scaling.\nTraining video models"},
        ExperienceCase{"- **Research Fellow at ISPAMM Lab Sapienza.** Works on NLP.\n"
                       "<br> *[January 2022 - November 2022]*",
                       "Research Fellow at ISPAMM Lab Sapienza", "ISPAMM Lab Sapienza",
                       "Research Fellow", "January 2022 - November 2022", 2022, "Works on NLP"},
        ExperienceCase{"2019 - 2021\nGoogle Research | Software Engineer\n- Built search",
                       "Google Research | Software Engineer", "Google Research",
                       "Software Engineer", "2019 - 2021", 2021, "Built search"}));

TEST(ExperienceParser, ProjectsHaveNoEmployer) {
  std::optional<Evidence> e = parse_entry(
      "### LLaMA-MoE: Building Mixture-of-Experts from LLaMA. [Code]\n"
      "Jul. 2023 - Dec. 2023\nUnder Review by ACL 2024.\n- Conducted research",
      true);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->title, "LLaMA-MoE: Building Mixture-of-Experts from LLaMA");
  EXPECT_EQ(e->organisation, "");
  EXPECT_EQ(e->position, "");
  EXPECT_EQ(e->year, 2023);
  EXPECT_EQ(e->text, "Under Review by ACL 2024.\nConducted research");
}

TEST(ExperienceParser, EmptyEntryIsNothing) {
  EXPECT_FALSE(parse_experience({}, false).has_value());
}

}  // namespace
}  // namespace savant::indexer::detail
