// SPDX-License-Identifier: MIT
// Reads jemdoc sources (the plain-text markup of many academic homepages).
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// jemdoc markup as Markdown-like text: `= Title` -> "# Title", `== Section`
/// -> "## Section", `-`/`--` bullets and `.` numbered items (continuation lines
/// joined, `\n` breaks kept as indented lines), `*bold*` -> "**bold**",
/// `/italic/` -> "*italic*", `[url text]` -> "[text](url)", `{{raw html}}` and
/// `~~~ {}{raw}` blocks reduced to their text, `# comments` and code blocks
/// dropped, escapes (`\*`, `\[`) resolved.
std::string jemdoc_to_markdown(std::string_view jemdoc);

/// Reads a jemdoc page through the CV extractor; a page titled with a
/// person's name (`= Chong Wu`) names its record.
DocumentRecord read_jemdoc(const ReaderInput& input);

}  // namespace savant::indexer
