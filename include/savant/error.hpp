// SPDX-License-Identifier: MIT
// savant's one error type. Every failure the library reports is a savant::Error
// with a category; the command line maps categories to exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace savant {

/// What went wrong, coarsely: enough for a caller to decide what to do next.
enum class ErrorCategory {
  usage,               ///< The caller asked for something meaningless (bad option value).
  query,               ///< The query text or a filter could not be understood.
  input,               ///< An input document could not be read or parsed.
  index_not_found,     ///< No index at the given path.
  incompatible_index,  ///< The index was written by another schema version, or is not savant's.
  index_locked,        ///< Another writer holds the index.
  index_corrupt,       ///< The index is damaged.
  io,                  ///< Any other operating-system or database failure.
};

/// Returns a short lower-case name for `category` ("query", "index not found", ...).
const char* to_string(ErrorCategory category) noexcept;

/// The exception every savant function throws. Thread-safe to copy; holds no resources.
class Error : public std::runtime_error {
 public:
  Error(ErrorCategory category, const std::string& message)
      : std::runtime_error(message), category_(category) {}

  /// The category of this failure.
  ErrorCategory category() const noexcept { return category_; }

 private:
  ErrorCategory category_;
};

}  // namespace savant
