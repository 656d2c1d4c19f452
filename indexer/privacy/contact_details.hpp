// SPDX-License-Identifier: MIT
// Phone numbers, home addresses and dates of birth: found in CV text and taken
// out of everything that is indexed, so no query can find a person by them.
#pragma once

#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// `text` without the phone numbers, postal addresses and dates of birth it
/// holds (each with its label, "Tel:", "Address:", "Born"); what was removed
/// is added to `found`, each value once. Linear in the length of `text`.
std::string redact_contact_details(std::string_view text, ContactDetails& found);

/// Redacts every indexed text field of `record` (its text, and the title,
/// text, organisation and position of each evidence unit) and records what
/// was removed in `record.contact`.
void redact_contact_details(DocumentRecord& record);

}  // namespace savant::indexer
