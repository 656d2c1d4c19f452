// SPDX-License-Identifier: MIT
// Reads one input file into a DocumentRecord: loads the bytes, checks they are
// text, detects the format and hands the text to the matching reader.
#pragma once

#include <string>
#include <string_view>

#include <savant/records.hpp>

#include "indexer/extract/cv_extractor.hpp"

namespace savant::indexer {

/// The bytes of a file. Throws savant::Error (input) naming the file when it
/// cannot be read (missing, a directory, permission denied, too large).
std::string load_file(const std::string& path);

/// The format of a file from its name and its first bytes: "markdown" or
/// "text" for now; throws savant::Error (input) for binary data and invalid UTF-8.
std::string detect_format(const std::string& path, std::string_view bytes);

/// Whether indexing a directory should pick up this file (by extension).
bool is_indexable_name(const std::string& path);

/// Reads `bytes` (the content of `path`) into a record with source and format
/// set. Throws savant::Error (input) naming the file and the reason.
DocumentRecord read_document(const std::string& path, std::string_view bytes,
                             const ExtractContext& context);

}  // namespace savant::indexer
