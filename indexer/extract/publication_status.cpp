// SPDX-License-Identifier: MIT
// Reads a publication's status from the words of its entry.
#include "indexer/extract/publication_status.hpp"

#include "indexer/extract/text_util.hpp"

#include <cctype>

namespace savant::indexer::detail {
namespace {

bool is_alpha_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit_char(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

constexpr std::string_view kUnderReview[] = {
    "under review",   "submitted",           "in submission",  "under submission", "in review",
    "under revision", "revise and resubmit", "major revision", "minor revision"};
constexpr std::string_view kPreprint[] = {"preprint", "arxiv", "biorxiv",
                                          "medrxiv",  "ssrn",  "working paper"};
constexpr std::string_view kPublished[] = {"published",   "accepted",     "to appear",   "in press",
                                           "forthcoming", "camera ready", "camera-ready"};

// First words of a status line: a status, or the publication type a site shows.
constexpr std::string_view kStatusStarts[] = {
    "preprint", "published",   "accepted", "submitted", "under",      "in",
    "to",       "forthcoming", "article",  "journal",   "conference", "proceedings",
    "workshop", "book",        "chapter",  "thesis",    "report",     "poster"};

template <std::size_t N>
bool mentions_any(std::string_view text, const std::string_view (&phrases)[N]) {
  for (std::string_view phrase : phrases) {
    if (contains_word(text, phrase)) return true;
  }
  return false;
}

}  // namespace

PublicationStatus status_from_words(std::string_view text) {
  if (mentions_any(text, kUnderReview)) return PublicationStatus::under_review;
  if (mentions_any(text, kPreprint)) return PublicationStatus::preprint;
  if (mentions_any(text, kPublished)) return PublicationStatus::published;
  return PublicationStatus::unknown;
}

std::string unglue(std::string_view text) {
  text = trim(text);
  if (text.find(' ') != std::string_view::npos) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && ((is_alpha_char(text[i - 1]) && is_digit_char(text[i])) ||
                  (is_digit_char(text[i - 1]) && is_alpha_char(text[i])))) {
      out += ' ';
    }
    out += text[i];
  }
  return out;
}

bool is_status_line(std::string_view text) {
  std::string spaced = unglue(text);
  std::vector<std::string_view> words = split_words(spaced);
  if (words.empty() || words.size() > 5) return false;
  std::string first = to_lower(trim_chars(words.front(), "*_()[]:"));
  bool starts = false;
  for (std::string_view start : kStatusStarts) starts = starts || first == start;
  if (!starts) return false;
  // "In ..." and "To ..." only as "In press", "In submission", "To appear".
  if (first == "in" || first == "to" || first == "under") {
    return status_from_words(spaced) != PublicationStatus::unknown;
  }
  // A bare type word ("Article") says nothing; with a year it is a status line.
  bool status_word = status_from_words(spaced) != PublicationStatus::unknown;
  return status_word || has_digit(spaced);
}

}  // namespace savant::indexer::detail
