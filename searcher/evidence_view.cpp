// SPDX-License-Identifier: MIT
// Evidence display: fields from the unit's evidence, snippet from Xapian.
#include "searcher/evidence_view.hpp"

namespace savant::searcher {
namespace {

constexpr std::size_t kSnippetBytes = 240;

// Bullet lists become one line: a snippet is read inline, in a terminal or a page.
std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\t' || c == ' ' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

EvidenceHit make_evidence_hit(const Evidence& e, double score, const Xapian::MSet& mset,
                              const Xapian::Stem& stemmer) {
  EvidenceHit hit;
  hit.kind = e.kind;
  hit.title = e.title;
  hit.venue = e.venue;
  hit.year = e.year;
  hit.role = e.role;
  hit.status = e.status;
  hit.organisation = e.organisation;
  hit.dates = e.dates;
  hit.source = e.sources.empty() ? std::string() : e.sources.front();
  hit.score = score;
  // Prefer a snippet of the body that shows a match; else of the title; else the body's start.
  const unsigned flags =
      Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH;
  std::string snippet;
  if (!e.text.empty()) {
    snippet = mset.snippet(e.text, kSnippetBytes, stemmer, flags, "<mark>", "</mark>", "...");
  }
  if (snippet.empty() && !e.title.empty()) {
    snippet = mset.snippet(e.title, kSnippetBytes, stemmer, flags, "<mark>", "</mark>", "...");
  }
  if (snippet.empty()) {
    const std::string& body = e.text.empty() ? e.title : e.text;
    snippet = mset.snippet(body, kSnippetBytes, stemmer, Xapian::MSet::SNIPPET_EXHAUSTIVE, "<mark>",
                           "</mark>", "...");
  }
  hit.snippet = one_line(snippet);
  return hit;
}

}  // namespace savant::searcher
