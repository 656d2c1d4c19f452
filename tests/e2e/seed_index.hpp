// SPDX-License-Identifier: MIT
// An index of corpus/seeds built once per test binary by the real savant, and
// helpers to search it and read the JSON output.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/run_command.hpp"

namespace savant::testing {

/// Path of the shared seed index (built on first use).
const std::string& seed_index();

/// Runs `savant search --db <seed index> --format json ARGS...`, expects exit
/// 0 and returns the parsed JSON.
nlohmann::json search_seeds(const std::vector<std::string>& args);

/// The `name` of every result, in rank order.
std::vector<std::string> names_of(const nlohmann::json& results);

/// The same, as a set.
std::set<std::string> name_set(const nlohmann::json& results);

}  // namespace savant::testing
