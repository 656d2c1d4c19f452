// SPDX-License-Identifier: MIT
// savant's one error type. Every failure the library reports is a savant::Error
// with a category; the command line maps categories to exit codes.
#pragma once

#include <savant/export.hpp>

#include <stdexcept>
#include <string>

namespace savant {

/// What went wrong, coarsely: enough for a caller to decide what to do next.
///
/// The `savant` program maps the categories to its exit codes: usage 1, query 2,
/// input 3, every index_* category and io 4.
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
SAVANT_EXPORT const char* to_string(ErrorCategory category) noexcept;

/// The exception every savant function throws, and the only one: the library
/// translates the errors of the libraries it uses (Xapian's are not even
/// std::exceptions) before they reach the caller. `what()` is one line meant
/// for people, naming the path, file or query at fault; `category()` is meant
/// for programs. Functions that work through many inputs (index_files,
/// index_records) do not throw for one bad input: they list it in their
/// report and go on.
///
/// Thread-safety: a value type holding no resources; copy it freely between threads.
class SAVANT_EXPORT Error : public std::runtime_error {
 public:
  /// An error of `category` described by the one-line `message`.
  Error(ErrorCategory category, const std::string& message)
      : std::runtime_error(message), category_(category) {}

  /// The category of this failure.
  ErrorCategory category() const noexcept { return category_; }

 private:
  ErrorCategory category_;
};

}  // namespace savant
