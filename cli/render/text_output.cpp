// SPDX-License-Identifier: MIT
// Search results as an aligned table with evidence rows; stats as aligned counts.
#include "cli/render/text_output.hpp"

#include "cli/render/highlight.hpp"
#include "cli/render/text_common.hpp"
#include "cli/render/text_width.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace savant::cli {
namespace {

// Column widths of one page of results, so every row lines up.
struct Columns {
  std::size_t rank = 1;
  std::size_t name = 0;
  std::size_t score = 0;
  std::size_t kind = 0;
};

std::string score_text(double score) { return fmt::format("{:.2f}", score); }

Columns measure(const SearchResults& results) {
  Columns c;
  c.name = display_width("RESEARCHER");
  c.score = display_width("SCORE");
  for (const SearchHit& hit : results.hits) {
    c.rank = std::max(c.rank, std::to_string(hit.rank).size());
    c.name = std::max(c.name, display_width(hit.researcher.name));
    c.score = std::max(c.score, score_text(hit.score).size());
    for (const EvidenceHit& e : hit.evidence)
      c.kind = std::max(c.kind, display_width(to_string(e.kind)));
  }
  return c;
}

std::string evidence_rows(const EvidenceHit& e, const Columns& c, std::size_t indent,
                          const TextLayout& layout) {
  const Style& style = layout.style;
  const std::size_t body = indent + c.kind + 2;
  std::string details =
      evidence_details(e.kind, e.title, e.venue, e.year, e.organisation, e.dates, e.role, e.status);
  std::string headline = e.title.empty() ? "" : style.bold(e.title);
  if (!details.empty()) headline += (headline.empty() ? "" : " ") + ("(" + details + ")");
  const std::string kind =
      std::string(indent, ' ') + pad_right(style.accent(to_string(e.kind)), c.kind) + "  ";
  std::string out = indented(headline, kind, body, layout.columns);
  // A unit with no body gets its title as snippet: no need to say it twice.
  if (!e.snippet.empty() && render_snippet(e.snippet, Style(false)) != e.title) {
    out += indented(render_snippet(e.snippet, style), std::string(body, ' '), body, layout.columns);
  }
  std::string source = style.dim(display_path(e.source));
  if (layout.columns > body) source = fit(source, layout.columns - body);
  out += std::string(body, ' ') + source + "\n";
  return out;
}

std::string number(double value) { return fmt::format("{:.3g}", value); }

// "score 7.91 = ..." then one block per counted unit: its share of the sum,
// and relevance x each factor = its score.
std::string explanation_rows(const ScoreExplanation& x, std::size_t indent,
                             const TextLayout& layout) {
  const Style& style = layout.style;
  const std::string pad(indent, ' ');
  std::string out = indented(style.bold("score " + score_text(x.score)) + " = " + x.aggregation,
                             pad, indent + 2, layout.columns);
  for (const EvidenceExplanation& e : x.evidence) {
    const std::string what =
        e.evidence.title.empty() ? to_string(e.evidence.kind) : e.evidence.title;
    out += indented(fmt::format("+ {} x {} = {}  {}: {}", number(e.share), score_text(e.score),
                                score_text(e.contribution), to_string(e.evidence.kind), what),
                    pad + "  ", indent + 6, layout.columns);
    std::string product = fmt::format("relevance {}", score_text(e.relevance));
    if (!e.matched_terms.empty()) product += " [" + join(e.matched_terms, ", ") + "]";
    for (const ScoreFactor& f : e.factors) {
      product += fmt::format(" x {} {} {}", f.name, f.reason, number(f.value));
    }
    out += indented(style.dim(product), pad + "      ", indent + 6, layout.columns);
  }
  if (x.uncounted > 0) {
    out += pad + fmt::format("  ({} further matching unit(s) not counted)\n", x.uncounted);
  }
  for (const ScoreFactor& f : x.adjustments) {
    out += pad + fmt::format("  x {} {} {}\n", f.name, f.reason, number(f.value));
  }
  return out;
}

std::string hit_rows(const SearchHit& hit, const Columns& c, const TextLayout& layout) {
  const Style& style = layout.style;
  const Researcher& r = hit.researcher;
  const std::size_t indent = c.rank + 2;
  std::string row = pad_left(std::to_string(hit.rank), c.rank) + "  " +
                    pad_right(style.bold(r.name), c.name) + "  " +
                    pad_left(score_text(hit.score), c.score) + "  " + join(r.topics, ", ");
  if (layout.columns > 0) row = fit(row, layout.columns);
  std::string out = row + "\n";

  std::vector<std::string> who{r.id};
  who.insert(who.end(), r.emails.begin(), r.emails.end());
  // Empty unless the command was asked to show contact details.
  who.insert(who.end(), r.contact.phones.begin(), r.contact.phones.end());
  who.insert(who.end(), r.contact.addresses.begin(), r.contact.addresses.end());
  for (const auto& date : r.contact.birth_dates) who.push_back("born " + date);
  if (!r.affiliations.empty()) who.push_back(r.affiliations.front());
  std::string line = std::string(indent, ' ') + style.dim(join(who, " · "));
  if (layout.columns > 0) line = fit(line, layout.columns);
  out += line + "\n";
  for (const EvidenceHit& e : hit.evidence) out += evidence_rows(e, c, indent, layout);
  if (hit.explanation) out += explanation_rows(*hit.explanation, indent, layout);
  return out;
}

}  // namespace

std::string missing_shards_line(const std::vector<std::string>& missing) {
  if (missing.empty()) return {};
  return fmt::format("Partial results: {} shard(s) did not answer: {}.\n", missing.size(),
                     fmt::join(missing, "; "));
}

std::string search_results_text(const SearchResults& results, const TextLayout& layout) {
  std::string out = missing_shards_line(results.missing_shards);
  // Say first when the results answer another query than the one typed.
  if (!results.corrected_query.empty()) {
    out += fmt::format("Showing results for \"{}\".\n", results.corrected_query);
  }
  if (results.relaxed) {
    out += "Few researchers match every word; those matching some of them follow.\n";
  }
  if (results.total == 0) return out + "No researcher matches.\n";
  if (results.hits.empty()) {
    out += fmt::format("{} researcher(s) match; none on this page.\n", results.total);
  } else {
    out += fmt::format("{} researcher(s) match; showing {}-{}.\n\n", results.total,
                       results.hits.front().rank, results.hits.back().rank);
    const Columns c = measure(results);
    out += layout.style.bold(pad_left("#", c.rank) + "  " + pad_right("RESEARCHER", c.name) + "  " +
                             pad_left("SCORE", c.score) + "  TOPICS") +
           "\n";
    for (const SearchHit& hit : results.hits) out += hit_rows(hit, c, layout) + "\n";
  }
  if (!results.facets.empty()) {
    out += (results.hits.empty() ? "\n" : "") +
           layout.style.bold("Facets (matching researchers):") + "\n" + facet_lines(results.facets);
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
  if (stats.shards > 1) out += fmt::format("{:<14}{}\n", "shards", stats.shards);
  out += missing_shards_line(stats.missing_shards);
  out += "Facets (researchers):\n";
  out += facet_lines(stats.facets);
  return out;
}

}  // namespace savant::cli
