// SPDX-License-Identifier: MIT
// A single pass over the tags of an HTML page that tracks open elements.
#include "indexer/readers/html_depth.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

namespace savant::indexer {
namespace {

// Elements that never enclose others (void), or whose end tag may be left
// out (the parser closes them at the next sibling): both would inflate the
// count on ordinary sloppy pages.
constexpr std::array<std::string_view, 34> kNotCounted = {
    "area",  "base",  "br",       "col",     "embed", "hr",     "img",    "input",    "link",
    "meta",  "param", "source",   "track",   "wbr",   "keygen", "frame",  "basefont", "p",
    "li",    "dt",    "dd",       "tr",      "td",    "th",     "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "caption", "html",  "head",   "body"};

// Elements a parser never nests in themselves: a start tag while one is open
// closes it first (<a> and <nobr> by the adoption agency, the others by their
// tree-construction rules). A list of links whose </a> were left out is one
// level deep, not one per link.
constexpr std::array<std::string_view, 6> kNotSelfNesting = {"a",    "nobr",   "button",
                                                             "form", "select", "table"};

// A heading start tag closes a heading that is the current node.
constexpr std::array<std::string_view, 6> kHeadings = {"h1", "h2", "h3", "h4", "h5", "h6"};

// Elements whose content is raw text, where '<' starts no tag.
constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea",
                                                      "title",  "xmp",   "plaintext"};

bool list_contains(auto const& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

std::size_t find_ci(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t i = text.find('<', from); i != std::string_view::npos;
       i = text.find('<', i + 1)) {
    if (text.size() - i < needle.size()) return std::string_view::npos;
    bool same = true;
    for (std::size_t k = 0; k < needle.size() && same; ++k) {
      same = std::tolower(static_cast<unsigned char>(text[i + k])) == needle[k];
    }
    if (same) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t html_nesting_depth(std::string_view html, std::size_t stop_after) {
  // The open elements, and how many of each name are open: an end tag or a
  // non-nesting start tag closes up to the open element of its name (each
  // element is pushed and popped once), and an end tag for an element that
  // is not open is ignored, as parsers do. Only open names have an entry, so
  // memory stays bounded by `stop_after` whatever names a page makes up.
  std::vector<std::string> open;
  std::unordered_map<std::string, std::size_t> open_count;
  auto close_through = [&](const std::string& name) {
    while (!open.empty()) {
      const std::string last = std::move(open.back());
      open.pop_back();
      if (auto it = open_count.find(last); it != open_count.end() && --it->second == 0) {
        open_count.erase(it);
      }
      if (last == name) break;
    }
  };
  std::size_t deepest = 0;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t j = i + 1 + (closing ? 1 : 0);
    std::string name;
    if (j >= html.size() || !std::isalpha(static_cast<unsigned char>(html[j]))) {
      ++i;  // "a < b", "<3", "<!DOCTYPE>", "<?xml ...>": no element
      continue;
    }
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j])) &&
           name.size() < 16) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
      ++j;
    }
    const std::size_t end = html.find('>', j);
    if (end == std::string_view::npos) break;
    const bool self_closed = html[end - 1] == '/';
    i = end + 1;
    if (list_contains(kNotCounted, name)) continue;
    const bool is_open = open_count.count(name) != 0;
    if (closing) {
      if (is_open) close_through(name);
      continue;
    }
    if (list_contains(kRawText, name)) {
      const std::size_t close = find_ci(html, "</" + name, i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (self_closed) continue;
    if (is_open && list_contains(kNotSelfNesting, name)) close_through(name);
    if (list_contains(kHeadings, name) && !open.empty() && list_contains(kHeadings, open.back())) {
      const std::string heading = open.back();  // a copy: close_through pops the original
      close_through(heading);
    }
    open.push_back(name);
    ++open_count[name];
    deepest = std::max(deepest, open.size());
    if (deepest > stop_after) break;
  }
  return deepest;
}

}  // namespace savant::indexer
