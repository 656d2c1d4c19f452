// SPDX-License-Identifier: MIT
// The few ANSI styles the text output uses, each a no-op without colour, so
// renderers are written once for terminals and pipes.
#pragma once

#include <string>
#include <string_view>

namespace savant::cli {

class Style {
 public:
  explicit Style(bool colour) : colour_(colour) {}

  bool colour() const { return colour_; }
  std::string bold(std::string_view s) const { return apply("1", s); }
  std::string dim(std::string_view s) const { return apply("2", s); }
  std::string accent(std::string_view s) const { return apply("36", s); }
  /// A matched word in a snippet.
  std::string match(std::string_view s) const { return apply("1;33", s); }

 private:
  std::string apply(const char* code, std::string_view s) const {
    if (!colour_ || s.empty()) return std::string(s);
    return "\033[" + std::string(code) + "m" + std::string(s) + "\033[0m";
  }

  bool colour_;
};

}  // namespace savant::cli
