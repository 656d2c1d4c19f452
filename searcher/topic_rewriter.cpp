// SPDX-License-Identifier: MIT
// Splits a query into free text, quoted phrases and field:value parts, and
// rewrites the topic parts.
#include "searcher/topic_rewriter.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace savant::searcher {
namespace {

enum class SegmentKind { free_text, quoted, field };

struct Segment {
  SegmentKind kind;
  std::size_t begin;
  std::size_t end;
  std::string field;  // for SegmentKind::field
  std::string value;  // for SegmentKind::field, quotes removed
};

bool is_topic_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '_';
}

std::size_t end_of_quote(std::string_view q, std::size_t open) {
  std::size_t close = q.find('"', open + 1);
  return close == std::string_view::npos ? q.size() : close + 1;
}

std::vector<Segment> segments(std::string_view q) {
  std::vector<Segment> out;
  std::size_t start = 0;
  std::size_t i = 0;
  auto close_free = [&](std::size_t end) {
    if (end > start) out.push_back({SegmentKind::free_text, start, end, {}, {}});
  };
  while (i < q.size()) {
    if (q[i] == '"') {
      close_free(i);
      std::size_t end = end_of_quote(q, i);
      out.push_back({SegmentKind::quoted, i, end, {}, {}});
      i = start = end;
      continue;
    }
    if (q[i] == ':' && i > start && is_topic_word_byte(q[i - 1])) {
      std::size_t name_begin = i;
      while (name_begin > start && is_topic_word_byte(q[name_begin - 1])) --name_begin;
      close_free(name_begin);
      std::size_t value_begin = i + 1;
      std::size_t end = value_begin;
      std::string value;
      if (end < q.size() && q[end] == '"') {
        end = end_of_quote(q, end);
        value = std::string(
            q.substr(value_begin + 1, std::max(end, value_begin + 2) - value_begin - 2));
      } else {
        while (end < q.size() && !std::isspace(static_cast<unsigned char>(q[end])) &&
               q[end] != ')') {
          ++end;
        }
        value = std::string(q.substr(value_begin, end - value_begin));
      }
      out.push_back({SegmentKind::field, name_begin, end,
                     std::string(q.substr(name_begin, i - name_begin)), value});
      i = start = end;
      continue;
    }
    ++i;
  }
  close_free(q.size());
  return out;
}

std::string topic_field(const schema::Topic& topic) {
  std::string id = topic.id;
  std::replace(id.begin(), id.end(), '-', '_');
  return fmt::format("{}:{}", kTopicTermField, id);
}

}  // namespace

std::string expand_topics(std::string_view query, const schema::Taxonomy& taxonomy,
                          bool loose_phrases) {
  std::string out;
  for (const Segment& segment : segments(query)) {
    std::string_view text = query.substr(segment.begin, segment.end - segment.begin);
    if (segment.kind == SegmentKind::field && segment.field == "topic") {
      const schema::Topic* topic = taxonomy.find(segment.value);
      if (topic == nullptr) {
        throw Error(ErrorCategory::query, fmt::format("unknown topic '{}'", segment.value));
      }
      out += topic_field(*topic);
      continue;
    }
    if (segment.kind != SegmentKind::free_text) {
      out += text;
      continue;
    }
    std::size_t copied = 0;
    for (const auto& hit : taxonomy.find_in(text, /*ignore_case=*/true)) {
      std::string_view typed = text.substr(hit.begin, hit.end - hit.begin);
      out += text.substr(copied, hit.begin - copied);
      // A multi-word alias typed loose ("mixture of experts") stays a phrase,
      // unless asked to let its words stand alone (a group in parentheses).
      bool several_words = typed.find_first_of(" \t") != std::string_view::npos;
      const char* open = loose_phrases ? "(" : "\"";
      const char* close = loose_phrases ? ")" : "\"";
      out += fmt::format(
          "({} OR {})", topic_field(*hit.topic),
          several_words ? fmt::format("{}{}{}", open, typed, close) : std::string(typed));
      copied = hit.end;
    }
    out += text.substr(copied);
  }
  return out;
}

std::string encode_institutions(std::string_view query) {
  std::string out;
  for (const Segment& segment : segments(query)) {
    std::string_view text = query.substr(segment.begin, segment.end - segment.begin);
    if (segment.kind != SegmentKind::field || segment.field != "institution") {
      out += text;
      continue;
    }
    const std::string_view typed = text.substr(segment.field.size() + 1);
    if (typed.empty()) {
      out += text;
      continue;
    }
    out += kInstitutionField;
    out += ':';
    for (char c : typed) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  }
  return out;
}

std::string decode_institution(std::string_view hex) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int high = digit(hex[i]);
    const int low = digit(hex[i + 1]);
    if (high < 0 || low < 0) break;
    out += static_cast<char>(high * 16 + low);
  }
  if (out.size() * 2 != hex.size()) {
    throw Error(ErrorCategory::query, fmt::format("invalid institution value '{}'", hex));
  }
  return out;
}

}  // namespace savant::searcher
