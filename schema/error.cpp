// SPDX-License-Identifier: MIT
// Names of error categories, for messages.
#include <savant/error.hpp>

namespace savant {

const char* to_string(ErrorCategory category) noexcept {
  switch (category) {
    case ErrorCategory::usage: return "usage";
    case ErrorCategory::query: return "query";
    case ErrorCategory::input: return "input";
    case ErrorCategory::index_not_found: return "index not found";
    case ErrorCategory::incompatible_index: return "incompatible index";
    case ErrorCategory::index_locked: return "index locked";
    case ErrorCategory::index_corrupt: return "index corrupt";
    case ErrorCategory::io: return "i/o";
  }
  return "unknown";
}

}  // namespace savant
