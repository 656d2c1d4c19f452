// SPDX-License-Identifier: MIT
// Tests for reading education entries.
#include "indexer/extract/education_parser.hpp"

#include "indexer/extract/entries.hpp"
#include "indexer/extract/line_model.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct EducationCase {
  const char* text;
  const char* organisation;
  const char* position;
  const char* dates;
  int year;
  const char* text_out;
};

class EducationParser : public ::testing::TestWithParam<EducationCase> {};

TEST_P(EducationParser, ReadsEntry) {
  const EducationCase& c = GetParam();
  std::vector<Line> lines = build_lines(c.text);
  std::optional<Evidence> e = parse_education(lines);
  ASSERT_TRUE(e.has_value()) << c.text;
  EXPECT_EQ(e->kind, EvidenceKind::education);
  EXPECT_EQ(e->organisation, c.organisation);
  EXPECT_EQ(e->position, c.position);
  EXPECT_EQ(e->dates, c.dates);
  EXPECT_EQ(e->year, c.year);
  EXPECT_EQ(e->text, c.text_out);
}

INSTANTIATE_TEST_SUITE_P(
    Entries, EducationParser,
    ::testing::Values(
        EducationCase{"### Peking University\n*MS in Computer Technology* - GPA: 3.52/4\n"
                      "Sep. 2021 - Jun. 2024\n*Beijing, China*",
                      "Peking University", "MS in Computer Technology", "Sep. 2021 - Jun. 2024",
                      2024, "Beijing, China"},
        EducationCase{"# University of Electronic Science and Technology of China\n"
                      "Sep. 2019 - Jul. 2023\nBachelor of Computer Science\nGPA: 3.91/4.00",
                      "University of Electronic Science and Technology of China",
                      "Bachelor of Computer Science", "Sep. 2019 - Jul. 2023", 2023,
                      "GPA: 3.91/4.00"},
        EducationCase{"# Master of Engineering (M.Eng.)\nNanyang Technological University\n"
                      "Jul. 2021\nDec. 2024 (expected)\nSingapore\n- Majored in CS",
                      "Nanyang Technological University", "Master of Engineering (M.Eng.)",
                      "Jul. 2021 - Dec. 2024 (expected)", 2024, "Singapore\nMajored in CS"},
        EducationCase{"- **PhD in Data Science**\n<br> La Sapienza, University of Rome.\n"
                      "<br> *[November 2022-Present]*",
                      "La Sapienza, University of Rome", "PhD in Data Science",
                      "November 2022 - Present", 0, ""},
        EducationCase{"B.S. in Physics, Peking University, 2015 - 2019", "Peking University",
                      "B.S. in Physics", "2015 - 2019", 2019, ""}));

TEST(EducationEntries, SplitsBareLinesAtTheNextInstitution) {
  std::vector<Line> lines = build_lines(
      "Peking University\n\nMS in Computer Technology - GPA: 3.52/4\n\nSep. 2021 - Jun. 2024\n\n"
      "Beijing, China\n\nHuangzhong University of Science and Technology\n\n"
      "BA in Translation and Interpreting\n\nWuhan, China\n");
  std::vector<LineRange> entries = split_entries(lines, education_entry_rules());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(lines[entries[1].begin].text, "Huangzhong University of Science and Technology");
}

}  // namespace
}  // namespace savant::indexer::detail
