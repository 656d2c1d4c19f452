// SPDX-License-Identifier: MIT
// Converts records to and from the JSON stored in the index.
#include "schema/record_json.hpp"

#include "schema/text_signature.hpp"

#include <algorithm>

namespace savant::schema {
namespace {

using nlohmann::json;

std::vector<std::string> strings(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return {};
  return it->get<std::vector<std::string>>();
}

std::string string_of(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int int_of(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// Contact details go in only when there are some, so records without any
// serialise (and fingerprint) as they always did.
void put_contact(json& j, const ContactDetails& c) {
  if (c.phones.empty() && c.addresses.empty() && c.birth_dates.empty()) return;
  j["contact"] =
      json{{"phones", c.phones}, {"addresses", c.addresses}, {"birth_dates", c.birth_dates}};
}

ContactDetails contact_of(const json& j) {
  ContactDetails c;
  auto it = j.find("contact");
  if (it == j.end() || !it->is_object()) return c;
  c.phones = strings(*it, "phones");
  c.addresses = strings(*it, "addresses");
  c.birth_dates = strings(*it, "birth_dates");
  return c;
}

// The whole text is not stored, only what near-duplicate detection compares.
std::string stored_signature(const DocumentRecord& r) {
  if (!r.text_signature.empty() || r.text.empty()) return r.text_signature;
  return text_signature(r.text);
}

}  // namespace

EvidenceKind evidence_kind_from_string(const std::string& name) {
  for (auto kind : {EvidenceKind::publication, EvidenceKind::experience, EvidenceKind::education,
                    EvidenceKind::summary, EvidenceKind::skills}) {
    if (name == to_string(kind)) return kind;
  }
  return EvidenceKind::summary;
}

AuthorRole author_role_from_string(const std::string& name) {
  for (auto role : {AuthorRole::first, AuthorRole::co_first, AuthorRole::co_author}) {
    if (name == to_string(role)) return role;
  }
  return AuthorRole::unknown;
}

PublicationStatus publication_status_from_string(const std::string& name) {
  for (auto status : {PublicationStatus::published, PublicationStatus::preprint,
                      PublicationStatus::under_review}) {
    if (name == to_string(status)) return status;
  }
  return PublicationStatus::unknown;
}

// Stored evidence leaves out empty and unknown fields, which the reader below
// takes as their defaults, and names its fields with one letter: most units
// have only a few fields set, and each evidence document's data is compressed
// alone, so repeated key names are paid for in every one (docs/index-size.md).
namespace key {
constexpr const char* kind = "k";
constexpr const char* title = "t";
constexpr const char* text = "x";
constexpr const char* venue = "v";
constexpr const char* year = "y";
constexpr const char* role = "r";
constexpr const char* status = "s";
constexpr const char* organisation = "o";
constexpr const char* position = "p";
constexpr const char* dates = "d";
constexpr const char* authors = "a";
constexpr const char* topics = "c";
constexpr const char* sources = "f";
}  // namespace key

json to_json(const Evidence& e) {
  json j{{key::kind, to_string(e.kind)}};
  auto put = [&j](const char* name, const std::string& value) {
    if (!value.empty()) j[name] = value;
  };
  auto put_list = [&j](const char* name, const std::vector<std::string>& values) {
    if (!values.empty()) j[name] = values;
  };
  put(key::title, e.title);
  put(key::text, e.text);
  put(key::venue, e.venue);
  if (e.year != 0) j[key::year] = e.year;
  put(key::role, to_string(e.role));
  put(key::status, to_string(e.status));
  put(key::organisation, e.organisation);
  put(key::position, e.position);
  put(key::dates, e.dates);
  put_list(key::authors, e.authors);
  put_list(key::topics, e.topics);
  put_list(key::sources, e.sources);
  return j;
}

Evidence evidence_from_json(const json& j) {
  Evidence e;
  e.kind = evidence_kind_from_string(string_of(j, key::kind));
  e.title = string_of(j, key::title);
  e.text = string_of(j, key::text);
  e.venue = string_of(j, key::venue);
  e.year = int_of(j, key::year);
  e.role = author_role_from_string(string_of(j, key::role));
  e.status = publication_status_from_string(string_of(j, key::status));
  e.organisation = string_of(j, key::organisation);
  e.position = string_of(j, key::position);
  e.dates = string_of(j, key::dates);
  e.authors = strings(j, key::authors);
  e.topics = strings(j, key::topics);
  e.sources = strings(j, key::sources);
  return e;
}

namespace {

constexpr const char* kOrigins = "o";

void add_source(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

}  // namespace

EvidenceAt evidence_in(const RecordAt& record_at) {
  return [record_at](const EvidenceOrigin& origin) -> std::optional<OriginEvidence> {
    const DocumentRecord* record = record_at(origin.record);
    if (record == nullptr || origin.ordinal >= record->evidence.size()) return std::nullopt;
    return OriginEvidence{record->evidence[origin.ordinal], record->source};
  };
}

Evidence evidence_of_origins(const std::vector<EvidenceOrigin>& origins,
                             const EvidenceAt& evidence_at) {
  Evidence out;
  bool first = true;
  for (const EvidenceOrigin& origin : origins) {
    const std::optional<OriginEvidence> found = evidence_at(origin);
    if (!found) continue;
    const Evidence& e = found->evidence;
    if (first) {
      out = e;
      out.topics.clear();
      out.sources.clear();
      first = false;
    }
    if (e.sources.empty()) {
      add_source(out.sources, found->source);
    } else {
      for (const std::string& source : e.sources) add_source(out.sources, source);
    }
  }
  return out;
}

namespace {

// Every field of Evidence (include/savant/records.hpp, C++17: no defaulted ==).
bool same_evidence(const Evidence& a, const Evidence& b) {
  return a.kind == b.kind && a.title == b.title && a.text == b.text && a.venue == b.venue &&
         a.year == b.year && a.role == b.role && a.status == b.status &&
         a.organisation == b.organisation && a.position == b.position && a.dates == b.dates &&
         a.authors == b.authors && a.topics == b.topics && a.sources == b.sources;
}

}  // namespace

json evidence_reference_json(const Evidence& unit, const Evidence& from_origins,
                             const std::vector<EvidenceOrigin>& origins) {
  // Most units are what their origins give (one record, nothing merged): no
  // field differs, so the reference is the origins alone, without the copies
  // and JSON objects the comparison below takes.
  if (same_evidence(unit, from_origins)) {
    json refs = json::array();
    for (const EvidenceOrigin& o : origins) refs.push_back(json::array({o.record, o.ordinal}));
    json out = json::object();
    out[kOrigins] = std::move(refs);
    return out;
  }
  Evidence plain = unit;
  plain.topics.clear();
  Evidence base = from_origins;
  base.topics.clear();
  const json have = to_json(plain);
  const json given = to_json(base);
  json out = json::object();
  json refs = json::array();
  for (const EvidenceOrigin& o : origins) refs.push_back(json::array({o.record, o.ordinal}));
  out[kOrigins] = std::move(refs);
  for (const auto& [name, value] : have.items()) {
    auto it = given.find(name);
    if (it == given.end() || *it != value) out[name] = value;
  }
  for (const auto& [name, value] : given.items()) {
    if (!have.contains(name)) out[name] = nullptr;
  }
  return out;
}

std::vector<EvidenceOrigin> evidence_origins(const json& j) {
  std::vector<EvidenceOrigin> origins;
  auto it = j.find(kOrigins);
  if (it == j.end() || !it->is_array()) return origins;
  for (const json& o : *it) {
    if (!o.is_array() || o.size() != 2 || !o[0].is_number_unsigned() ||
        !o[1].is_number_unsigned()) {
      continue;
    }
    origins.push_back(EvidenceOrigin{o[0].get<std::size_t>(), o[1].get<std::size_t>()});
  }
  return origins;
}

Evidence evidence_from_reference(const json& j, const Evidence& from_origins) {
  Evidence base = from_origins;
  base.topics.clear();
  json merged = to_json(base);
  for (const auto& [name, value] : j.items()) {
    if (name == kOrigins) continue;
    if (value.is_null()) {
      merged.erase(name);
    } else {
      merged[name] = value;
    }
  }
  return evidence_from_json(merged);
}

namespace {

// Everything of a record but its evidence.
json record_header(const DocumentRecord& r) {
  json j{{"source", r.source},
         {"format", r.format},
         {"name", r.name},
         {"emails", r.emails},
         {"affiliations", r.affiliations},
         {"signature", stored_signature(r)}};
  put_contact(j, r.contact);
  return j;
}

}  // namespace

json to_json(const DocumentRecord& r) {
  json evidence = json::array();
  for (const auto& e : r.evidence) evidence.push_back(to_json(e));
  json j = record_header(r);
  j["evidence"] = std::move(evidence);
  return j;
}

DocumentRecord record_from_json(const json& j) {
  DocumentRecord r;
  r.source = string_of(j, "source");
  r.format = string_of(j, "format");
  r.name = string_of(j, "name");
  r.emails = strings(j, "emails");
  r.affiliations = strings(j, "affiliations");
  if (auto it = j.find("evidence"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) r.evidence.push_back(evidence_from_json(e));
  }
  r.text_signature = string_of(j, "signature");
  r.contact = contact_of(j);
  return r;
}

std::string record_data(const DocumentRecord& record) {
  std::string data = record_header(record).dump();
  for (const Evidence& e : record.evidence) {
    data += '\n';
    data += to_json(e).dump();
  }
  return data;
}

DocumentRecord record_from_data(std::string_view data) {
  std::size_t end = data.find('\n');
  DocumentRecord record = record_from_json(json::parse(data.substr(0, end)));
  while (end != std::string_view::npos) {
    const std::size_t start = end + 1;
    end = data.find('\n', start);
    record.evidence.push_back(evidence_from_json(json::parse(data.substr(start, end - start))));
  }
  return record;
}

std::optional<Evidence> evidence_in_data(std::string_view data, std::size_t ordinal) {
  std::size_t start = data.find('\n');
  for (std::size_t i = 0; i < ordinal && start != std::string_view::npos; ++i) {
    start = data.find('\n', start + 1);
  }
  if (start == std::string_view::npos) return std::nullopt;
  const std::size_t end = data.find('\n', start + 1);
  return evidence_from_json(json::parse(data.substr(start + 1, end - start - 1)));
}

json to_json(const Researcher& r) {
  json j{{"id", r.id},
         {"name", r.name},
         {"emails", r.emails},
         {"affiliations", r.affiliations},
         {"topics", r.topics},
         {"sources", r.sources},
         {"publications", r.publications}};
  put_contact(j, r.contact);
  return j;
}

Researcher researcher_from_json(const json& j) {
  Researcher r;
  r.id = string_of(j, "id");
  r.name = string_of(j, "name");
  r.emails = strings(j, "emails");
  r.affiliations = strings(j, "affiliations");
  r.topics = strings(j, "topics");
  r.sources = strings(j, "sources");
  r.publications = int_of(j, "publications");
  r.contact = contact_of(j);
  return r;
}

}  // namespace savant::schema
