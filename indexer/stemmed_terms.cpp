// SPDX-License-Identifier: MIT
// Stemmed free-text terms, and the CJK ranges of Xapian 1.4.
#include "indexer/stemmed_terms.hpp"

#include <xapian.h>

namespace savant::indexer {

// The ranges of Xapian 1.4's CJK::codepoint_is_cjk (common/cjk-tokenizer.cc),
// which is not part of its API. tests/unit/indexer/stemmed_terms_test.cpp checks
// them against the installed library's TermGenerator for every code point.
bool is_cjk_codepoint(unsigned p) {
  if (p < 0x2E80) return false;
  return (p <= 0x2EFF) || (p >= 0x3000 && p <= 0x9FFF) || (p >= 0xA700 && p <= 0xA71F) ||
         (p >= 0xAC00 && p <= 0xD7AF) || (p >= 0xF900 && p <= 0xFAFF) ||
         (p >= 0xFE30 && p <= 0xFE4F) || (p >= 0xFF00 && p <= 0xFFEF) ||
         (p >= 0x20000 && p <= 0x2A6DF) || (p >= 0x2F800 && p <= 0x2FA1F);
}

std::string stemmed_term(std::string_view prefix, std::string_view word, std::string_view stem) {
  std::string term;
  // ASCII words, nearly all of them, cannot start a CJK n-gram.
  const bool cjk = !word.empty() && static_cast<unsigned char>(word[0]) >= 0x80 &&
                   is_cjk_codepoint(*Xapian::Utf8Iterator(word.data(), word.size()));
  if (cjk) {
    term.reserve(prefix.size() + word.size());
    term += prefix;
    term += word;
    return term;
  }
  term.reserve(1 + prefix.size() + stem.size());
  term += 'Z';
  term += prefix;
  term += stem;
  return term;
}

}  // namespace savant::indexer
