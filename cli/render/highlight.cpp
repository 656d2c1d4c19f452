// SPDX-License-Identifier: MIT
// ANSI highlighting for terminals; plain text for pipes and NO_COLOR.
#include "cli/render/highlight.hpp"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace savant::cli {

std::string render_snippet(const std::string& html, bool colour) {
  // Xapian's snippets escape exactly these.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kReplacements{{
      {"<mark>", "\033[1;33m"},
      {"</mark>", "\033[0m"},
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&quot;", "\""},
      {"&#39;", "'"},
  }};
  std::string out;
  std::size_t i = 0;
  while (i < html.size()) {
    bool replaced = false;
    for (std::size_t r = 0; r < kReplacements.size(); ++r) {
      const auto& [from, to] = kReplacements[r];
      if (html.compare(i, from.size(), from) == 0) {
        if (r >= 2 || colour) out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

bool stdout_wants_colour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) != 0 && (no_colour == nullptr || *no_colour == '\0');
}

}  // namespace savant::cli
