// SPDX-License-Identifier: MIT
// Finds alias spans in the free-text parts of a query and rewrites them.
#include "searcher/topic_rewriter.hpp"

#include <cctype>
#include <vector>

namespace savant::searcher {
namespace {

struct Span {
  std::size_t begin;
  std::size_t end;
};

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '_';
}

// Spans of the query that are free text: outside "quotes" and not a field:value.
std::vector<Span> free_text_spans(std::string_view q) {
  std::vector<Span> spans;
  std::size_t start = 0;
  std::size_t i = 0;
  auto close_span = [&](std::size_t end) {
    if (end > start) spans.push_back({start, end});
  };
  while (i < q.size()) {
    if (q[i] == '"') {
      close_span(i);
      std::size_t close = q.find('"', i + 1);
      i = close == std::string_view::npos ? q.size() : close + 1;
      start = i;
      continue;
    }
    if (q[i] == ':' && i > 0 && is_word_byte(q[i - 1])) {
      // Back up over the field name, then skip its value (quoted or up to a space).
      std::size_t name_begin = i;
      while (name_begin > start && is_word_byte(q[name_begin - 1])) --name_begin;
      close_span(name_begin);
      ++i;
      if (i < q.size() && q[i] == '"') {
        std::size_t close = q.find('"', i + 1);
        i = close == std::string_view::npos ? q.size() : close + 1;
      } else {
        while (i < q.size() && !std::isspace(static_cast<unsigned char>(q[i])) && q[i] != ')') ++i;
      }
      start = i;
      continue;
    }
    ++i;
  }
  close_span(q.size());
  return spans;
}

}  // namespace

std::string expand_topic_aliases(std::string_view query, const schema::Taxonomy& taxonomy) {
  std::string out;
  std::size_t copied = 0;
  for (const Span& span : free_text_spans(query)) {
    std::string_view text = query.substr(span.begin, span.end - span.begin);
    for (const auto& hit : taxonomy.find_in(text, /*ignore_case=*/true)) {
      std::size_t begin = span.begin + hit.begin;
      std::size_t end = span.begin + hit.end;
      std::string_view typed = query.substr(begin, end - begin);
      out.append(query.substr(copied, begin - copied));
      // A multi-word alias typed loose ("mixture of experts") is kept as a phrase.
      bool several_words = typed.find_first_of(" \t") != std::string_view::npos;
      out += "(topic:\"" + hit.topic->id + "\" OR ";
      out += several_words ? "\"" + std::string(typed) + "\"" : std::string(typed);
      out += ")";
      copied = end;
    }
  }
  out.append(query.substr(copied));
  return out;
}

}  // namespace savant::searcher
