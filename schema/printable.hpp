// SPDX-License-Identifier: MIT
// Makes untrusted text (a query, a file name) safe to quote in a one-line
// message on a terminal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace savant::schema {

/// `text` with control characters (including newline, tab and ESC, which
/// would let a file name or query rewrite the terminal) written as \n, \t or
/// \xNN and bytes that are not UTF-8 as \xNN; valid UTF-8 otherwise
/// unchanged, so printable(printable(s)) == printable(s) when nothing is cut.
/// Longer than `max_bytes`, it is cut at a character boundary and ends with
/// "... (N bytes)".
std::string printable(std::string_view text, std::size_t max_bytes = 200);

}  // namespace savant::schema
