// SPDX-License-Identifier: MIT
// Search results, stats and researcher records as JSON. Absent values are
// null rather than "" or 0, so scripts can tell "none" from a value.
#include "cli/render/json_output.hpp"

#include <nlohmann/json.hpp>

namespace savant::cli {
namespace {

// Keys in the documented order (README), not sorted.
using json = nlohmann::ordered_json;

// Text is valid UTF-8 when indexed; should a byte slip through, replace it
// rather than fail the whole output.
std::string dumped(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json year_or_null(int year) { return year > 0 ? json(year) : json(nullptr); }

json facets_json(const FacetCounts& facets) {
  json out = json::object();
  for (const char* name : {"venue", "year", "topic"}) {
    json values = json::object();
    if (auto it = facets.find(name); it != facets.end()) {
      for (const auto& [value, count] : it->second) values[value] = count;
    }
    out[name] = std::move(values);
  }
  return out;
}

// The fields EvidenceHit and Evidence share, in the documented order.
template <typename E>
json evidence_fields(const E& e) {
  return json{{"kind", to_string(e.kind)},
              {"title", e.title},
              {"venue", or_null(e.venue)},
              {"year", year_or_null(e.year)},
              {"role", or_null(to_string(e.role))},
              {"status", or_null(to_string(e.status))},
              {"organisation", or_null(e.organisation)},
              {"dates", or_null(e.dates)}};
}

json evidence_hit_json(const EvidenceHit& e) {
  json out = evidence_fields(e);
  out["snippet"] = e.snippet;
  out["source"] = e.source;
  out["score"] = e.score;
  return out;
}

json factors_json(const std::vector<ScoreFactor>& factors) {
  json out = json::array();
  for (const ScoreFactor& f : factors) {
    out.push_back(json{{"name", f.name}, {"reason", f.reason}, {"value", f.value}});
  }
  return out;
}

// score = sum of contributions, times each adjustment; contribution = share x
// score; score of a unit = relevance x its factors.
json explanation_json(const ScoreExplanation& x) {
  json units = json::array();
  for (const EvidenceExplanation& e : x.evidence) {
    json unit = evidence_fields(e.evidence);
    unit["source"] = e.evidence.source;
    unit["matched_terms"] = e.matched_terms;
    unit["relevance"] = e.relevance;
    unit["factors"] = factors_json(e.factors);
    unit["score"] = e.score;
    unit["share"] = e.share;
    unit["contribution"] = e.contribution;
    units.push_back(std::move(unit));
  }
  return json{{"score", x.score},
              {"aggregation", x.aggregation},
              {"sum", x.sum},
              {"adjustments", factors_json(x.adjustments)},
              {"evidence", std::move(units)},
              {"uncounted", x.uncounted}};
}

// Present only when the command was asked to show contact details (it clears
// them otherwise), so default output never carries them.
void put_contact(json& out, const ContactDetails& c) {
  if (c.phones.empty() && c.addresses.empty() && c.birth_dates.empty()) return;
  out["contact"] =
      json{{"phones", c.phones}, {"addresses", c.addresses}, {"birth_dates", c.birth_dates}};
}

json hit_json(const SearchHit& hit) {
  json evidence = json::array();
  for (const EvidenceHit& e : hit.evidence) evidence.push_back(evidence_hit_json(e));
  const Researcher& r = hit.researcher;
  json out{{"rank", hit.rank},
           {"id", r.id},
           {"name", r.name},
           {"emails", r.emails},
           {"score", hit.score},
           {"topics", r.topics},
           {"affiliations", r.affiliations},
           {"sources", r.sources},
           {"evidence", std::move(evidence)}};
  // Only when asked (--explain): the documented object stays as it was otherwise.
  if (hit.explanation) out["explanation"] = explanation_json(*hit.explanation);
  put_contact(out, r.contact);
  return out;
}

json evidence_json(const Evidence& e) {
  json out = evidence_fields(e);
  out["position"] = or_null(e.position);
  out["text"] = e.text;
  out["authors"] = e.authors;
  out["topics"] = e.topics;
  out["sources"] = e.sources;
  return out;
}

}  // namespace

std::string search_results_json(const SearchResults& results) {
  json hits = json::array();
  for (const SearchHit& hit : results.hits) hits.push_back(hit_json(hit));
  json out{{"query", results.query},
           {"corrected_query", or_null(results.corrected_query)},
           {"relaxed", results.relaxed},
           {"total", results.total},
           {"results", std::move(hits)}};
  out["facets"] = facets_json(results.facets);
  out["missing_shards"] = results.missing_shards;
  return dumped(out, 2);
}

std::string search_results_jsonl(const SearchResults& results) {
  std::string out;
  for (const SearchHit& hit : results.hits) out += dumped(hit_json(hit), -1) + "\n";
  return out;
}

std::string stats_json(const IndexStats& stats) {
  json out{{"documents", stats.documents},
           {"researchers", stats.researchers},
           {"publications", stats.publications},
           {"evidence", stats.evidence},
           {"schema_version", stats.schema_version}};
  out["facets"] = facets_json(stats.facets);
  out["shards"] = stats.shards;
  out["missing_shards"] = stats.missing_shards;
  return dumped(out, 2);
}

std::string profile_json(const ResearcherProfile& profile, int indent) {
  const Researcher& r = profile.researcher;
  json evidence = json::array();
  for (const Evidence& e : profile.evidence) evidence.push_back(evidence_json(e));
  json out{{"id", r.id},
           {"name", r.name},
           {"emails", r.emails},
           {"affiliations", r.affiliations},
           {"topics", r.topics},
           {"sources", r.sources},
           {"publications", r.publications},
           {"evidence", std::move(evidence)}};
  put_contact(out, r.contact);
  return dumped(out, indent);
}

}  // namespace savant::cli
