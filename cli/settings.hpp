// SPDX-License-Identifier: MIT
// The settings a command runs with, from configuration files, the
// environment and the command line, later ones winning.
#pragma once

#include "cli/environment.hpp"
#include <savant/search.hpp>

#include <string>
#include <vector>

namespace savant::cli {

/// The index path and ranking settings in effect.
struct Settings {
  std::string db;
  RankingSettings ranking;
};

/// Where settings come from, each over the one before: the built-in defaults
/// (index ./savant-index), the user's configuration file (when it exists),
/// `config_flag` (--config FILE, which must exist), $SAVANT_DB, then
/// `db_flag` (--db). Empty flags were not given. Throws savant::Error (usage)
/// for a configuration file that cannot be read or parsed.
Settings resolve_settings(const std::string& db_flag, const std::string& config_flag,
                          const Getenv& getenv = process_getenv);

/// Applies `--ranking NAME=VALUE` arguments over `ranking`. Throws
/// savant::Error (usage) for a malformed argument, an unknown name or a bad value.
void apply_ranking_flags(const std::vector<std::string>& flags, RankingSettings& ranking);

}  // namespace savant::cli
