// SPDX-License-Identifier: MIT
// Helpers of the text renderers.
#include "cli/render/text_common.hpp"

#include "cli/render/text_width.hpp"
#include "schema/printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace savant::cli {

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string evidence_details(EvidenceKind kind, const std::string& title, const std::string& venue,
                             int year, const std::string& organisation, const std::string& dates,
                             AuthorRole role, PublicationStatus status) {
  std::vector<std::string> parts;
  std::string where = venue;
  // A date range already says the year.
  if (year > 0 && dates.empty()) where += (where.empty() ? "" : " ") + std::to_string(year);
  if (!where.empty()) parts.push_back(where);
  if (!organisation.empty() && kind != EvidenceKind::publication &&
      title.find(organisation) == std::string::npos) {
    parts.push_back(organisation);
  }
  if (!dates.empty()) parts.push_back(dates);
  // "first author", "co-first author", but "co-author" as it stands.
  if (role == AuthorRole::co_author) parts.push_back(to_string(role));
  if (role == AuthorRole::first || role == AuthorRole::co_first) {
    parts.push_back(std::string(to_string(role)) + " author");
  }
  if (status != PublicationStatus::unknown) parts.push_back(to_string(status));
  return join(parts, ", ");
}

std::string facet_lines(const FacetCounts& facets) {
  std::string out;
  for (const char* name : {"venue", "year", "topic"}) {
    auto it = facets.find(name);
    if (it == facets.end() || it->second.empty()) continue;
    std::vector<std::pair<std::string, std::size_t>> values(it->second.begin(), it->second.end());
    std::stable_sort(values.begin(), values.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> shown;
    for (const auto& [value, count] : values) shown.push_back(fmt::format("{} ({})", value, count));
    out += fmt::format("  {:<6} {}\n", name, join(shown, ", "));
  }
  return out;
}

std::string display_path(const std::string& path) {
  namespace fs = std::filesystem;
  // A file name may hold a newline or a terminal escape: shown escaped.
  const std::string shown = schema::printable(path, 4096);
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return shown;
  const std::string base = cwd.string() + "/";
  return shown.compare(0, base.size(), base) == 0 ? shown.substr(base.size()) : shown;
}

std::string indented(const std::string& text, const std::string& first_prefix, std::size_t indent,
                     std::size_t columns) {
  const std::size_t room = columns > indent ? columns - indent : 0;
  std::string out;
  bool first = true;
  for (const std::string& line : wrap(text, columns == 0 ? 0 : std::max<std::size_t>(room, 20))) {
    out += (first ? first_prefix : std::string(indent, ' ')) + line + "\n";
    first = false;
  }
  return out;
}

}  // namespace savant::cli
