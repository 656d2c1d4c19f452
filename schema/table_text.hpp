// SPDX-License-Identifier: MIT
// Helpers shared by the loaders of the schema's TSV data files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema::detail {

/// `text` without leading and trailing spaces and carriage returns.
std::string_view trim(std::string_view text);

/// The pieces of `text` between `separator`s (empty pieces kept).
std::vector<std::string_view> split(std::string_view text, char separator);

/// The form in which ids are compared: lower case, with '-' and ' ' alike, so
/// "Mixture of Experts" finds "mixture-of-experts" and "emnlp findings" "EMNLP-Findings".
std::string id_key(std::string_view id);

/// Throws savant::Error (input) "<origin>:<line_no>: <reason>".
[[noreturn]] void fail(std::string_view origin, std::size_t line_no, std::string_view reason);

}  // namespace savant::schema::detail
