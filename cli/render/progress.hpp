// SPDX-License-Identifier: MIT
// The progress bar `savant index` draws on a terminal's stderr: files done of
// the total, files per second and time left, redrawn at most ten times a second.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace savant::cli {

class ProgressBar {
 public:
  /// Seconds on a monotonic clock.
  using Clock = std::function<double()>;
  /// Where the bar's bytes go (stderr, or a string in tests).
  using Sink = std::function<void(std::string_view)>;

  /// A bar `columns` wide written to `sink`, timed by `clock`.
  ProgressBar(Sink sink, std::size_t columns, Clock clock);

  /// Reports `done` files of `total`. Redraws when 0.1 s have passed since
  /// the last drawing, and always for the last file.
  void update(std::size_t done, std::size_t total);

  /// Erases the bar, so that a message can take its line; the next update redraws it.
  void clear();

  /// The bar's text for `done` of `total` files after `elapsed` seconds, at most `columns` wide:
  /// "[=====>    ]  12/40 files  8.0 files/s  ETA 0:04".
  static std::string render(std::size_t done, std::size_t total, double elapsed,
                            std::size_t columns);

 private:
  Sink sink_;
  std::size_t columns_;
  Clock clock_;
  double started_;
  double last_draw_ = -1.0;
  bool shown_ = false;
};

/// A monotonic clock in seconds (std::chrono::steady_clock).
double steady_seconds();

/// "m:ss", or "h:mm:ss" from an hour.
std::string format_duration(double seconds);

}  // namespace savant::cli
