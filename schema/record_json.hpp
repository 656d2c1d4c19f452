// SPDX-License-Identifier: MIT
// JSON form of records, as stored in Xapian document data. The searcher reads
// the same form back, so both sides use these functions.
#pragma once

#include <savant/records.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

nlohmann::json to_json(const Evidence& evidence);
/// The stored form of a record keeps `text_signature` (computed from `text`
/// when empty), not `text`: record_from_json() gives the text back empty.
nlohmann::json to_json(const DocumentRecord& record);
nlohmann::json to_json(const Researcher& researcher);

Evidence evidence_from_json(const nlohmann::json& j);
DocumentRecord record_from_json(const nlohmann::json& j);

/// A record as stored in its `XKsource` document's data (schema 8): to_json()
/// without the evidence on the first line, then each evidence's to_json() on a
/// line of its own (a dumped JSON holds no raw newline), so one evidence is
/// read without parsing the rest (evidence_in_data()).
std::string record_data(const DocumentRecord& record);
/// The record stored as record_data(). Throws nlohmann::json::exception when
/// `data` is not that form.
DocumentRecord record_from_data(std::string_view data);
/// The `ordinal`-th evidence of the record stored as `data`, or nothing when
/// it has fewer.
std::optional<Evidence> evidence_in_data(std::string_view data, std::size_t ordinal);
Researcher researcher_from_json(const nlohmann::json& j);

/// Where an evidence unit was read from: the `ordinal`-th evidence of the
/// `record`-th of its researcher's sources (Researcher::sources, in order).
struct EvidenceOrigin {
  std::size_t record = 0;
  std::size_t ordinal = 0;
  bool operator==(const EvidenceOrigin&) const = default;
};

/// The researcher's `i`-th record, or nullptr when it cannot be read.
using RecordAt = std::function<const DocumentRecord*(std::size_t i)>;

/// The evidence an origin names and the path of the record holding it.
struct OriginEvidence {
  Evidence evidence;
  std::string source;
};
/// The evidence of `origin`, or nothing when it cannot be read.
using EvidenceAt = std::function<std::optional<OriginEvidence>(const EvidenceOrigin& origin)>;

/// An EvidenceAt over records in memory.
EvidenceAt evidence_in(const RecordAt& record_at);

/// What a unit's origins give before anything else is merged in: the first
/// origin's evidence, the sources of every origin (a record's own path when
/// its evidence names none, as the researcher builder merges them), no topics.
/// Origins whose record or evidence is missing give nothing.
Evidence evidence_of_origins(const std::vector<EvidenceOrigin>& origins,
                             const EvidenceAt& evidence_at);

/// The stored data of an evidence unit that refers to its records (schema 6):
/// its origins ("o") and only the fields in which `unit` differs from what
/// they give (`from_origins`), in to_json()'s keys, null for a field emptied.
/// Topics are never stored here: the unit's kSlotTopics value holds them.
nlohmann::json evidence_reference_json(const Evidence& unit, const Evidence& from_origins,
                                       const std::vector<EvidenceOrigin>& origins);

/// The origins in stored evidence data; empty when it holds the whole evidence
/// (to_json()), as for units whose records could not be referred to.
std::vector<EvidenceOrigin> evidence_origins(const nlohmann::json& j);

/// The unit stored as `j` (evidence_reference_json()), given what its origins
/// give; its topics are left empty.
Evidence evidence_from_reference(const nlohmann::json& j, const Evidence& from_origins);

/// Parses enum names written by savant::to_string(); unknown names give `unknown`/summary.
EvidenceKind evidence_kind_from_string(const std::string& name);
AuthorRole author_role_from_string(const std::string& name);
PublicationStatus publication_status_from_string(const std::string& name);

}  // namespace savant::schema
