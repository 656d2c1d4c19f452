// SPDX-License-Identifier: MIT
// Escaping of control characters and invalid UTF-8 for messages.
#include "schema/printable.hpp"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace savant::schema {

std::string printable(std::string_view text, std::size_t max_bytes) {
  std::string out;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::int32_t i = 0;
  while (i < length) {
    if (out.size() >= max_bytes) {
      out += fmt::format("... ({} bytes)", text.size());
      break;
    }
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      for (std::int32_t k = start; k < i; ++k) out += fmt::format("\\x{:02x}", s[k]);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace savant::schema
