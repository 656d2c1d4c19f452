// SPDX-License-Identifier: MIT
// Small string helpers shared by the CV extractor's parts (ASCII case, words, letters).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// `text` without leading and trailing spaces and tabs.
std::string_view trim(std::string_view text);

/// `text` without leading and trailing characters from `chars`.
std::string_view trim_chars(std::string_view text, std::string_view chars);

/// ASCII lower case; other bytes unchanged.
std::string to_lower(std::string_view text);

/// Case-insensitive (ASCII) equality.
bool iequals(std::string_view a, std::string_view b);

/// Case-insensitive (ASCII) search; npos when absent.
std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// Whether `needle` occurs in `haystack` as whole words, ignoring ASCII case.
bool contains_word(std::string_view haystack, std::string_view needle);

/// Words separated by spaces or tabs.
std::vector<std::string_view> split_words(std::string_view text);

/// Runs of spaces and tabs become one space; leading and trailing ones go.
std::string collapse_spaces(std::string_view text);

/// Joins `parts` with `separator`.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// Whether the first letter of `word` is upper case (Unicode aware).
bool starts_upper(std::string_view word);

/// Whether `text` has at least two letters and none of them is lower case.
bool is_all_caps(std::string_view text);

/// Number of letters (Unicode aware) in `text`.
std::size_t count_letters(std::string_view text);

/// Whether `text` contains an ASCII digit.
bool has_digit(std::string_view text);

/// `text` with http(s)/www addresses removed (their digits would look like years).
std::string strip_urls(std::string_view text);

/// Heading-style text in normal case: "TECHNICAL SKILLS" -> "Technical Skills";
/// text that is not all capitals is returned unchanged.
std::string normal_case(std::string_view text);

}  // namespace savant::indexer::detail
