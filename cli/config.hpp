// SPDX-License-Identifier: MIT
// savant's configuration file: `key = value` lines for the default index
// path and ranking settings. Errors name the file and the line.
#pragma once

#include "cli/environment.hpp"
#include <savant/search.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace savant::cli {

/// What a configuration file sets; anything not set is absent.
struct ConfigFile {
  std::optional<std::string> db;  ///< `db = PATH`, with a leading "~/" expanded.
  RankingSettings ranking;        ///< `ranking.NAME = NUMBER` lines.
};

/// Parses configuration `text`. Blank lines and lines starting with '#' are
/// skipped; every other line is `key = value` (a value may be "quoted"). The
/// keys are `db` and `ranking.NAME` for each NAME of
/// savant::default_ranking_settings(). Throws savant::Error (usage)
/// "ORIGIN:LINE: reason" for an unknown key, a line without '=', or a bad value.
ConfigFile parse_config(std::string_view text, const std::string& origin,
                        const Getenv& getenv = process_getenv);

/// Reads and parses the file at `path`. Throws savant::Error (usage) when it
/// cannot be read, and as parse_config().
ConfigFile read_config(const std::string& path, const Getenv& getenv = process_getenv);

/// The user's configuration file: $XDG_CONFIG_HOME/savant/config, else
/// $HOME/.config/savant/config; empty when neither variable is set.
std::string user_config_path(const Getenv& getenv = process_getenv);

/// `overrides` applied over `base`: what `overrides` sets wins.
void merge_config(ConfigFile& base, const ConfigFile& overrides);

/// `value` as a ranking setting's number. Throws savant::Error (usage)
/// naming `name` when it is not a number, or not a known setting, or out of range.
double parse_ranking_value(const std::string& name, const std::string& value);

}  // namespace savant::cli
