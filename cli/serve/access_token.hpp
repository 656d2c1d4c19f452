// SPDX-License-Identifier: MIT
// The access token a server bound beyond loopback requires: read from a file,
// presented by clients as `Authorization: Bearer TOKEN`, the `savant_token`
// cookie or the `token` query parameter, and compared in constant time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace savant::serve {

/// The name of the cookie the server sets once a page was opened with `?token=`.
inline constexpr std::string_view kTokenCookie = "savant_token";

/// Reads the token from `path`: the file's content without surrounding white
/// space. Throws savant::Error (usage), naming the file, when it cannot be
/// read, or the token is shorter than 16 characters or holds characters other
/// than letters, digits and `-._~+/=` (so it fits a header, a cookie and a URL).
std::string read_token_file(const std::string& path);

/// Whether `presented` equals `expected`, in time that depends only on their
/// lengths, never on where they first differ.
bool same_token(std::string_view expected, std::string_view presented) noexcept;

/// The token of an `Authorization` header value "Bearer TOKEN", if it is one.
std::optional<std::string> bearer_token(std::string_view authorization);

/// The value of cookie `name` in a `Cookie` header value ("a=1; b=2"), if present.
std::optional<std::string> cookie_value(std::string_view cookie_header, std::string_view name);

}  // namespace savant::serve
