// SPDX-License-Identifier: MIT
// Tests for years and date ranges.
#include "indexer/extract/dates.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct DateCase {
  const char* text;
  const char* expected;  // "" when no date
  int last_year;
  bool date_line;
};

class DateFinder : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateFinder, FindsRangesAndYears) {
  const DateCase& c = GetParam();
  std::optional<DateSpan> span = find_date(c.text);
  if (std::string(c.expected).empty()) {
    EXPECT_FALSE(span.has_value()) << c.text;
  } else {
    ASSERT_TRUE(span.has_value()) << c.text;
    EXPECT_EQ(span->text, c.expected);
    EXPECT_EQ(span->last_year, c.last_year);
  }
  EXPECT_EQ(is_date_line(c.text), c.date_line) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, DateFinder,
    ::testing::Values(DateCase{"Sep. 2021 - Jun. 2024", "Sep. 2021 - Jun. 2024", 2024, true},
                      DateCase{"Jan. 2023-Present", "Jan. 2023 - Present", 0, true},
                      DateCase{"Oct. 2019-Apr. 2020", "Oct. 2019 - Apr. 2020", 2020, true},
                      DateCase{"*[January 2022 - November 2022]*", "January 2022 - November 2022",
                               2022, true},
                      DateCase{"2019 to 2021", "2019 to 2021", 2021, true},
                      DateCase{"Dec. 2024 (expected)", "Dec. 2024", 2024, true},
                      DateCase{"Jun. 2021", "Jun. 2021", 2021, true},
                      DateCase{"Research Intern, Google, 2019 - 2020", "2019 - 2020", 2020, false},
                      DateCase{"GPA: 3.52/4", "", 0, false},
                      DateCase{"Scaling to 1B parameters", "", 0, false}));

// is_date_line() turns away lines with more letters than the longest date
// and what may stand beside it before any regex: at that bound, still a date line.
TEST(DateLine, TheLongestDateWithSixteenLettersBesideIsADateLine) {
  EXPECT_TRUE(is_date_line("September 2019 until September 2020, Saint-Petersburgh"));
  EXPECT_TRUE(is_date_line("(Saint-Petersburgh) september 2019 until september 2020"));
  EXPECT_FALSE(is_date_line("September 2019 until September 2020, Saint-Petersburghs"));
  EXPECT_FALSE(is_date_line("Deep learning for graphs. In Proceedings of ICML, 2021."));
}

TEST(YearFinder, FindsGluedAndBracketedYears) {
  std::vector<YearHit> years = find_years("preprint2026arXiv (ACL 2023) 12345 3.2019 1949");
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].year, 2026);
  EXPECT_EQ(years[1].year, 2023);
}

TEST(DateSpan, RemoveSpanLeavesTheRest) {
  std::string text = "LLaMA-MoE project [Jul. 2023 - Dec. 2023]";
  std::optional<DateSpan> span = find_date(text);
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(remove_span(text, *span), "LLaMA-MoE project");
}

}  // namespace
}  // namespace savant::indexer::detail
