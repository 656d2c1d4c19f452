// SPDX-License-Identifier: MIT
// Trimming, splitting, id keys and line-numbered errors for the data files.
#include "schema/table_text.hpp"

#include <fmt/format.h>

#include <savant/error.hpp>

namespace savant::schema::detail {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \r");
  return text.substr(first, last - first + 1);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::string id_key(std::string_view id) {
  std::string key;
  bool pending_space = false;
  for (char c : trim(id)) {
    if (c == '-' || c == ' ') {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

void fail(std::string_view origin, std::size_t line_no, std::string_view reason) {
  throw Error(ErrorCategory::input, fmt::format("{}:{}: {}", origin, line_no, reason));
}

}  // namespace savant::schema::detail
