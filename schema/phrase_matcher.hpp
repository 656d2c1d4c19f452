// SPDX-License-Identifier: MIT
// Finds known phrases (topic aliases, venue names) in running text, word by
// word, so "mixture-of-experts", "Mixture of Experts" and "mixtures of experts"
// all match the phrase "mixture of experts".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace savant::schema {

/// How a phrase's capitalised words are compared with the text.
enum class CaseRule {
  /// Abbreviations (a capital after the first letter: "MoE", "NLP") must
  /// match exactly; every other word matches in any case.
  abbreviations_exact,
  /// As above, and a one-word phrase that starts with a capital ("Nature")
  /// must match exactly too: venue names that are also common words.
  capitalised_words_exact,
};

/// Immutable after construction; safe to share between threads for matching.
class PhraseMatcher {
 public:
  struct Match {
    int value = 0;          ///< The value given to add().
    std::size_t begin = 0;  ///< Byte offset of the first word in the text.
    std::size_t end = 0;    ///< Byte offset just past the last word.
    std::size_t words = 0;  ///< Number of words matched.
  };

  explicit PhraseMatcher(CaseRule rule = CaseRule::abbreviations_exact) : rule_(rule) {}

  /// Registers `phrase` as meaning `value`. Empty phrases are ignored.
  void add(std::string_view phrase, int value);

  /// All non-overlapping matches in `text`, leftmost first, longest at each
  /// position. With `ignore_case`, case rules are relaxed (for user queries).
  std::vector<Match> find_all(std::string_view text, bool ignore_case = false) const;

  /// The value of a phrase equal to the whole of `text`, ignoring case.
  std::optional<int> match_whole(std::string_view text) const;

 private:
  struct Word {
    std::string folded;  // lower-case, singular
    std::string exact;   // as written, singular; empty when the word matches in any case
  };
  struct Pattern {
    std::vector<Word> words;
    int value = 0;
  };
  /// Whether `folded` may be a pattern's first word: false means surely not.
  bool may_start_pattern(std::string_view folded) const;

  CaseRule rule_;
  // Patterns indexed by their first word's folded form, longest first.
  std::unordered_map<std::string, std::vector<Pattern>> by_first_word_;
  // One bit per first word's hash (kFirstWordBits of them): most words of a
  // text start no pattern, and this answers so without by_first_word_'s
  // lookup, which was most of find_all's time (1.5% of indexing CPU).
  static constexpr std::size_t kFirstWordBits = std::size_t{1} << 16;
  std::vector<std::uint64_t> first_words_ = std::vector<std::uint64_t>(kFirstWordBits / 64);
};

}  // namespace savant::schema
