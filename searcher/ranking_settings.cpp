// SPDX-License-Identifier: MIT
// Name table of the ranking settings: one row per RankingWeights member.
#include "searcher/ranking_settings.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <string_view>

namespace savant::searcher {
namespace {

constexpr double kNoLimit = std::numeric_limits<double>::infinity();

// A setting is a double or an int member of RankingWeights, with its range.
struct Setting {
  std::string_view name;
  double RankingWeights::*real;
  int RankingWeights::*integer;
  double min;
  bool min_open;  // the range excludes `min`
  double max;
};

constexpr Setting factor(std::string_view name, double RankingWeights::*member) {
  return {name, member, nullptr, 0.0, false, kNoLimit};
}

// Names are the member names, which README and docs/API.md list: a new weight
// needs one row here to become settable from the API, the config file and --ranking.
constexpr Setting kSettings[] = {
    factor("publication", &RankingWeights::publication),
    factor("experience", &RankingWeights::experience),
    factor("summary", &RankingWeights::summary),
    factor("education", &RankingWeights::education),
    factor("skills", &RankingWeights::skills),
    factor("first_author", &RankingWeights::first_author),
    factor("co_first_author", &RankingWeights::co_first_author),
    factor("co_author", &RankingWeights::co_author),
    factor("unknown_role", &RankingWeights::unknown_role),
    factor("published", &RankingWeights::published),
    factor("preprint", &RankingWeights::preprint),
    factor("under_review", &RankingWeights::under_review),
    factor("unknown_status", &RankingWeights::unknown_status),
    {"half_life_years", &RankingWeights::half_life_years, nullptr, 0.0, true, kNoLimit},
    {"recency_floor", &RankingWeights::recency_floor, nullptr, 0.0, false, 1.0},
    {"reference_year", nullptr, &RankingWeights::reference_year, 0.0, false, 9999.0},
    {"decay", &RankingWeights::decay, nullptr, 0.0, true, 1.0},
    {"max_units", nullptr, &RankingWeights::max_units, 1.0, false, 1000.0},
    {"relax_below", nullptr, &RankingWeights::relax_below, 0.0, false, 1000000.0},
};

std::string known_names() {
  std::string names;
  for (const Setting& s : kSettings) names += (names.empty() ? "" : ", ") + std::string(s.name);
  return names;
}

std::string range_of(const Setting& s) {
  const std::string upper = std::isinf(s.max) ? "" : fmt::format("{}", s.max);
  if (s.integer != nullptr) return fmt::format("an integer from {} to {}", s.min, upper);
  if (std::isinf(s.max)) return fmt::format("{} {}", s.min_open ? ">" : ">=", s.min);
  return fmt::format("in {}{}, {}]", s.min_open ? '(' : '[', s.min, upper);
}

bool in_range(const Setting& s, double value) {
  if (!std::isfinite(value) || value > s.max) return false;
  if (s.min_open ? value <= s.min : value < s.min) return false;
  return s.integer == nullptr || value == std::floor(value);
}

}  // namespace

RankingSettings settings_of(const RankingWeights& weights) {
  RankingSettings settings;
  for (const Setting& s : kSettings) {
    settings[std::string(s.name)] =
        s.real != nullptr ? weights.*(s.real) : static_cast<double>(weights.*(s.integer));
  }
  return settings;
}

RankingWeights weights_with(const RankingSettings& settings) {
  RankingWeights weights;
  for (const auto& [name, value] : settings) {
    const Setting* setting = nullptr;
    for (const Setting& s : kSettings) {
      if (s.name == name) setting = &s;
    }
    if (setting == nullptr) {
      throw Error(ErrorCategory::usage,
                  fmt::format("unknown ranking setting '{}' (known: {})", name, known_names()));
    }
    if (!in_range(*setting, value)) {
      throw Error(ErrorCategory::usage, fmt::format("ranking setting '{}' must be {}, not {}", name,
                                                    range_of(*setting), value));
    }
    if (setting->real != nullptr) {
      weights.*(setting->real) = value;
    } else {
      weights.*(setting->integer) = static_cast<int>(value);
    }
  }
  return weights;
}

}  // namespace savant::searcher
