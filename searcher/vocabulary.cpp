// SPDX-License-Identifier: MIT
// Index vocabulary and edit-distance lookups.
#include "searcher/vocabulary.hpp"

#include "indexer/vocabulary_documents.hpp"
#include "schema/prefixes.hpp"

#include <algorithm>
#include <cctype>

namespace savant::searcher {
namespace {

constexpr std::size_t kMaxWordBytes = 40;

// Whether `candidate` is `word` with `distance` letters added: the letters
// were left out, the commonest slip of typing ("computr", "lerning").
bool only_letters_left_out(std::string_view word, std::string_view candidate,
                           std::size_t distance) {
  if (candidate.size() != word.size() + distance) return false;
  std::size_t i = 0;
  for (char c : candidate) {
    if (i < word.size() && word[i] == c) ++i;
  }
  return i == word.size();
}

bool is_plain_word(std::string_view word) {
  return !word.empty() && !std::isupper(static_cast<unsigned char>(word[0])) && word.size() >= 2 &&
         word.size() <= kMaxWordBytes;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> two_back(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

Vocabulary::Vocabulary(const Xapian::Database& db)
    : db_(db), stemmer_("english"), by_length_(kMaxWordBytes + 1) {
  const std::string prefix(schema::kPrefixSpelling);
  // Each word is on one vocabulary document of one shard; allterms would
  // list a word of several sub-databases once all the same.
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string word = (*it).substr(prefix.size());
    if (!is_plain_word(word)) continue;
    by_length_[word.size()].push_back(word);
    words_.insert(std::move(word));
  }
}

Xapian::doccount Vocabulary::frequency(const std::string& word) const {
  return db_.get_termfreq(indexer::term_of_word(word, stemmer_));
}

bool Vocabulary::contains(std::string_view word) const {
  const std::string w(word);
  return words_.count(w) != 0 && frequency(w) > 0;
}

std::optional<std::string> Vocabulary::closest(std::string_view word) const {
  if (word.size() < 4 || word.size() > kMaxWordBytes || contains(word)) return std::nullopt;
  const std::size_t limit = word.size() <= 5 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  bool best_left_out = false;
  const std::size_t low = word.size() - std::min(word.size(), limit);
  const std::size_t high = std::min(kMaxWordBytes, word.size() + limit);
  for (std::size_t length = low; length <= high; ++length) {
    for (const std::string& candidate : by_length_[length]) {
      const std::size_t d = edit_distance(word, candidate, limit);
      if (d > limit || d > best_distance) continue;
      // Only the few close words are looked up (one round trip each on a
      // remote shard); a word no document has any more is no suggestion.
      const Xapian::doccount f = frequency(candidate);
      if (f == 0) continue;
      // Words of one stem have one frequency ("compute", "computer"): between
      // them, the word the typist left letters out of.
      const bool left_out = only_letters_left_out(word, candidate, d);
      if (d < best_distance || (d == best_distance && f > best_frequency) ||
          (d == best_distance && f == best_frequency && left_out && !best_left_out)) {
        best = candidate;
        best_distance = d;
        best_frequency = f;
        best_left_out = left_out;
      }
    }
  }
  return best;
}

bool is_live_word(const Xapian::Database& db, const std::string& word) {
  if (!db.term_exists(std::string(schema::kPrefixSpelling) + word)) return false;
  return db.get_termfreq(indexer::term_of_word(word, Xapian::Stem("english"))) > 0;
}

}  // namespace savant::searcher
