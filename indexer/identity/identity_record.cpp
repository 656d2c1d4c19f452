// SPDX-License-Identifier: MIT
#include "indexer/identity/identity_record.hpp"

#include "schema/identity_value.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>

namespace savant::indexer {

std::vector<std::uint64_t> title_keys(const DocumentRecord& record) {
  std::vector<std::uint64_t> keys;
  for (const Evidence& e : record.evidence) {
    if (e.kind == EvidenceKind::publication && !e.title.empty()) {
      keys.push_back(schema::stable_hash(schema::match_key(e.title)));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  keys.shrink_to_fit();
  return keys;
}

IdentityRecord identity_of(const DocumentRecord& record, bool for_near_duplicates) {
  IdentityRecord identity;
  identity.source = record.source;
  identity.name = record.name;
  identity.emails = record.emails;
  if (for_near_duplicates) {
    identity.title_keys = title_keys(record);
    // A stored record has only its signature; a record built in memory has its text.
    identity.sketch = record.text_signature.empty() ? schema::sketch_text(record.text)
                                                    : schema::decode_sketch(record.text_signature);
    identity.sketch.sample.shrink_to_fit();
  }
  return identity;
}

std::vector<IdentityRecord> identities_of(const std::vector<DocumentRecord>& records) {
  const bool anonymous = std::any_of(records.begin(), records.end(), [](const DocumentRecord& r) {
    return r.name.empty() && r.emails.empty();
  });
  std::vector<IdentityRecord> identities;
  identities.reserve(records.size());
  for (const DocumentRecord& record : records) {
    identities.push_back(identity_of(record, anonymous));
  }
  return identities;
}

std::string identity_value_of(const DocumentRecord& record) {
  IdentityRecord identity = identity_of(record);
  return schema::identity_value({std::move(identity.name), std::move(identity.emails),
                                 std::move(identity.title_keys), std::move(identity.sketch)});
}

std::optional<IdentityRecord> identity_of_value(std::string_view value) {
  std::optional<schema::IdentityFields> fields = schema::identity_fields_of(value);
  if (!fields) return std::nullopt;
  IdentityRecord identity;
  identity.name = std::move(fields->name);
  identity.emails = std::move(fields->emails);
  identity.title_keys = std::move(fields->title_keys);
  identity.sketch = std::move(fields->sketch);
  return identity;
}

void drop_near_duplicate_fields(std::vector<IdentityRecord>& records) {
  // Swapped with empty ones: `= {}` would keep the vectors' capacity.
  for (IdentityRecord& record : records) {
    std::vector<std::uint64_t>().swap(record.title_keys);
    std::vector<std::uint32_t>().swap(record.sketch.sample);
  }
}

}  // namespace savant::indexer
