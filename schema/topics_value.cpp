// SPDX-License-Identifier: MIT
#include "schema/topics_value.hpp"

namespace savant::schema {

void add_to_topics_value(std::string& value, std::string_view id) {
  if (!value.empty()) value.push_back('\n');
  value.append(id);
}

std::vector<std::string_view> topics_of_value(std::string_view value) {
  std::vector<std::string_view> ids;
  std::size_t start = 0;
  while (start < value.size()) {
    const std::size_t end = std::min(value.find('\n', start), value.size());
    if (end > start) ids.push_back(value.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

}  // namespace savant::schema
