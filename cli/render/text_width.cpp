// SPDX-License-Identifier: MIT
// Column arithmetic over UTF-8 with ICU's East Asian Width property.
#include "cli/render/text_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace savant::cli {
namespace {

// Length of the ANSI CSI sequence (ESC [ ... final byte) at `i`, or 0.
std::size_t escape_length(std::string_view text, std::size_t i) {
  if (text[i] != '\033' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
  std::size_t j = i + 2;
  while (j < text.size() && !(text[j] >= 0x40 && text[j] <= 0x7e)) ++j;
  return j < text.size() ? j + 1 - i : text.size() - i;
}

int columns_of(UChar32 c) {
  if (c < 0) return 1;  // invalid UTF-8: shown as one replacement character
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      category == U_CONTROL_CHAR) {
    return 0;
  }
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// Calls visit(begin, end, columns) for each escape sequence (0 columns) and
// each character of `text`; stops when visit returns false.
template <typename Visit>
void for_each_cell(std::string_view text, Visit visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::size_t n = escape_length(text, i); n > 0) {
      if (!visit(i, i + n, 0)) return;
      i += n;
      continue;
    }
    const std::size_t begin = i;
    UChar32 c = 0;
    int32_t offset = static_cast<int32_t>(i);
    U8_NEXT(text.data(), offset, static_cast<int32_t>(text.size()), c);
    i = static_cast<std::size_t>(offset);
    if (!visit(begin, i, columns_of(c))) return;
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_cell(text, [&](std::size_t, std::size_t, int columns) {
    width += static_cast<std::size_t>(columns);
    return true;
  });
  return width;
}

std::string pad_right(std::string_view text, std::size_t columns) {
  const std::size_t width = display_width(text);
  return std::string(text) + std::string(width < columns ? columns - width : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t columns) {
  const std::size_t width = display_width(text);
  return std::string(width < columns ? columns - width : 0, ' ') + std::string(text);
}

std::string fit(std::string_view text, std::size_t columns) {
  if (display_width(text) <= columns) return std::string(text);
  if (columns == 0) return "";
  std::string out;
  std::size_t used = 0;
  bool escaped = false;
  for_each_cell(text, [&](std::size_t begin, std::size_t end, int width) {
    if (width == 0) {
      escaped = escaped || text[begin] == '\033';
      out.append(text.substr(begin, end - begin));
      return true;
    }
    // columns - 1 leaves room for the ellipsis.
    if (used + static_cast<std::size_t>(width) > columns - 1) return false;
    used += static_cast<std::size_t>(width);
    out.append(text.substr(begin, end - begin));
    return true;
  });
  out += "…";
  if (escaped) out += "\033[0m";
  return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t columns) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t width = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::size_t word_width = display_width(word);
    if (!line.empty() && columns > 0 && width + 1 + word_width > columns) {
      lines.push_back(std::move(line));
      line.clear();
      width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++width;
    }
    line.append(word);
    width += word_width;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace savant::cli
