// SPDX-License-Identifier: MIT
// How raw text becomes clean text and matching keys. The indexer and the
// searcher share these functions, so a word is folded the same way on both sides.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);

/// Cleans document text: CRLF to LF, NFKC, every dash to '-', curly quotes to
/// ASCII, no-break and odd spaces to ' ', control characters (other than LF
/// and TAB) dropped, LaTeX math wrappers unwrapped (`$ICLR\ 2024$` -> `ICLR 2024`,
/// `\text{...}` -> `...`) and Markdown escapes (`\*`) kept as the character.
/// Input must be valid UTF-8.
std::string normalize_text(std::string_view utf8);

/// A key for comparing names and phrases: case-folded, transliterated to
/// ASCII (`Jürgen` -> `jurgen`), every run of non-alphanumerics one space, trimmed.
std::string match_key(std::string_view utf8);

/// Display case for a person's name: words written in capitals become
/// capitalised ("XINYU ZHAO" -> "Xinyu Zhao", "Fuzhao XUE" -> "Fuzhao Xue");
/// other words are kept as written.
std::string display_case_name(std::string_view utf8);

/// A URL- and shell-friendly slug: match_key with spaces as '-'.
std::string slugify(std::string_view utf8);

/// A word of text with its byte offsets in the input.
struct Token {
  std::string text;  ///< As written.
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Splits text into words: runs of ASCII letters and digits and of non-ASCII
/// characters; everything else (spaces, hyphens, punctuation) separates words.
std::vector<Token> tokenize(std::string_view utf8);

/// Stable 64-bit FNV-1a hash, for content fingerprints stored in the index.
std::uint64_t stable_hash(std::string_view bytes);

/// The same FNV-1a fed piece by piece: after add(a), add(b), value() equals
/// stable_hash() of a and b concatenated, without building that string.
class StableHasher {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 1099511628211ULL;
    }
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 14695981039346656037ULL;
};

}  // namespace savant::schema
