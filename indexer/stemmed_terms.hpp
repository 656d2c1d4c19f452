// SPDX-License-Identifier: MIT
// The form of a free-text term in the index, which must be the form
// Xapian::QueryParser (STEM_ALL_Z, FLAG_CJK_NGRAM) gives the same word.
#pragma once

#include <string>
#include <string_view>

namespace savant::indexer {

/// Whether Xapian 1.4's tokenisers (FLAG_CJK_NGRAM) cut the text at this code
/// point into n-grams (Chinese, Japanese and Korean letters).
bool is_cjk_codepoint(unsigned codepoint);

/// The index term of `word` (lower case, as Xapian::TermGenerator splits it)
/// under `prefix`: "Z" + prefix + `stem` for words, as the query parser's
/// STEM_ALL_Z makes them; prefix + word for CJK n-grams, which the parser
/// never stems.
std::string stemmed_term(std::string_view prefix, std::string_view word, std::string_view stem);

}  // namespace savant::indexer
