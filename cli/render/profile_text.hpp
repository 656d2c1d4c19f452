// SPDX-License-Identifier: MIT
// A researcher's whole record as text, for `savant show`.
#pragma once

#include "cli/render/text_output.hpp"
#include <savant/records.hpp>

#include <string>

namespace savant::cli {

/// Name and id, contact lines, then every piece of evidence grouped by kind.
std::string profile_text(const ResearcherProfile& profile, const TextLayout& layout);

}  // namespace savant::cli
