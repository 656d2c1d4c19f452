// SPDX-License-Identifier: MIT
// Evidence through its records: one read per record and researcher per reader.
#include "searcher/evidence_reader.hpp"

#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include "schema/topics_value.hpp"

#include <nlohmann/json.hpp>

namespace savant::searcher {
namespace {

// kSlotTopics holds a unit's topics one per line, as the builder wrote them.
std::vector<std::string> topics_of(const Xapian::Document& unit) {
  std::vector<std::string> topics;
  const std::string value = unit.get_value(schema::kSlotTopics);
  for (std::string_view id : schema::topics_of_value(value)) topics.emplace_back(id);
  return topics;
}

}  // namespace

EvidenceReader::EvidenceReader(const Xapian::Database& db) : db_(db) {}

void EvidenceReader::know(const Researcher& researcher) {
  sources_.emplace(researcher.id, researcher.sources);
}

const std::vector<std::string>& EvidenceReader::sources_of(const std::string& researcher_id) {
  auto found = sources_.find(researcher_id);
  if (found != sources_.end()) return found->second;
  std::vector<std::string> sources;
  const std::string unique = schema::researcher_unique_term(researcher_id);
  auto it = db_.postlist_begin(unique);
  if (it != db_.postlist_end(unique)) {
    sources = schema::researcher_from_json(nlohmann::json::parse(db_.get_document(*it).get_data()))
                  .sources;
  }
  return sources_.emplace(researcher_id, std::move(sources)).first->second;
}

const std::string* EvidenceReader::record_data(const std::string& path) {
  auto found = records_.find(path);
  if (found == records_.end()) {
    std::optional<std::string> data;
    const std::string unique = schema::source_unique_term(path);
    auto it = db_.postlist_begin(unique);
    if (it != db_.postlist_end(unique)) data = db_.get_document(*it).get_data();
    found = records_.emplace(path, std::move(data)).first;
  }
  return found->second ? &*found->second : nullptr;
}

Evidence EvidenceReader::read(const Xapian::Document& unit) {
  const nlohmann::json data = nlohmann::json::parse(unit.get_data());
  const std::vector<schema::EvidenceOrigin> origins = schema::evidence_origins(data);
  if (origins.empty()) return schema::evidence_from_json(data);  // stored whole
  const std::vector<std::string>& sources = sources_of(unit.get_value(schema::kSlotResearcher));
  const schema::EvidenceAt evidence_at =
      [&](const schema::EvidenceOrigin& origin) -> std::optional<schema::OriginEvidence> {
    if (origin.record >= sources.size()) return std::nullopt;
    const std::string* record = record_data(sources[origin.record]);
    if (record == nullptr) return std::nullopt;
    std::optional<Evidence> e = schema::evidence_in_data(*record, origin.ordinal);
    if (!e) return std::nullopt;
    return schema::OriginEvidence{std::move(*e), sources[origin.record]};
  };
  Evidence e =
      schema::evidence_from_reference(data, schema::evidence_of_origins(origins, evidence_at));
  e.topics = topics_of(unit);
  return e;
}

}  // namespace savant::searcher
