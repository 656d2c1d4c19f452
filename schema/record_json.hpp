// SPDX-License-Identifier: MIT
// JSON form of records, as stored in Xapian document data. The searcher reads
// the same form back, so both sides use these functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <savant/records.hpp>

namespace savant::schema {

nlohmann::json to_json(const Evidence& evidence);
/// The stored form of a record keeps `text_signature` (computed from `text`
/// when empty), not `text`: record_from_json() gives the text back empty.
nlohmann::json to_json(const DocumentRecord& record);
nlohmann::json to_json(const Researcher& researcher);

Evidence evidence_from_json(const nlohmann::json& j);
DocumentRecord record_from_json(const nlohmann::json& j);
Researcher researcher_from_json(const nlohmann::json& j);

/// Parses enum names written by savant::to_string(); unknown names give `unknown`/summary.
EvidenceKind evidence_kind_from_string(const std::string& name);
AuthorRole author_role_from_string(const std::string& name);
PublicationStatus publication_status_from_string(const std::string& name);

}  // namespace savant::schema
