// SPDX-License-Identifier: MIT
// Maps Xapian exception classes onto savant's error categories.
#include "schema/xapian_errors.hpp"

#include <fmt/format.h>

namespace savant::schema {

Error translate_xapian_error(const Xapian::Error& e, const std::string& path) {
  // Xapian::Error has no virtual functions, so classes are told apart by name.
  const std::string type = e.get_type();
  const std::string what = e.get_description();
  if (type == "DatabaseLockError") {
    return Error(ErrorCategory::index_locked,
                 fmt::format("{}: index is locked: another savant process is writing to it; "
                             "try again when it has finished ({})",
                             path, what));
  }
  if (type == "DatabaseNotFoundError") {
    return Error(ErrorCategory::index_not_found, fmt::format("{}: no index here", path));
  }
  if (type == "DatabaseVersionError") {
    return Error(ErrorCategory::incompatible_index,
                 fmt::format("{}: unsupported database format ({})", path, what));
  }
  if (type == "DatabaseCorruptError") {
    return Error(ErrorCategory::index_corrupt, fmt::format("{}: index is damaged ({})", path, what));
  }
  if (type == "DatabaseOpeningError") {
    return Error(ErrorCategory::index_not_found,
                 fmt::format("{}: cannot open index ({})", path, what));
  }
  if (type == "QueryParserError") {
    return Error(ErrorCategory::query, what);
  }
  return Error(ErrorCategory::io, fmt::format("{}: {}", path, what));
}

}  // namespace savant::schema
