// SPDX-License-Identifier: MIT
// Turns Markdown front matter into synthetic lines the extractor understands.
#include "indexer/extract/front_matter.hpp"

#include "indexer/extract/dates.hpp"
#include "indexer/extract/text_util.hpp"

#include <cctype>
#include <string>
#include <utility>

namespace savant::indexer::detail {
namespace {

// Author lists of big collaborations make long blocks; a block this long is no front matter.
constexpr std::size_t kMaxFrontMatterLines = 600;

struct Field {
  std::string key;
  std::string value;  // scalars joined by spaces; list items joined by ", "
};

std::string unquote(std::string_view value) {
  value = trim(value);
  if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(trim(value));
}

// "key: value" with a plain key, else no key.
std::pair<std::string, std::string_view> split_field(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || line[0] == ' ' || line[0] == '-') return {};
  for (char c : line.substr(0, colon)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return {};
  }
  return {to_lower(line.substr(0, colon)), line.substr(colon + 1)};
}

std::vector<Field> parse_fields(const std::vector<std::string_view>& raw_lines, std::size_t begin,
                                std::size_t end) {
  std::vector<Field> fields;
  for (std::size_t k = begin; k < end; ++k) {
    std::string_view raw = raw_lines[k];
    auto [key, value] = split_field(raw);
    if (!key.empty()) {
      fields.push_back({key, unquote(value)});
      continue;
    }
    if (fields.empty()) continue;
    std::string_view item = trim(raw);
    if (item.empty() || item.front() == '#') continue;
    Field& find_field = fields.back();
    if (item.substr(0, 2) == "- ") {
      // A YAML list under the key ("authors:\n  - A\n  - B").
      if (!find_field.value.empty()) find_field.value += ", ";
      find_field.value += unquote(item.substr(2));
    } else {
      // A folded scalar continued on the next line.
      if (!find_field.value.empty()) find_field.value += ' ';
      find_field.value += unquote(item);
    }
  }
  return fields;
}

const std::string* find_field(const std::vector<Field>& fields, std::string_view key) {
  for (const Field& f : fields) {
    if (f.key == key && !f.value.empty()) return &f.value;
  }
  return nullptr;
}

Line synthetic_line(std::string_view content, int heading_level, std::size_t line_no) {
  Line line;
  line.raw = std::string(content);
  line.content = std::string(content);
  line.text = clean_inline(content);
  line.heading_level = heading_level;
  line.all_caps = is_all_caps(line.text);
  line.synthetic = true;
  line.line_no = line_no;
  return line;
}

}  // namespace

std::optional<FrontMatter> read_front_matter(const std::vector<std::string_view>& raw_lines,
                                             std::size_t first) {
  if (first >= raw_lines.size() || trim(raw_lines[first]) != "---") return std::nullopt;
  std::size_t close = first + 1;
  while (close < raw_lines.size() && close < first + kMaxFrontMatterLines) {
    std::string_view t = trim(raw_lines[close]);
    if (t == "---" || t == "...") break;
    ++close;
  }
  if (close >= raw_lines.size() || close >= first + kMaxFrontMatterLines) return std::nullopt;

  FrontMatter front;
  front.end = close + 1;
  std::vector<Field> fields = parse_fields(raw_lines, first + 1, close);
  const std::string* title = find_field(fields, "title");
  // Jekyll home pages (minimal-mistakes) leave `title: ''` and name the page
  // in `seo_title: "Name | tagline"`: its first part is the page's title.
  std::string seo_heading;
  if (const std::string* seo = find_field(fields, "seo_title");
      title == nullptr && seo != nullptr) {
    seo_heading = seo->substr(0, seo->find(" | "));
    if (!trim(seo_heading).empty()) title = &seo_heading;
  }
  if (title == nullptr) return front;
  const std::string* collection = find_field(fields, "collection");
  const std::string* venue = find_field(fields, "venue");
  bool publication =
      (collection != nullptr && ifind(*collection, "publication") != std::string::npos) ||
      venue != nullptr;
  std::size_t line_no = first + 1;
  if (!publication) {
    front.lines.push_back(synthetic_line(*title, 1, line_no));
    return front;
  }
  front.lines.push_back(synthetic_line("Publications", 1, line_no));
  // Bold, so that it opens the page's one entry and the page body stays with it.
  front.lines.push_back(synthetic_line(*title, 0, line_no));
  front.lines.back().bold = true;
  for (std::string_view key : {"authors", "author"}) {
    if (const std::string* authors = find_field(fields, key)) {
      front.lines.push_back(synthetic_line(*authors, 0, line_no));
      break;
    }
  }
  // The venue line carries the year from the date ("2023-05-26") unless it has one.
  std::string venue_line = venue != nullptr ? clean_inline(*venue) : std::string();
  if (const std::string* date = find_field(fields, "date");
      date != nullptr && date->size() >= 4 && find_years(venue_line).empty()) {
    venue_line += (venue_line.empty() ? "" : " ") + date->substr(0, 4);
  }
  if (!venue_line.empty()) front.lines.push_back(synthetic_line(venue_line, 0, line_no));
  for (std::string_view key : {"abstract", "excerpt"}) {
    if (const std::string* summary = find_field(fields, key)) {
      front.lines.push_back(synthetic_line(*summary, 0, line_no));
      break;
    }
  }
  return front;
}

}  // namespace savant::indexer::detail
