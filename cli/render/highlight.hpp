// SPDX-License-Identifier: MIT
// Terminal rendering of snippets, which the library gives as HTML.
#pragma once

#include <string>

namespace savant::cli {

/// Turns an HTML snippet into terminal text: <mark>...</mark> becomes bold
/// yellow when `colour` (else the tags are dropped) and entities are decoded.
std::string render_snippet(const std::string& html, bool colour);

/// Whether stdout should get colour: a terminal, and NO_COLOR unset.
bool stdout_wants_colour();

}  // namespace savant::cli
