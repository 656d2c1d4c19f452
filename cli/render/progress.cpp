// SPDX-License-Identifier: MIT
// Progress bar drawing with carriage return and erase-line, throttled.
#include "cli/render/progress.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>

namespace savant::cli {
namespace {

// Ten redraws a second look smooth and cost nothing next to reading files.
constexpr double kRedrawInterval = 0.1;
constexpr std::string_view kEraseLine = "\r\033[K";

}  // namespace

double steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string format_duration(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  if (total >= 3600) {
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  }
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

ProgressBar::ProgressBar(Sink sink, std::size_t columns, Clock clock)
    : sink_(std::move(sink)), columns_(columns), clock_(std::move(clock)), started_(clock_()) {}

std::string ProgressBar::render(std::size_t done, std::size_t total, double elapsed,
                                std::size_t columns) {
  const double rate = elapsed > 0.0 ? static_cast<double>(done) / elapsed : 0.0;
  std::string eta = "--:--";
  if (rate > 0.0 && done <= total) eta = format_duration(static_cast<double>(total - done) / rate);
  const std::string counts =
      fmt::format("  {}/{} files  {:.1f} files/s  ETA {}", done, total, rate, eta);
  // The bar takes what the counts leave, between 10 and 40 columns; on a very
  // narrow terminal the counts alone.
  if (columns < counts.size() + 12) return counts.substr(2, columns);
  const std::size_t width = std::min<std::size_t>(40, columns - counts.size() - 2);
  const std::size_t filled = total == 0 ? width : std::min(width, done * width / total);
  std::string bar(filled, '=');
  if (filled < width) bar += '>';
  bar.resize(width, ' ');
  return "[" + bar + "]" + counts;
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  const double now = clock_();
  if (done < total && last_draw_ >= 0.0 && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  shown_ = true;
  sink_(std::string(kEraseLine) + render(done, total, now - started_, columns_));
}

void ProgressBar::clear() {
  if (!shown_) return;
  sink_(kEraseLine);
  shown_ = false;
  last_draw_ = -1.0;
}

}  // namespace savant::cli
