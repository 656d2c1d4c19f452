// SPDX-License-Identifier: MIT
// Search results and stats as JSON objects.
#include "cli/render/json_output.hpp"

#include <nlohmann/json.hpp>

namespace savant::cli {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

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

json evidence_json(const EvidenceHit& e) {
  return json{{"kind", to_string(e.kind)},
              {"title", e.title},
              {"venue", or_null(e.venue)},
              {"year", e.year > 0 ? json(e.year) : json(nullptr)},
              {"role", or_null(to_string(e.role))},
              {"status", or_null(to_string(e.status))},
              {"organisation", or_null(e.organisation)},
              {"dates", or_null(e.dates)},
              {"snippet", e.snippet},
              {"source", e.source},
              {"score", e.score}};
}

}  // namespace

std::string search_results_json(const SearchResults& results) {
  json hits = json::array();
  for (const SearchHit& hit : results.hits) {
    json evidence = json::array();
    for (const EvidenceHit& e : hit.evidence) evidence.push_back(evidence_json(e));
    const Researcher& r = hit.researcher;
    hits.push_back(json{{"rank", hit.rank},
                        {"id", r.id},
                        {"name", r.name},
                        {"emails", r.emails},
                        {"score", hit.score},
                        {"topics", r.topics},
                        {"affiliations", r.affiliations},
                        {"sources", r.sources},
                        {"evidence", std::move(evidence)}});
  }
  json out{{"query", results.query}, {"total", results.total}, {"results", std::move(hits)}};
  out["facets"] = facets_json(results.facets);
  return out.dump(2);
}

std::string stats_json(const IndexStats& stats) {
  json out{{"documents", stats.documents},       {"researchers", stats.researchers},
           {"publications", stats.publications}, {"evidence", stats.evidence},
           {"schema_version", stats.schema_version}};
  out["facets"] = facets_json(stats.facets);
  return out.dump(2);
}

}  // namespace savant::cli
