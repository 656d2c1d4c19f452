// SPDX-License-Identifier: MIT
// Search results as a ranked list with evidence; stats as aligned counts.
#include "cli/render/text_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "cli/render/highlight.hpp"

namespace savant::cli {
namespace {

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string bold(const std::string& s, bool colour) {
  return colour ? "\033[1m" + s + "\033[0m" : s;
}

// "ICLR 2024, first author, published" and the like.
std::string evidence_details(const EvidenceHit& e) {
  std::vector<std::string> parts;
  std::string where = e.venue;
  // A date range already says the year.
  if (e.year > 0 && e.dates.empty()) where += (where.empty() ? "" : " ") + std::to_string(e.year);
  if (!where.empty()) parts.push_back(where);
  if (!e.organisation.empty() && e.kind != EvidenceKind::publication &&
      e.title.find(e.organisation) == std::string::npos) {
    parts.push_back(e.organisation);
  }
  if (!e.dates.empty()) parts.push_back(e.dates);
  if (e.role != AuthorRole::unknown) parts.push_back(std::string(to_string(e.role)) + " author");
  if (e.status != PublicationStatus::unknown) parts.push_back(to_string(e.status));
  return join(parts, ", ");
}

void facet_lines(std::string& out, const FacetCounts& facets) {
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
}

}  // namespace

std::string search_results_text(const SearchResults& results, bool colour) {
  std::string out;
  if (results.total == 0) {
    out += "No researcher matches.\n";
  } else {
    out += fmt::format("{} researcher(s) match; showing {}.\n\n", results.total,
                       results.hits.size());
  }
  for (const SearchHit& hit : results.hits) {
    const Researcher& r = hit.researcher;
    out += fmt::format("{:>2}. {}  [{}]  score {:.2f}\n", hit.rank, bold(r.name, colour), r.id,
                       hit.score);
    if (!r.emails.empty()) out += fmt::format("    {}\n", join(r.emails, ", "));
    if (!r.topics.empty()) out += fmt::format("    topics: {}\n", join(r.topics, ", "));
    for (const EvidenceHit& e : hit.evidence) {
      std::string details = evidence_details(e);
      out += fmt::format("    - {}: {}{}\n", to_string(e.kind), e.title,
                         details.empty() ? "" : " (" + details + ")");
      if (!e.snippet.empty()) out += fmt::format("      {}\n", render_snippet(e.snippet, colour));
      out += fmt::format("      {}\n", e.source);
    }
    out += "\n";
  }
  if (!results.facets.empty()) {
    out += "Facets (matching researchers):\n";
    facet_lines(out, results.facets);
  }
  return out;
}

std::string stats_text(const IndexStats& stats) {
  std::string out;
  out += fmt::format("{:<14}{}\n", "documents", stats.documents);
  out += fmt::format("{:<14}{}\n", "researchers", stats.researchers);
  out += fmt::format("{:<14}{}\n", "publications", stats.publications);
  out += fmt::format("{:<14}{}\n", "evidence", stats.evidence);
  out += fmt::format("{:<14}{}\n", "schema", stats.schema_version);
  out += "Facets (researchers):\n";
  facet_lines(out, stats.facets);
  return out;
}

}  // namespace savant::cli
