// SPDX-License-Identifier: MIT
// Access to environment variables through a function, so that tests can give
// the CLI's decisions (config path, colour, default index) a fake environment.
#pragma once

#include <cstdlib>
#include <functional>

namespace savant::cli {

/// Looks up an environment variable: nullptr when unset.
using Getenv = std::function<const char*(const char*)>;

/// The process environment.
inline const char* process_getenv(const char* name) { return std::getenv(name); }

/// Whether `name` is set to something other than the empty string.
inline bool is_set(const Getenv& getenv, const char* name) {
  const char* value = getenv(name);
  return value != nullptr && *value != '\0';
}

}  // namespace savant::cli
