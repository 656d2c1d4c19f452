// SPDX-License-Identifier: MIT
// Searching an index: researchers ranked by how strongly their documents show
// the queried skill, with the evidence for each and exact facet counts; and
// reading the researcher records an index holds.
#pragma once

#include <savant/export.hpp>
#include <savant/records.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace savant {

/// Ranking settings by name, overriding the built-in weights; names not given
/// keep their defaults. The names and built-in values are those of
/// default_ranking_settings(): the factors per evidence kind (`publication`,
/// `experience`, `summary`, `education`, `skills`), per authorship role
/// (`first_author`, `co_first_author`, `co_author`, `unknown_role`) and per
/// status (`published`, `preprint`, `under_review`, `unknown_status`), all
/// >= 0; `half_life_years` (> 0) and `recency_floor` (0..1) of the recency
/// factor, `reference_year` (0: this year); `decay` (0..1], the weight of a
/// researcher's i-th best unit being decay^i; `max_units` (>= 1), the
/// units counted per researcher; and `relax_below` (>= 0): when fewer
/// researchers than this match every query word, those matching some follow. A map rather than a
/// struct, so that a new weight does not change the library's binary interface.
using RankingSettings = std::map<std::string, double>;

/// Every ranking setting with its built-in value.
SAVANT_EXPORT RankingSettings default_ranking_settings();

/// Throws savant::Error (usage), naming the setting and its range, when
/// `settings` holds an unknown name or a value out of range; the check
/// Searcher::search() makes, for callers that read settings ahead of a search.
SAVANT_EXPORT void check_ranking_settings(const RankingSettings& settings);

/// One search. Filters hold for the same evidence unit: venue "ICML" with
/// years 2023..2023 means an ICML paper from 2023.
///
/// Thread-safety: a plain value; copy freely between threads.
struct SearchRequest {
  std::string query;       ///< Query language text; empty lists everyone matching the filters.
  std::string venue;       ///< Venue id or alias; empty for any.
  int year_from = 0;       ///< Inclusive; 0 for no lower bound.
  int year_to = 0;         ///< Inclusive; 0 for no upper bound.
  std::string topic;       ///< Topic id, label or alias; empty for any.
  std::size_t offset = 0;  ///< Results to skip (paging).
  std::size_t limit = 10;  ///< Results to return.
  bool facets = false;     ///< Count matching researchers per venue, year and topic.
  std::size_t evidence_per_result = 3;  ///< Best evidence units shown per researcher.
  RankingSettings ranking;  ///< Overrides of the built-in ranking weights; empty for none.
  /// Fill SearchHit::explanation: how each result's score was made. Costs a
  /// little more per result shown (never per match), so it is off by default.
  bool explain = false;
};

/// A piece of evidence as shown in a result: the fields of Evidence a reader
/// needs to judge it, and a snippet around what matched.
///
/// Thread-safety: a plain value; copy freely between threads.
struct EvidenceHit {
  EvidenceKind kind = EvidenceKind::summary;              ///< Publication, job, degree, ...
  std::string title;                                      ///< As in Evidence::title.
  std::string venue;                                      ///< Canonical venue id, or empty.
  int year = 0;                                           ///< 0 when unknown.
  AuthorRole role = AuthorRole::unknown;                  ///< Publications only.
  PublicationStatus status = PublicationStatus::unknown;  ///< Publications only.
  std::string organisation;                               ///< Employer or institution.
  std::string dates;                                      ///< Date range as written.
  /// Text around the matches, as HTML: text escaped, matched words wrapped in `<mark>` tags.
  std::string snippet;
  std::string source;  ///< The (first) source file.
  double score = 0.0;  ///< This unit's weighted contribution.
};

/// One multiplier of an evidence unit's score: which weight applied and why.
///
/// Thread-safety: a plain value; copy freely between threads.
struct ScoreFactor {
  std::string name;    ///< The ranking setting's family: "kind", "role", "status", "recency", ...
  std::string reason;  ///< What it was applied for: "publication", "first", "2019", ...
  double value = 1.0;  ///< The multiplier.
};

/// How one evidence unit contributed to a researcher's score:
/// `score` = `relevance` times every factor's value, and
/// `contribution` = `share` times `score`.
///
/// Thread-safety: a plain value; copy freely between threads.
struct EvidenceExplanation {
  EvidenceHit evidence;  ///< The unit, as a result shows it (its `score` is `score` here).
  /// The query terms the unit matched, readably: `word`, `stem~`, `title:word`,
  /// `name:word`, `topic:id`, ...; empty for a query of filters only.
  std::vector<std::string> matched_terms;
  double relevance = 0.0;            ///< Xapian's BM25 weight (1 when the query has no words).
  std::vector<ScoreFactor> factors;  ///< The multipliers, in the order applied.
  double score = 0.0;                ///< relevance x factors.
  double share = 0.0;         ///< Its weight in the researcher's sum (decay^i; 0: not counted).
  double contribution = 0.0;  ///< share x score: what it added to the researcher's score.
};

/// How a researcher's score was made from their matching evidence: the sum of
/// every unit's contribution (`sum`), then each of
/// `adjustments` multiplied in, gives `score`, which is SearchHit::score.
///
/// Thread-safety: a plain value; copy freely between threads.
struct ScoreExplanation {
  std::vector<EvidenceExplanation> evidence;  ///< Counted units, best first.
  std::size_t uncounted = 0;  ///< Further matching units beyond the ones counted (max_units).
  std::string aggregation;    ///< How the units add up, in words.
  double sum = 0.0;           ///< The units' contributions.
  std::vector<ScoreFactor> adjustments;  ///< Researcher-level multipliers applied to `sum`.
  double score = 0.0;                    ///< The final score.
};

/// A researcher in the results.
///
/// Thread-safety: a plain value; copy freely between threads.
struct SearchHit {
  std::size_t rank = 0;               ///< 1-based, over all results (not the page).
  Researcher researcher;              ///< Who, as the index stores them.
  double score = 0.0;                 ///< The researcher's score: their evidence, weighted.
  std::vector<EvidenceHit> evidence;  ///< Their best matching evidence, best first.
  /// How `score` was made; filled only when SearchRequest::explain is set.
  std::optional<ScoreExplanation> explanation;
};

/// Facet name ("venue", "year", "topic") -> value -> number of matching researchers.
using FacetCounts = std::map<std::string, std::map<std::string, std::size_t>>;

/// The answer to one SearchRequest.
///
/// Thread-safety: a plain value; copy freely between threads.
struct SearchResults {
  std::string query;  ///< The query as asked.
  /// "Did you mean": the query with words the index does not know replaced by
  /// close indexed words; empty when every word is known. When set, the
  /// results are those of this corrected query.
  std::string corrected_query;
  bool relaxed = false;         ///< Too few researchers matched every word; partial matches follow.
  std::size_t total = 0;        ///< Matching researchers (exact).
  std::vector<SearchHit> hits;  ///< The requested page of them, best first.
  FacetCounts facets;           ///< Empty unless requested.
  /// Shards of a sharded index that did not answer and are left out of these
  /// results, each as "NAME (reason)"; empty when every shard answered. Only
  /// ever filled when the Searcher was opened with SearcherOptions::allow_partial.
  std::vector<std::string> missing_shards;
};

/// Counts describing an index.
///
/// Thread-safety: a plain value; copy freely between threads.
struct IndexStats {
  std::size_t documents = 0;     ///< Source files (and in-memory records) indexed.
  std::size_t researchers = 0;   ///< Researchers.
  std::size_t publications = 0;  ///< Distinct publications, over all researchers.
  std::size_t evidence = 0;      ///< Evidence units, of every kind.
  FacetCounts facets;            ///< Researchers per venue, year and topic, over the whole index.
  int schema_version = 0;        ///< The index layout version the index was written with.
  std::size_t shards = 1;        ///< Databases searched together (shards listed by a stub file).
  std::vector<std::string> missing_shards;  ///< As SearchResults::missing_shards.
};

/// How a Searcher opens its index.
///
/// Thread-safety: a plain value; copy freely between threads.
struct SearcherOptions {
  /// For an index of several shards (a Xapian stub file listing local
  /// databases and remote `xapian-tcpsrv` servers): when a shard does not
  /// answer, on opening or during a search, false (the default) fails with
  /// savant::Error (io) naming the shard; true goes on with the shards that
  /// answer and names the others in SearchResults::missing_shards,
  /// IndexStats::missing_shards and Searcher::missing_shards().
  bool allow_partial = false;
};

/// A read-only view of one index: searching it and reading its researchers.
/// Opening checks the schema version. A Searcher sees the index as it was
/// when opened (or last reopened); a writer committing meanwhile does not
/// disturb it.
///
/// Thread-safety: one Searcher must not be used by two threads at once; open
/// one per thread. Any number of Searchers, in any number of threads and
/// processes, may read one index while one writer updates it. Movable, not
/// copyable.
class SAVANT_EXPORT Searcher {
 public:
  /// Opens the index at `path`. Throws savant::Error: index_not_found,
  /// incompatible_index, index_corrupt or io.
  explicit Searcher(const std::string& path);
  /// Opens the index at `path`: a savant index directory, a sharded index
  /// directory, or a Xapian stub file listing shards (`auto PATH`, `remote
  /// HOST:PORT`). Every shard's schema version is checked. Throws as above,
  /// and savant::Error (io) naming a shard that does not answer unless
  /// `options.allow_partial`.
  Searcher(const std::string& path, const SearcherOptions& options);
  ~Searcher();
  /// Takes over `other`'s index; `other` may then only be destroyed or assigned to.
  Searcher(Searcher&& other) noexcept;
  /// Takes over `other`'s index, closing this one's.
  Searcher& operator=(Searcher&& other) noexcept;
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Runs one search. Throws savant::Error: query for a query or filter that
  /// cannot be understood, usage for an unknown or out-of-range ranking
  /// setting, each with a one-line message.
  SearchResults search(const SearchRequest& request);

  /// "More like this person": researchers ranked by the most characteristic
  /// words and topics of researcher `id`'s evidence (Xapian's expand set over
  /// all their evidence units), `id` excluded. Paging, evidence and ranking
  /// settings come from `request`; its query and filters are ignored. Throws
  /// savant::Error (query) when there is no researcher `id`.
  SearchResults similar(const std::string& id, const SearchRequest& request = {});

  /// Index-wide counts.
  IndexStats stats();

  /// The researcher with id `id` and all their evidence, or nothing when the
  /// index holds no such researcher.
  std::optional<ResearcherProfile> researcher(const std::string& id);

  /// Calls `visit` with every researcher of the index, in order of id. The
  /// profiles are read one at a time, so memory does not grow with the index;
  /// `visit` may use this Searcher. An exception from `visit` stops the walk
  /// and propagates.
  void for_each_researcher(const std::function<void(const ResearcherProfile&)>& visit);

  /// Moves this Searcher to the latest committed state of the index (and,
  /// for a sharded index, tries shards that did not answer again).
  void reopen();

  /// Shards left out because they did not answer, as "NAME (reason)"; empty
  /// for a whole index. Only ever filled with SearcherOptions::allow_partial.
  std::vector<std::string> missing_shards() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace savant
