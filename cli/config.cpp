// SPDX-License-Identifier: MIT
// Reading the configuration file.
#include "cli/config.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace savant::cli {
namespace {

constexpr std::string_view kRankingPrefix = "ranking.";

std::string_view trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

std::string expand_home(const std::string& path, const Getenv& getenv) {
  if (path != "~" && path.rfind("~/", 0) != 0) return path;
  const char* home = getenv("HOME");
  if (home == nullptr || *home == '\0') {
    throw Error(ErrorCategory::usage, fmt::format("cannot expand '{}': HOME is not set", path));
  }
  return std::string(home) + path.substr(1);
}

std::string unquoted(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    return std::string(value.substr(1, value.size() - 2));
  }
  return std::string(value);
}

// Applies one `key = value` line; throws savant::Error (usage) without position.
void apply(ConfigFile& config, const std::string& key, const std::string& value,
           const Getenv& getenv) {
  if (key == "db") {
    if (value.empty()) throw Error(ErrorCategory::usage, "db needs a path");
    config.db = expand_home(value, getenv);
    return;
  }
  if (key.rfind(kRankingPrefix, 0) == 0) {
    const std::string name = key.substr(kRankingPrefix.size());
    config.ranking[name] = parse_ranking_value(name, value);
    return;
  }
  throw Error(ErrorCategory::usage, fmt::format("unknown key '{}' (known: db, ranking.NAME)", key));
}

}  // namespace

double parse_ranking_value(const std::string& name, const std::string& value) {
  double number = 0.0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, number);
  if (value.empty() || error != std::errc() || stop != end) {
    throw Error(ErrorCategory::usage,
                fmt::format("ranking setting '{}' needs a number, not '{}'", name, value));
  }
  // The library's own check, so names and ranges have one definition.
  check_ranking_settings({{name, number}});
  return number;
}

ConfigFile parse_config(std::string_view text, const std::string& origin, const Getenv& getenv) {
  ConfigFile config;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    try {
      const std::size_t equals = line.find('=');
      if (equals == std::string_view::npos) {
        throw Error(ErrorCategory::usage,
                    fmt::format("expected 'key = value', not '{}'", std::string(line)));
      }
      apply(config, std::string(trim(line.substr(0, equals))),
            unquoted(trim(line.substr(equals + 1))), getenv);
    } catch (const Error& e) {
      throw Error(ErrorCategory::usage, fmt::format("{}:{}: {}", origin, line_number, e.what()));
    }
  }
  return config;
}

ConfigFile read_config(const std::string& path, const Getenv& getenv) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorCategory::usage, fmt::format("{}: cannot read configuration file", path));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path, getenv);
}

std::string user_config_path(const Getenv& getenv) {
  if (is_set(getenv, "XDG_CONFIG_HOME")) {
    return std::string(getenv("XDG_CONFIG_HOME")) + "/savant/config";
  }
  if (is_set(getenv, "HOME")) return std::string(getenv("HOME")) + "/.config/savant/config";
  return {};
}

void merge_config(ConfigFile& base, const ConfigFile& overrides) {
  if (overrides.db) base.db = overrides.db;
  for (const auto& [name, value] : overrides.ranking) base.ranking[name] = value;
}

}  // namespace savant::cli
