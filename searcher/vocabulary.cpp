// SPDX-License-Identifier: MIT
// Index vocabulary and edit-distance lookups.
#include "searcher/vocabulary.hpp"

#include <algorithm>
#include <cctype>

#include "schema/prefixes.hpp"

namespace savant::searcher {
namespace {

constexpr std::size_t kMaxWordBytes = 40;

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

Vocabulary::Vocabulary(const Xapian::Database& db) : by_length_(kMaxWordBytes + 1) {
  const std::string prefix(schema::kPrefixSpelling);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string word = (*it).substr(prefix.size());
    if (!is_plain_word(word)) continue;
    frequency_.emplace(word, it.get_termfreq());
    by_length_[word.size()].push_back(std::move(word));
  }
}

bool Vocabulary::contains(std::string_view word) const {
  return frequency_.count(std::string(word)) != 0;
}

std::optional<std::string> Vocabulary::closest(std::string_view word) const {
  if (word.size() < 4 || word.size() > kMaxWordBytes || contains(word)) return std::nullopt;
  const std::size_t limit = word.size() <= 5 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  const std::size_t low = word.size() - std::min(word.size(), limit);
  const std::size_t high = std::min(kMaxWordBytes, word.size() + limit);
  for (std::size_t length = low; length <= high; ++length) {
    for (const std::string& candidate : by_length_[length]) {
      const std::size_t d = edit_distance(word, candidate, limit);
      if (d > limit) continue;
      const Xapian::doccount f = frequency_.at(candidate);
      if (d < best_distance || (d == best_distance && f > best_frequency)) {
        best = candidate;
        best_distance = d;
        best_frequency = f;
      }
    }
  }
  return best;
}

}  // namespace savant::searcher
