// SPDX-License-Identifier: MIT
// CSV rendering of search results.
#include "cli/render/csv_output.hpp"

#include "cli/render/text_common.hpp"

#include <fmt/format.h>

namespace savant::cli {

std::string csv_field(std::string_view field) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\n";
}

namespace {

// The researcher's sum in one field: share x unit score (unit), ...
std::string explanation_field(const ScoreExplanation& x) {
  std::vector<std::string> parts;
  for (const EvidenceExplanation& e : x.evidence) {
    parts.push_back(
        fmt::format("{:.4g} x {:.4f} ({})", e.share, e.score,
                    e.evidence.title.empty() ? to_string(e.evidence.kind) : e.evidence.title));
  }
  std::string out = join(parts, " + ");
  for (const ScoreFactor& f : x.adjustments) {
    out += fmt::format(" x {:.4f} ({} {})", f.value, f.name, f.reason);
  }
  return out;
}

}  // namespace

std::string search_results_csv(const SearchResults& results) {
  const bool explained = !results.hits.empty() && results.hits.front().explanation.has_value();
  std::vector<std::string> header{"rank",          "id",
                                  "name",          "score",
                                  "emails",        "affiliations",
                                  "topics",        "evidence_title",
                                  "evidence_kind", "evidence_venue",
                                  "evidence_year", "evidence_source"};
  if (explained) header.emplace_back("explanation");
  std::string out = csv_line(header);
  for (const SearchHit& hit : results.hits) {
    const Researcher& r = hit.researcher;
    std::vector<std::string> row{std::to_string(hit.rank),
                                 r.id,
                                 r.name,
                                 fmt::format("{:.4f}", hit.score),
                                 join(r.emails, "; "),
                                 join(r.affiliations, "; "),
                                 join(r.topics, "; ")};
    if (hit.evidence.empty()) {
      row.resize(row.size() + 5);
    } else {
      const EvidenceHit& best = hit.evidence.front();
      row.insert(row.end(), {best.title, to_string(best.kind), best.venue,
                             best.year > 0 ? std::to_string(best.year) : "", best.source});
    }
    if (explained) row.push_back(hit.explanation ? explanation_field(*hit.explanation) : "");
    out += csv_line(row);
  }
  return out;
}

}  // namespace savant::cli
