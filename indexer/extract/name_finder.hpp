// SPDX-License-Identifier: MIT
// Finds the researcher's name near the top of a CV or profile page.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// Whether `text` is shaped like a person's name: 2-4 words, each capitalised
/// or in capitals (initials and particles such as "van" allowed), no digits,
/// and none of the words site chrome and CV headings are made of.
bool looks_like_person_name(std::string_view text);

/// The subject of a biography's first sentence: "Jon Barron is a senior staff
/// research scientist ..." -> "Jon Barron"; "" when the sentence does not open
/// with a name followed by "is", "was", "received" and the like.
std::string biography_subject(std::string_view sentence);

/// The name among the first lines of `preamble` (the lines before the first
/// section), in display case, or "" when none qualifies. With several
/// candidates, prefers one that agrees with an e-mail local part, then one
/// repeated in `full_text`, then headings, then the earliest. When no line is a
/// name, a first line in the third person names its subject (biography_subject).
std::string find_name(std::span<const Line> preamble, const std::vector<std::string>& emails,
                      std::string_view full_text);

}  // namespace savant::indexer::detail
