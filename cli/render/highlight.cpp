// SPDX-License-Identifier: MIT
// Snippet HTML to terminal text: marks become highlights, entities characters.
#include "cli/render/highlight.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace savant::cli {
namespace {

// Xapian's snippets escape exactly these.
std::string decode_entities(std::string_view html) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kEntities{{
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
    for (const auto& [from, to] : kEntities) {
      if (html.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

}  // namespace

std::string render_snippet(const std::string& html, const Style& style) {
  constexpr std::string_view kOpen = "<mark>";
  constexpr std::string_view kClose = "</mark>";
  std::string out;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t open = html.find(kOpen, i);
    if (open == std::string::npos) break;
    const std::size_t close = html.find(kClose, open + kOpen.size());
    if (close == std::string::npos) break;
    out += decode_entities(std::string_view(html).substr(i, open - i));
    out += style.match(decode_entities(
        std::string_view(html).substr(open + kOpen.size(), close - open - kOpen.size())));
    i = close + kClose.size();
  }
  out += decode_entities(std::string_view(html).substr(std::min(i, html.size())));
  return out;
}

}  // namespace savant::cli
