// SPDX-License-Identifier: MIT
// Word-by-word phrase matching for topic aliases and venue names.
#include "schema/phrase_matcher.hpp"

#include "schema/text_normalizer.hpp"

#include <algorithm>

namespace savant::schema {
namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// A capital after the first character marks an abbreviation ("MoE", "NLP",
// "LLMs", "arXiv"), whose other spellings are often other words ("Moe", "nips").
bool has_inner_capital(std::string_view word) {
  return std::any_of(word.begin() + 1, word.end(), is_ascii_upper);
}

// Drops a plural 's' so "mixtures"/"mixture" and "MoEs"/"MoE" compare equal.
// Short words ("gas", "bus") and words ending in "ss", "us" or "is" ("class",
// "corpus", "analysis") are left alone. Only a lower-case 's' counts: the plural
// of an abbreviation is written "LLMs", while "NeurIPS" ends in a capital S.
std::string_view singular(std::string_view word) {
  if (word.size() > 3 && word.back() == 's') {
    char before = word[word.size() - 2];
    if (before != 's' && before != 'u' && before != 'i') return word.substr(0, word.size() - 1);
  }
  return word;
}

// Lower-cases ASCII letters in place (non-ASCII bytes are kept), then singularises.
void fold_in_place(std::string& word) {
  for (char& c : word) {
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  word.resize(singular(word).size());
}

std::string folded(std::string_view word) {
  std::string out(word);
  fold_in_place(out);
  return out;
}

// The words of `text`, each token's text folded in place: tokenize() has already
// allocated it, so folding costs no further allocation.
std::vector<Token> folded_words(std::string_view text) {
  std::vector<Token> words = tokenize(text);
  for (Token& word : words) fold_in_place(word.text);
  return words;
}

// True when `pattern` (a PhraseMatcher::Pattern; private, hence deduced) matches
// the words of `text` starting at `at`.
template <typename PatternT>
bool matches_at(const PatternT& pattern, std::string_view text, const std::vector<Token>& words,
                std::size_t at, bool ignore_case) {
  if (pattern.words.size() > words.size() - at) return false;
  for (std::size_t k = 0; k < pattern.words.size(); ++k) {
    const auto& want = pattern.words[k];
    const Token& have = words[at + k];
    if (want.folded != have.text) return false;
    if (!ignore_case && !want.exact.empty() &&
        want.exact != singular(text.substr(have.begin, have.end - have.begin))) {
      return false;
    }
  }
  return true;
}

// FNV-1a: cheap for the short words of a text, and spread enough that a few
// thousand first words set few of the filter's bits.
std::uint32_t word_hash(std::string_view word) {
  std::uint32_t hash = 2166136261u;
  for (char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  return hash;
}

}  // namespace

bool PhraseMatcher::may_start_pattern(std::string_view folded) const {
  const std::size_t bit = word_hash(folded) % kFirstWordBits;
  return (first_words_[bit / 64] >> (bit % 64)) & 1u;
}

void PhraseMatcher::add(std::string_view phrase, int value) {
  std::vector<Token> tokens = tokenize(phrase);
  if (tokens.empty()) return;
  // Venue names such as "Nature" or "Cell" are ordinary words when not capitalised.
  const bool capitalised_word = rule_ == CaseRule::capitalised_words_exact && tokens.size() == 1 &&
                                is_ascii_upper(tokens[0].text[0]);
  Pattern pattern;
  pattern.value = value;
  pattern.words.reserve(tokens.size());
  for (const Token& token : tokens) {
    Word word;
    word.folded = folded(token.text);
    if (capitalised_word || has_inner_capital(token.text)) word.exact = singular(token.text);
    pattern.words.push_back(std::move(word));
  }

  const std::size_t bit = word_hash(pattern.words[0].folded) % kFirstWordBits;
  first_words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::vector<Pattern>& bucket = by_first_word_[pattern.words[0].folded];
  auto same_words = [&](const Pattern& other) {
    return std::equal(
        other.words.begin(), other.words.end(), pattern.words.begin(), pattern.words.end(),
        [](const Word& a, const Word& b) { return a.folded == b.folded && a.exact == b.exact; });
  };
  // A phrase registered twice ("IEEE-TIP", "IEEE TIP") keeps its first meaning.
  if (std::any_of(bucket.begin(), bucket.end(), same_words)) return;
  // Longest first, so the first pattern that matches is the longest; patterns of
  // equal length keep the order they were added in.
  auto position = std::find_if(bucket.begin(), bucket.end(), [&](const Pattern& other) {
    return other.words.size() < pattern.words.size();
  });
  bucket.insert(position, std::move(pattern));
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find_all(std::string_view text,
                                                          bool ignore_case) const {
  std::vector<Match> matches;
  if (by_first_word_.empty()) return matches;
  const std::vector<Token> words = folded_words(text);
  std::size_t at = 0;
  while (at < words.size()) {
    const Pattern* found = nullptr;
    auto bucket = may_start_pattern(words[at].text) ? by_first_word_.find(words[at].text)
                                                    : by_first_word_.end();
    if (bucket != by_first_word_.end()) {
      for (const Pattern& pattern : bucket->second) {
        if (matches_at(pattern, text, words, at, ignore_case)) {
          found = &pattern;
          break;
        }
      }
    }
    if (found == nullptr) {
      ++at;
      continue;
    }
    const std::size_t count = found->words.size();
    matches.push_back(Match{found->value, words[at].begin, words[at + count - 1].end, count});
    at += count;
  }
  return matches;
}

std::optional<int> PhraseMatcher::match_whole(std::string_view text) const {
  const std::vector<Token> words = folded_words(text);
  if (words.empty()) return std::nullopt;
  auto bucket = by_first_word_.find(words[0].text);
  if (bucket == by_first_word_.end()) return std::nullopt;
  for (const Pattern& pattern : bucket->second) {
    if (pattern.words.size() == words.size() && matches_at(pattern, text, words, 0, true)) {
      return pattern.value;
    }
  }
  return std::nullopt;
}

}  // namespace savant::schema
