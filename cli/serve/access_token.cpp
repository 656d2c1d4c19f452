// SPDX-License-Identifier: MIT
#include "cli/serve/access_token.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <sstream>

namespace savant::serve {
namespace {

constexpr std::size_t kMinimumTokenLength = 16;
constexpr std::string_view kSpace = " \t\r\n";

std::string_view trimmed(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

bool token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("-._~+/=").find(c) != std::string_view::npos;
}

}  // namespace

std::string read_token_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCategory::usage, fmt::format("{}: cannot read the token file", path));
  std::ostringstream content;
  content << in.rdbuf();
  const std::string token(trimmed(content.str()));
  if (token.size() < kMinimumTokenLength) {
    throw Error(ErrorCategory::usage,
                fmt::format("{}: the token must be at least {} characters long (make one with "
                            "'openssl rand -hex 32')",
                            path, kMinimumTokenLength));
  }
  if (!std::all_of(token.begin(), token.end(), token_char)) {
    throw Error(ErrorCategory::usage,
                fmt::format("{}: the token may hold only letters, digits and -._~+/=", path));
  }
  return token;
}

bool same_token(std::string_view expected, std::string_view presented) noexcept {
  // Every byte of the longer string is compared (missing bytes as 0), and
  // differences are OR-ed together rather than returned at the first one.
  // volatile keeps the compiler from turning the loop into an early exit.
  volatile unsigned char difference = expected.size() == presented.size() ? 0 : 1;
  const std::size_t n = std::max(expected.size(), presented.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto a = static_cast<unsigned char>(i < expected.size() ? expected[i] : 0);
    const auto b = static_cast<unsigned char>(i < presented.size() ? presented[i] : 0);
    difference = difference | static_cast<unsigned char>(a ^ b);
  }
  return difference == 0;
}

std::optional<std::string> bearer_token(std::string_view authorization) {
  authorization = trimmed(authorization);
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {  // the scheme is case-insensitive
    const char c = authorization[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != kScheme[i]) {
      return std::nullopt;
    }
  }
  std::string_view token = trimmed(authorization.substr(kScheme.size()));
  if (token.empty()) return std::nullopt;
  return std::string(token);
}

std::optional<std::string> cookie_value(std::string_view cookie_header, std::string_view name) {
  while (!cookie_header.empty()) {
    const std::size_t end = cookie_header.find(';');
    std::string_view pair = trimmed(cookie_header.substr(0, end));
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && trimmed(pair.substr(0, eq)) == name) {
      return std::string(trimmed(pair.substr(eq + 1)));
    }
    if (end == std::string_view::npos) break;
    cookie_header.remove_prefix(end + 1);
  }
  return std::nullopt;
}

}  // namespace savant::serve
