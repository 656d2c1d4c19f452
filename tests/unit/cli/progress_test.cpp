// SPDX-License-Identifier: MIT
// The indexing progress bar: its text, its throttling, and erasing it.
#include "cli/render/progress.hpp"

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

using cli::ProgressBar;

TEST(ProgressBar, ShowsCountsRateAndTimeLeft) {
  // 38 columns of counts leave the bar its widest, 40.
  EXPECT_EQ(ProgressBar::render(10, 40, 2.0, 80),
            "[==========>                             ]  10/40 files  5.0 files/s  ETA 0:06");
  EXPECT_EQ(ProgressBar::render(40, 40, 4.0, 80),
            "[========================================]  40/40 files  10.0 files/s  ETA 0:00");
}

TEST(ProgressBar, UnknownRateHasNoEta) {
  EXPECT_EQ(ProgressBar::render(0, 3, 0.0, 60),
            "[>                      ]  0/3 files  0.0 files/s  ETA --:--");
}

TEST(ProgressBar, FitsTheTerminal) {
  for (std::size_t columns : {20u, 45u, 60u, 100u, 200u}) {
    EXPECT_LE(ProgressBar::render(123, 4567, 12.5, columns).size(), columns) << columns;
  }
}

TEST(ProgressBar, LongRunsShowHours) {
  EXPECT_EQ(cli::format_duration(59.6), "1:00");
  EXPECT_EQ(cli::format_duration(3725), "1:02:05");
}

TEST(ProgressBar, RedrawsAtMostTenTimesASecondButAlwaysAtTheEnd) {
  double now = 0.0;
  int draws = 0;
  std::string last;
  ProgressBar bar(
      [&](std::string_view s) {
        ++draws;
        last = s;
      },
      80, [&] { return now; });
  for (std::size_t done = 1; done <= 100; ++done) {
    now += 0.01;  // a hundred files a second
    bar.update(done, 100);
  }
  EXPECT_GE(draws, 9);
  EXPECT_LE(draws, 11);
  EXPECT_NE(last.find("100/100 files"), std::string::npos) << last;
  EXPECT_EQ(last.rfind("\r\033[K", 0), 0u);
}

TEST(ProgressBar, ClearErasesTheLineOnlyWhenShown) {
  std::string out;
  ProgressBar bar([&](std::string_view s) { out += s; }, 80, [] { return 0.0; });
  bar.clear();
  EXPECT_EQ(out, "");
  bar.update(1, 2);
  out.clear();
  bar.clear();
  EXPECT_EQ(out, "\r\033[K");
}

}  // namespace
}  // namespace savant::testing
