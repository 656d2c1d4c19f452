// SPDX-License-Identifier: MIT
// The public explanation of a researcher's score (savant::ScoreExplanation),
// made from the ranker's own record of every factor, so the parts shown are
// the numbers the ranking used.
#pragma once

#include "searcher/evidence_reader.hpp"
#include "searcher/ranking_weights.hpp"
#include "searcher/researcher_ranker.hpp"
#include <savant/search.hpp>

#include <xapian.h>

#include <string>
#include <vector>

namespace savant::searcher {

/// The terms of `query` a match can be explained by: its words, stems, topics
/// and field terms, without the evidence-kind filter every query carries.
std::vector<std::string> explainable_terms(const Xapian::Query& query);

/// `term` as a reader would write it: `word`, `stem~`, `title:word`, `topic:id`.
std::string readable_term(const std::string& term);

/// How `ranked`'s score was made. `terms` are explainable_terms() of the query;
/// `mset` and `stemmer` make the evidence snippets; `evidence` reads the units.
ScoreExplanation explain_score(const RankedResearcher& ranked, const RankingWeights& weights,
                               const Xapian::Database& db, EvidenceReader& evidence,
                               const std::vector<std::string>& terms, const Xapian::MSet& mset,
                               const Xapian::Stem& stemmer);

}  // namespace savant::searcher
