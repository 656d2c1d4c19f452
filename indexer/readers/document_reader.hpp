// SPDX-License-Identifier: MIT
// Reads one input file into a DocumentRecord: loads the bytes, checks they are
// text, detects the format and hands the text to the matching reader.
#pragma once

#include "indexer/extract/cv_extractor.hpp"
#include <savant/records.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace savant::indexer {

/// Files larger than this are not CVs and are skipped unread (IndexOptions::max_file_bytes).
inline constexpr std::uint64_t kDefaultMaxFileBytes = 64u << 20;

/// The bytes of a file. Throws savant::Error (input) naming the file when it
/// cannot be read (missing, a directory, permission denied, larger than
/// `max_bytes`; 0 means no limit).
std::string load_file(const std::string& path, std::uint64_t max_bytes = kDefaultMaxFileBytes);

/// "64.0 MiB", "200.0 KiB", "812 bytes".
std::string human_size(std::uintmax_t bytes);

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
