// SPDX-License-Identifier: MIT
// Terminal rendering of snippets, which the library gives as HTML.
#pragma once

#include "cli/render/style.hpp"

#include <string>

namespace savant::cli {

/// Turns an HTML snippet into terminal text: each <mark>...</mark> becomes
/// `style.match(...)` (plain without colour) and entities are decoded.
std::string render_snippet(const std::string& html, const Style& style);

}  // namespace savant::cli
