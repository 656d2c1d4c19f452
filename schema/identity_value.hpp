// SPDX-License-Identifier: MIT
// The form of a source document's identity value (schema::kSlotIdentity):
// what identity resolution reads of a stored record, kept beside the record's
// data so that a run can group every stored record without parsing them all.
// Parsing every record's JSON data (and inflating it) was 81% of the CPU of a
// run that re-indexed one changed file of 100,000 (docs/ARCHITECTURE.md,
// "Identity values").
#pragma once

#include "schema/text_signature.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

/// The fields of an identity value.
struct IdentityFields {
  std::string name;                       ///< As the record gives it; may be empty.
  std::vector<std::string> emails;        ///< Lower-cased, in the record's order.
  std::vector<std::uint64_t> title_keys;  ///< Sorted, distinct title-key hashes.
  TextSketch sketch;                      ///< The record's text sketch.
};

/// The value that holds `fields`: a version byte, then each field after its
/// length (binary; names and e-mails as they are).
std::string identity_value(const IdentityFields& fields);

/// The fields identity_value() wrote; std::nullopt for an empty value (a
/// record stored before the slot existed) or one that is not well formed
/// (another version, truncated, lengths past its end, unsorted keys).
std::optional<IdentityFields> identity_fields_of(std::string_view value);

}  // namespace savant::schema
