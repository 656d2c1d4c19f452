// SPDX-License-Identifier: MIT
// Layering of configuration files, environment and flags.
#include "cli/settings.hpp"

#include "cli/config.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <filesystem>

namespace savant::cli {

Settings resolve_settings(const std::string& db_flag, const std::string& config_flag,
                          const Getenv& getenv) {
  ConfigFile config;
  // The user's file is optional; a file named with --config is not.
  const std::string user_path = user_config_path(getenv);
  std::error_code ec;
  if (!user_path.empty() && std::filesystem::exists(user_path, ec)) {
    config = read_config(user_path, getenv);
  }
  if (!config_flag.empty()) merge_config(config, read_config(config_flag, getenv));

  Settings settings;
  settings.db = config.db.value_or("savant-index");
  if (is_set(getenv, "SAVANT_DB")) settings.db = getenv("SAVANT_DB");
  if (!db_flag.empty()) settings.db = db_flag;
  settings.ranking = config.ranking;
  return settings;
}

void apply_ranking_flags(const std::vector<std::string>& flags, RankingSettings& ranking) {
  for (const std::string& flag : flags) {
    const std::size_t equals = flag.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw Error(ErrorCategory::usage, fmt::format("--ranking needs NAME=VALUE, not '{}'", flag));
    }
    const std::string name = flag.substr(0, equals);
    ranking[name] = parse_ranking_value(name, flag.substr(equals + 1));
  }
}

}  // namespace savant::cli
