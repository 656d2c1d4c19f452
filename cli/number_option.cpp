// SPDX-License-Identifier: MIT
// Whole-number option values: digits only, within bounds.
#include "cli/number_option.hpp"

#include <fmt/format.h>

#include <charconv>

namespace savant::cli {
namespace {

std::string range_text(std::uint64_t min, std::uint64_t max) {
  // A type's own maximum is a limit few users meet: said last, not first.
  if (max >= std::numeric_limits<std::uint32_t>::max()) {
    return fmt::format("a whole number, {} or more (at most {})", min, max);
  }
  return fmt::format("a whole number from {} to {}", min, max);
}

}  // namespace

NumberOutOfRange::NumberOutOfRange(const std::string& value, std::uint64_t min, std::uint64_t max)
    : boost::program_options::error_with_option_name("%canonical_option% '%value%': must be " +
                                                     range_text(min, max)) {
  set_substitute("value", value);
}

std::optional<std::uint64_t> read_whole_number(std::string_view text, std::uint64_t min,
                                               std::uint64_t max) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  // from_chars takes no sign, space or base prefix: "-1", "+1", " 1" and "0x10" all fail.
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

std::uint64_t parse_whole_number(const std::string& text, std::uint64_t min, std::uint64_t max) {
  const std::optional<std::uint64_t> value = read_whole_number(text, min, max);
  if (!value) throw NumberOutOfRange(text, min, max);
  return *value;
}

}  // namespace savant::cli
