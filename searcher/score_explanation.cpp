// SPDX-License-Identifier: MIT
// Explanations of researcher scores: per counted evidence unit, what matched,
// Xapian's relevance, each multiplier and its share of the researcher's sum.
#include "searcher/score_explanation.hpp"

#include "schema/fields.hpp"
#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include "searcher/evidence_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace savant::searcher {
namespace {

std::string evidence_filter_term() {
  return std::string(schema::kPrefixKind) + std::string(schema::kKindEvidence);
}

// The query-language field of a term prefix ("S" -> "title"), or the prefix itself.
std::string field_of(const std::string& prefix) {
  for (const schema::Field& field : schema::query_fields()) {
    if (!field.prefix.empty() && field.prefix == prefix) return std::string(field.name);
  }
  return prefix;
}

// Whether `term` is of a field that is a condition on the researcher (schema
// 9): `institution:` (`ZXI` stems, `XI` CJK n-grams) and `email:` (`XE`),
// which a unit may match through its researcher's document.
bool researcher_level(std::string_view term) {
  const std::string_view institution = schema::kPrefixInstitution;
  return term.starts_with(institution) || term.starts_with(schema::kPrefixEmail) ||
         (term.starts_with('Z') && term.substr(1).starts_with(institution));
}

// Whether the document `docid` has `term`.
bool has_term(const Xapian::Database& db, Xapian::docid docid, const std::string& term) {
  Xapian::TermIterator it = db.termlist_begin(docid);
  it.skip_to(term);
  return it != db.termlist_end(docid) && *it == term;
}

std::vector<std::string> matched_terms(const Xapian::Database& db, Xapian::docid docid,
                                       const std::vector<std::string>& terms) {
  std::vector<std::string> matched;
  if (terms.empty()) return matched;
  std::vector<std::string> elsewhere;  // researcher-level terms the unit does not have
  // `terms` are sorted, as a document's termlist is: one forward pass suffices.
  Xapian::TermIterator it = db.termlist_begin(docid);
  const Xapian::TermIterator end = db.termlist_end(docid);
  for (const std::string& term : terms) {
    if (it != end) it.skip_to(term);
    if (it != end && *it == term) {
      matched.push_back(readable_term(term));
    } else if (researcher_level(term)) {
      elsewhere.push_back(term);
    }
  }
  if (elsewhere.empty()) return matched;
  // Matched through the researcher's document: named as such.
  const std::string id = db.get_document(docid).get_value(schema::kSlotResearcher);
  const std::string unique = schema::researcher_unique_term(id);
  const Xapian::PostingIterator researcher = db.postlist_begin(unique);
  if (researcher == db.postlist_end(unique)) return matched;
  for (const std::string& term : elsewhere) {
    if (has_term(db, *researcher, term)) matched.push_back(readable_term(term) + " (researcher)");
  }
  return matched;
}

std::vector<ScoreFactor> factors_of(const ScoredUnit& unit) {
  std::vector<ScoreFactor> factors{{"kind", to_string(unit.kind_of), unit.kind}};
  if (unit.kind_of == EvidenceKind::publication) {
    const std::string role = to_string(unit.role_of);
    const std::string status = to_string(unit.status_of);
    factors.push_back({"role", role.empty() ? "unknown" : role, unit.role});
    factors.push_back({"status", status.empty() ? "unknown" : status, unit.status});
  }
  factors.push_back(
      {"recency", unit.year > 0 ? std::to_string(unit.year) : "no year", unit.recency});
  return factors;
}

}  // namespace

std::vector<std::string> explainable_terms(const Xapian::Query& query) {
  std::set<std::string> terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    // A researcher's `XR` term stands for a researcher-level condition
    // (researcher_condition.hpp), which is explained by its own terms.
    if (*it == evidence_filter_term() || (*it).rfind(schema::kPrefixResearcher, 0) == 0) continue;
    terms.insert(*it);
  }
  return {terms.begin(), terms.end()};
}

std::string readable_term(const std::string& term) {
  std::size_t i = 0;
  const bool stem = !term.empty() && term[0] == 'Z';
  if (stem) i = 1;
  std::size_t value = i;
  while (value < term.size() && std::isupper(static_cast<unsigned char>(term[value]))) ++value;
  const std::string prefix = term.substr(i, value - i);
  if (value < term.size() && term[value] == ':' && !prefix.empty()) ++value;
  std::string out = term.substr(value) + (stem ? "~" : "");
  return prefix.empty() ? out : field_of(prefix) + ":" + out;
}

ScoreExplanation explain_score(const RankedResearcher& ranked, const RankingWeights& weights,
                               const Xapian::Database& db, EvidenceReader& evidence,
                               const std::vector<std::string>& terms, const Xapian::MSet& mset,
                               const Xapian::Stem& stemmer) {
  ScoreExplanation out;
  for (const ScoredUnit& unit : ranked.units) {
    if (unit.share <= 0.0) {
      ++out.uncounted;
      continue;
    }
    EvidenceExplanation e;
    e.evidence =
        make_evidence_hit(evidence.read(db.get_document(unit.docid)), unit.score, mset, stemmer);
    e.matched_terms = matched_terms(db, unit.docid, terms);
    e.relevance = unit.relevance;
    e.factors = factors_of(unit);
    e.score = unit.score;
    e.share = unit.share;
    e.contribution = unit.share * unit.score;
    out.sum += e.contribution;
    out.evidence.push_back(std::move(e));
  }
  out.aggregation = fmt::format(
      "sum of the researcher's {} best matching units, the i-th weighted decay^i (decay {})",
      weights.max_units, weights.decay);
  out.score = ranked.score;
  return out;
}

}  // namespace savant::searcher
