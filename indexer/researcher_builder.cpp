// SPDX-License-Identifier: MIT
// Evidence merging and topic assignment for one researcher.
#include "indexer/researcher_builder.hpp"

#include "schema/text_normalizer.hpp"
#include "schema/venues.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace savant::indexer {
namespace {

// Main topics: mentions weighted by where they occur. A topic in a publication
// title says more about a person than one in a course list.
double kind_weight(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::publication:
      return 3.0;
    case EvidenceKind::experience:
      return 2.0;
    case EvidenceKind::summary:
      return 1.5;
    case EvidenceKind::education:
      return 1.0;
    case EvidenceKind::skills:
      return 0.5;
  }
  return 1.0;
}

constexpr std::size_t kMainTopics = 5;

}  // namespace

std::string evidence_key(const Evidence& e) {
  std::string key = std::string(to_string(e.kind)) + '|' + schema::match_key(e.title);
  if (e.kind == EvidenceKind::experience || e.kind == EvidenceKind::education) {
    key += '|' + schema::match_key(e.organisation);
  }
  if (e.title.empty()) key += '|' + std::to_string(schema::stable_hash(schema::match_key(e.text)));
  return key;
}

namespace {

void add_unique(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

// Fills what `into` lacks from `from`: two renderings of one CV each miss
// different details (a venue line lost in PDF extraction, say). `from` without
// sources comes from `from_source`.
void merge_evidence(Evidence& into, const Evidence& from, const std::string& from_source) {
  if (into.venue.empty()) into.venue = from.venue;
  if (into.year == 0) into.year = from.year;
  if (into.role == AuthorRole::unknown) into.role = from.role;
  if (into.status == PublicationStatus::unknown) into.status = from.status;
  if (into.organisation.empty()) into.organisation = from.organisation;
  if (into.position.empty()) into.position = from.position;
  if (into.dates.empty()) into.dates = from.dates;
  if (into.authors.empty()) into.authors = from.authors;
  if (from.text.size() > into.text.size()) into.text = from.text;
  if (from.sources.empty()) add_unique(into.sources, from_source);
  for (const auto& s : from.sources) add_unique(into.sources, s);
}

}  // namespace

std::vector<std::pair<std::string, int>> count_topics(const Evidence& evidence,
                                                      const schema::Taxonomy& taxonomy) {
  std::map<std::string, int> counts;
  // A mention of a narrow topic is a mention of each broader one too, so that
  // `topic:model-compression` still finds knowledge-distillation work.
  auto count = [&counts](const schema::TopicHit& hit) {
    ++counts[hit.topic->id];
    for (const std::string& broader : hit.topic->broader) ++counts[broader];
  };
  for (const auto& hit : taxonomy.find_in(evidence.title)) count(hit);
  for (const auto& hit : taxonomy.find_in(evidence.text)) count(hit);
  // A paper at a venue of one community is evidence of its field even when the
  // title does not say so ("Kishu: Time-Traveling for Computational Notebooks",
  // VLDB): the venue table names the topics (venues.tsv, fifth field).
  if (evidence.kind == EvidenceKind::publication && !evidence.venue.empty()) {
    if (const schema::Venue* venue = schema::VenueTable::builtin().find(evidence.venue)) {
      for (const std::string& id : venue->topics) {
        if (const schema::Topic* topic = taxonomy.find(id)) count({topic, 0, 0});
      }
    }
  }
  std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return sorted;
}

ResearcherEntry build_researcher(const ResearcherCluster& cluster,
                                 const std::vector<DocumentRecord>& records,
                                 const schema::Taxonomy& taxonomy) {
  ResearcherEntry entry;
  Researcher& r = entry.researcher;
  r.id = cluster.id;
  r.name = cluster.name;

  std::unordered_map<std::string, std::size_t> position_of;  // evidence key -> entry.evidence
  bool referable = true;  // every record is one of r.sources, by its own path
  for (std::size_t m : cluster.members) {
    const DocumentRecord& record = records[m];
    add_unique(r.sources, record.source);
    auto in_sources = std::find(r.sources.begin(), r.sources.end(), record.source);
    if (record.source.empty() || in_sources != r.sources.end() - 1) referable = false;
    const std::size_t record_index = static_cast<std::size_t>(in_sources - r.sources.begin());
    std::size_t ordinal = 0;
    for (const auto& email : record.emails) add_unique(r.emails, email);
    for (const auto& a : record.affiliations) add_unique(r.affiliations, a);
    for (const auto& phone : record.contact.phones) add_unique(r.contact.phones, phone);
    for (const auto& address : record.contact.addresses) add_unique(r.contact.addresses, address);
    for (const auto& date : record.contact.birth_dates) add_unique(r.contact.birth_dates, date);
    for (const Evidence& e : record.evidence) {
      // A unit's key never changes by merging: what merging fills in has the
      // same match key as what it fills (or is not part of the key).
      std::string key = evidence_key(e);
      auto [it, inserted] = position_of.emplace(key, entry.evidence.size());
      const schema::EvidenceOrigin origin{record_index, ordinal++};
      if (inserted) {
        Evidence copy = e;
        if (copy.sources.empty()) copy.sources.push_back(record.source);
        entry.evidence.push_back(EvidenceUnit{std::move(copy), {}, {origin}, {}, std::move(key)});
      } else {
        merge_evidence(entry.evidence[it->second].evidence, e, record.source);
        entry.evidence[it->second].origins.push_back(origin);
      }
    }
  }
  if (r.name.empty()) r.name = cluster.id;
  // Each unit refers to the records' evidence it came from, and keeps only
  // what merging changed (docs/index-size.md, schema 6).
  const schema::EvidenceAt evidence_at =
      schema::evidence_in([&](std::size_t i) -> const DocumentRecord* {
        return i < cluster.members.size() ? &records[cluster.members[i]] : nullptr;
      });
  for (EvidenceUnit& unit : entry.evidence) {
    if (!referable) {
      unit.origins.clear();
      continue;
    }
    unit.stored = schema::evidence_reference_json(
        unit.evidence, schema::evidence_of_origins(unit.origins, evidence_at), unit.origins);
  }

  std::map<std::string, double> topic_weight;
  for (EvidenceUnit& unit : entry.evidence) {
    unit.topic_mentions = count_topics(unit.evidence, taxonomy);
    unit.evidence.topics.clear();
    for (const auto& [topic, count] : unit.topic_mentions) {
      unit.evidence.topics.push_back(topic);
      topic_weight[topic] += kind_weight(unit.evidence.kind) * count;
    }
    if (unit.evidence.kind == EvidenceKind::publication) ++r.publications;
  }
  std::vector<std::pair<std::string, double>> ranked(topic_weight.begin(), topic_weight.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (std::size_t i = 0; i < ranked.size() && i < kMainTopics; ++i) {
    r.topics.push_back(ranked[i].first);
  }
  return entry;
}

}  // namespace savant::indexer
