// SPDX-License-Identifier: MIT
// Text cleaning and matching keys shared by the indexer and the searcher.
#include "schema/text_normalizer.hpp"

#include "schema/ascii.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace savant::schema {
namespace {

// ICU objects are costly to build; build them once. Transliterator::transliterate
// is not const-safe across threads, so each thread gets its own instance.
const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return *n;
}

icu::Transliterator& to_ascii() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return made;
  }();
  return *t;
}

bool is_dash(UChar32 c) { return u_charType(c) == U_DASH_PUNCTUATION || c == 0x2212 /* minus */; }

// Maps one code point of NFKC text to its cleaned form, appending to `out`.
void append_clean(UChar32 c, icu::UnicodeString& out) {
  if (c == '\n' || c == '\t') {
    out.append(c);
  } else if (c == '\r') {
    // CRLF becomes LF; a lone CR (old Mac files) too.
  } else if (u_iscntrl(c) || c == 0xFEFF || c == 0x200B || c == 0x00AD) {
    // Control characters, BOM, zero-width space and soft hyphen carry no text.
  } else if (u_isUWhiteSpace(c)) {
    out.append(UChar32(' '));
  } else if (is_dash(c)) {
    out.append(UChar32('-'));
  } else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) {
    out.append(UChar32('\''));
  } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033) {
    out.append(UChar32('"'));
  } else {
    out.append(c);
  }
}

// Unwraps one LaTeX math span's content: `ICLR\ 2024` -> `ICLR 2024`,
// `Co\text{-}first` -> `Co-first`. PDF text extraction sometimes turned `\t` of
// `\text` into a TAB, leaving "<TAB>ext{"; that form is unwrapped as well.
std::string unwrap_math(std::string_view math) {
  std::string out;
  for (std::size_t i = 0; i < math.size(); ++i) {
    char c = math[i];
    // Some PDF extractions lose the "\t" of "\text{" entirely, leaving " ext{".
    if (c == ' ' && math.compare(i, 5, " ext{") == 0) {
      i += 3;
      continue;
    }
    if (c == '\\' || c == '\t') {
      std::size_t j = i + 1;
      while (j < math.size() && std::isalpha(static_cast<unsigned char>(math[j]))) ++j;
      std::string_view command = math.substr(i + 1, j - i - 1);
      if (command.empty()) {
        // `\ ` `\,` `\;` are spaces; `\_` `\%` are the character itself.
        if (j < math.size()) {
          char next = math[j];
          out += (next == ',' || next == ';' || next == '!' || next == ' ') ? ' ' : next;
          i = j;
        }
        continue;
      }
      i = j - 1;  // drop the command name; its {argument} is kept by the brace rule
      continue;
    }
    if (c == '{' || c == '}' || c == '^' || c == '~') continue;
    out += c;
  }
  return out;
}

// Replaces `$...$` spans that hold short text (not money amounts) by their unwrapped text.
std::string unwrap_latex_math(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '$' && (i == 0 || text[i - 1] != '\\')) {
      std::size_t close = text.find('$', i + 1);
      std::size_t newline = text.find('\n', i + 1);
      bool one_line =
          close != std::string_view::npos && (newline == std::string_view::npos || close < newline);
      // "$5 and $10" is money, not math: math spans do not start with a digit and a space.
      if (one_line && close > i + 1 && close - i < 200) {
        out += unwrap_math(text.substr(i + 1, close - i - 1));
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// Outside math, `\text{x}`, `\textbf{x}`, `\emph{x}` are common in CVs converted from LaTeX.
std::string strip_text_commands(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Markdown and LaTeX escapes of punctuation stand for the character itself.
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::string_view("*_#[]()~%&$`{}").find(text[i + 1]) != std::string_view::npos) {
      out += text[++i];
      continue;
    }
    if (text[i] == '\\') {
      std::size_t j = i + 1;
      while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
      std::string_view command = text.substr(i + 1, j - i - 1);
      if ((command == "text" || command == "textbf" || command == "textit" || command == "emph" ||
           command == "mathrm") &&
          j < text.size() && text[j] == '{') {
        std::size_t close = text.find('}', j);
        if (close != std::string_view::npos) {
          out.append(text.substr(j + 1, close - j - 1));
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string normalize_text(std::string_view utf8) {
  // Line by line: NFKC never joins a character to the line feed before it, so
  // each line normalises alone, and an ASCII line (most lines of most files)
  // is already NFKC: its cleaning is append_clean() on bytes, without ICU, a
  // hot spot of reading files.
  std::string out;
  out.reserve(utf8.size());
  icu::UnicodeString cleaned;
  std::size_t begin = 0;
  while (begin < utf8.size()) {
    std::size_t end = utf8.find('\n', begin);
    end = end == std::string_view::npos ? utf8.size() : end + 1;
    const std::string_view line = utf8.substr(begin, end - begin);
    begin = end;
    // append_clean() of an ASCII character: control characters other than LF
    // and TAB (CR, VT, FF, DEL, ...) go; the rest stay as they are.
    auto kept = [](char c) { return c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f); };
    bool ascii = true;
    bool all_kept = true;
    for (char c : line) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        ascii = false;
        break;
      }
      all_kept = all_kept && kept(c);
    }
    if (ascii) {
      if (all_kept) {
        out.append(line);  // the common case: one copy, not a byte at a time
      } else {
        for (char c : line) {
          if (kept(c)) out += c;
        }
      }
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
    icu::UnicodeString composed = nfkc().normalize(source, status);
    if (U_FAILURE(status)) composed = source;
    cleaned.remove();
    for (int32_t i = 0; i < composed.length();) {
      UChar32 c = composed.char32At(i);
      append_clean(c, cleaned);
      i += U16_LENGTH(c);
    }
    cleaned.toUTF8String(out);  // appends
  }
  return strip_text_commands(unwrap_latex_math(out));
}

std::string match_key(std::string_view utf8) {
  // ASCII text comes out of "Any-Latin; Latin-ASCII" unchanged (the loop below
  // lowers it), and most keys are ASCII: skip ICU, a hot spot of indexing.
  const bool is_ascii = std::all_of(utf8.begin(), utf8.end(),
                                    [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string transliterated;
  if (!is_ascii) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    to_ascii().transliterate(text);
    text.toUTF8String(transliterated);
  }
  const std::string_view ascii = is_ascii ? utf8 : std::string_view(transliterated);
  std::string out;
  out.reserve(ascii.size());
  bool pending_space = false;
  for (char c : ascii) {
    if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += ascii_lower(c);
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::string slugify(std::string_view utf8) {
  std::string key = match_key(utf8);
  for (char& c : key) {
    if (c == ' ') c = '-';
  }
  return key;
}

std::string display_case_name(std::string_view utf8) {
  icu::UnicodeString name = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString out;
  int32_t i = 0;
  while (i < name.length()) {
    // Take one word: a run of letters, apostrophes and periods.
    int32_t start = i;
    while (i < name.length() && !u_isUWhiteSpace(name.char32At(i)) && name.char32At(i) != '-') {
      i += U16_LENGTH(name.char32At(i));
    }
    icu::UnicodeString word(name, start, i - start);
    int letters = 0;
    int upper = 0;
    for (int32_t k = 0; k < word.length(); k += U16_LENGTH(word.char32At(k))) {
      UChar32 c = word.char32At(k);
      if (u_isalpha(c)) {
        ++letters;
        if (u_isupper(c)) ++upper;
      }
    }
    // "ZHAO" becomes "Zhao"; "McDonald", "de" and initials such as "J." stay as written.
    if (letters >= 2 && upper == letters) {
      icu::UnicodeString lower = word;
      lower.toLower();
      UChar32 first = lower.char32At(0);
      icu::UnicodeString head(u_totitle(first));
      out.append(head).append(lower, U16_LENGTH(first), lower.length());
    } else {
      out.append(word);
    }
    // Copy separators as they are.
    while (i < name.length() && (u_isUWhiteSpace(name.char32At(i)) || name.char32At(i) == '-')) {
      out.append(name.char32At(i));
      i += U16_LENGTH(name.char32At(i));
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto is_word_byte = [](unsigned char c) {
    return is_ascii_alnum(static_cast<char>(c)) || c >= 0x80;
  };
  while (i < utf8.size()) {
    while (i < utf8.size() && !is_word_byte(static_cast<unsigned char>(utf8[i]))) ++i;
    std::size_t start = i;
    while (i < utf8.size() && is_word_byte(static_cast<unsigned char>(utf8[i]))) ++i;
    if (i > start) tokens.push_back(Token{std::string(utf8.substr(start, i - start)), start, i});
  }
  return tokens;
}

std::uint64_t stable_hash(std::string_view bytes) {
  StableHasher hasher;
  hasher.add(bytes);
  return hasher.value();
}

}  // namespace savant::schema
