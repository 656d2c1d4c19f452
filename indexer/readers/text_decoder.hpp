// SPDX-License-Identifier: MIT
// Turns the bytes of a text file in any common encoding into UTF-8, and tells
// text from binary data.
#pragma once

#include <string>
#include <string_view>

namespace savant::indexer {

/// Decodes `bytes` to UTF-8: a UTF-8 byte order mark is stripped; UTF-16 and
/// UTF-32 (with a byte order mark, or UTF-16 recognised by its pattern of NUL
/// bytes) are converted; valid UTF-8 is passed through; anything else goes
/// through ICU's charset detection (Latin-1, Windows-1252, ...) and is
/// converted. Sets `*encoding` (when given) to the name of the encoding used.
/// Throws savant::Error (input) with the reason (without a path) for data that
/// is not text in any encoding.
std::string decode_to_utf8(std::string_view bytes, std::string* encoding = nullptr);

}  // namespace savant::indexer
