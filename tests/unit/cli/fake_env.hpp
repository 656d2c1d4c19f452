// SPDX-License-Identifier: MIT
// fake_env(): a Getenv over a map, so tests decide what the CLI sees of the
// environment without touching the process's own.
#pragma once

#include "cli/environment.hpp"

#include <map>
#include <string>

namespace savant::testing {

/// Looks variables up in `vars`; anything else is unset.
inline cli::Getenv fake_env(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

}  // namespace savant::testing
