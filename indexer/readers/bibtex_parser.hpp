// SPDX-License-Identifier: MIT
// A BibTeX parser: entries with their fields, @string macros and `#`
// concatenation expanded, @comment and @preamble skipped, and BibTeX's rules
// for splitting author lists and names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace savant::indexer::bibtex {

/// One entry: `@type{key, name = value, ...}`.
struct Entry {
  std::string type;  ///< Lower case: "article", "inproceedings".
  std::string key;   ///< Citation key as written.
  /// Field names in lower case with their values: LaTeX as written, outer
  /// delimiters removed, macros expanded and `#` parts joined.
  std::vector<std::pair<std::string, std::string>> fields;
  std::size_t line = 0;  ///< 1-based line of the '@'.

  /// The value of field `name` (lower case), or nullptr.
  const std::string* field(std::string_view name) const;
};

/// What a parse found.
struct ParseResult {
  std::vector<Entry> entries;
  /// One message per skipped malformed entry: "line 12: unterminated value".
  std::vector<std::string> errors;
};

/// Parses BibTeX text. Text outside entries is ignored, as BibTeX does.
/// Malformed entries are skipped and reported in `errors`; parsing resumes
/// at the next entry. Month macros (jan..dec) are predefined.
ParseResult parse(std::string_view text);

/// A name split BibTeX's way, parts still LaTeX.
struct Name {
  std::string first;  ///< "Donald E."
  std::string von;    ///< "van der"
  std::string last;   ///< "Knuth"
  std::string jr;     ///< "Jr."
};

/// Splits an author or editor field on top-level "and" (any case, outside
/// braces). A trailing "others" is returned as the word "others".
std::vector<std::string> split_names(std::string_view value);

/// Splits one name: "First von Last", "von Last, First" or
/// "von Last, Jr, First". Words in braces count as one word; a word starting
/// lower case is a "von" particle.
Name split_name(std::string_view name);

}  // namespace savant::indexer::bibtex
