// SPDX-License-Identifier: MIT
// The one interface every format reader implements: a file's content in, a
// DocumentRecord out. The dispatcher (document_reader.cpp) detects the format,
// decodes text formats to normalised UTF-8, calls the reader and fills in the
// record's source and format.
#pragma once

#include <string>
#include <string_view>

#include <savant/records.hpp>

#include "indexer/extract/cv_extractor.hpp"

namespace savant::indexer {

/// What a reader gets.
struct ReaderInput {
  const std::string& path;         ///< For messages only; readers never open files.
  std::string_view bytes;          ///< The raw file content.
  const std::string& text;         ///< Text formats: `bytes` decoded to UTF-8 and passed through
                                   ///< schema::normalize_text. Binary formats: empty.
  const ExtractContext& context;
};

/// A reader. Throws savant::Error (input) with a message "<path>: <reason>"
/// when the content is broken; returns a record without source and format.
using Reader = DocumentRecord (*)(const ReaderInput& input);

}  // namespace savant::indexer
