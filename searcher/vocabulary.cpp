// SPDX-License-Identifier: MIT
// Index vocabulary and edit-distance lookups.
#include "searcher/vocabulary.hpp"

#include "indexer/vocabulary_documents.hpp"
#include "schema/prefixes.hpp"
#include "searcher/function_words.hpp"

#include <algorithm>
#include <cctype>

namespace savant::searcher {
namespace {

constexpr std::size_t kMaxWordBytes = 40;
constexpr Xapian::doccount kCountedTogether = 10000;

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

std::optional<std::string> Vocabulary::closest(std::string_view word,
                                               const std::vector<std::string>& context) const {
  if (word.size() < 4 || word.size() > kMaxWordBytes || contains(word)) return std::nullopt;
  const std::size_t limit = word.size() <= 5 ? 1 : 2;
  std::vector<Candidate> nearest;  // the live words at the smallest distance found
  std::size_t best_distance = limit + 1;
  const std::size_t low = word.size() - std::min(word.size(), limit);
  const std::size_t high = std::min(kMaxWordBytes, word.size() + limit);
  for (std::size_t length = low; length <= high; ++length) {
    for (const std::string& candidate : by_length_[length]) {
      const std::size_t d = edit_distance(word, candidate, limit);
      // A function word is never the word meant, however frequent: "wavs" is
      // not "was" (searcher/function_words.hpp).
      if (d > limit || d > best_distance || is_function_word(candidate)) continue;
      // Only the few close words are looked up (one round trip each on a
      // remote shard); a word no document has any more is no suggestion.
      const Xapian::doccount f = frequency(candidate);
      if (f == 0) continue;
      if (d < best_distance) nearest.clear();
      best_distance = d;
      nearest.push_back({candidate, f, only_letters_left_out(word, candidate, d), 0});
    }
  }
  if (nearest.empty()) return std::nullopt;
  // With other words in the query, the word that finds the most evidence
  // together with them: "gravitational wavs" means waves, not the commoner "was".
  if (nearest.size() > 1 && !context.empty()) {
    for (Candidate& c : nearest) c.together = evidence_with(c.word, context);
  }
  // Then the most frequent; between words of one stem (one frequency:
  // "compute", "computer"), the word the typist left letters out of.
  const auto better = [](const Candidate& a, const Candidate& b) {
    if (a.together != b.together) return a.together > b.together;
    if (a.frequency != b.frequency) return a.frequency > b.frequency;
    return a.left_out && !b.left_out;
  };
  const Candidate* best = &nearest.front();
  for (const Candidate& c : nearest) {
    if (better(c, *best)) best = &c;
  }
  return best->word;
}

Xapian::doccount Vocabulary::evidence_with(const std::string& word,
                                           const std::vector<std::string>& context) const {
  std::vector<Xapian::Query> terms{Xapian::Query(indexer::term_of_word(word, stemmer_))};
  for (const std::string& other : context) {
    terms.emplace_back(indexer::term_of_word(other, stemmer_));
  }
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Counted exactly up to a bound: beyond it, frequency decides anyway.
  return enquire.get_mset(0, 0, kCountedTogether).get_matches_lower_bound();
}

bool is_live_word(const Xapian::Database& db, const std::string& word) {
  if (!db.term_exists(std::string(schema::kPrefixSpelling) + word)) return false;
  return db.get_termfreq(indexer::term_of_word(word, Xapian::Stem("english"))) > 0;
}

}  // namespace savant::searcher
