// SPDX-License-Identifier: MIT
// Character classes of the "C" locale savant runs in (it never calls
// setlocale), without the locale lookup and library call std::isalnum and
// std::tolower make per byte: they were several percent of indexing CPU.
// Bytes of UTF-8 sequences (0x80 and above) are neither letters nor digits and
// are kept as they are, as in the "C" locale.
#pragma once

namespace savant::schema {

constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace savant::schema
