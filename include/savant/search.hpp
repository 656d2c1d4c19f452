// SPDX-License-Identifier: MIT
// Searching an index: researchers ranked by how strongly their documents show
// the queried skill, with the evidence for each and exact facet counts.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <savant/records.hpp>

namespace savant {

/// One search. Filters hold for the same evidence unit: venue "ICML" with
/// years 2023..2023 means an ICML paper from 2023.
struct SearchRequest {
  std::string query;        ///< Query language text; empty lists everyone matching the filters.
  std::string venue;        ///< Venue id or alias; empty for any.
  int year_from = 0;        ///< Inclusive; 0 for no lower bound.
  int year_to = 0;          ///< Inclusive; 0 for no upper bound.
  std::string topic;        ///< Topic id, label or alias; empty for any.
  std::size_t offset = 0;   ///< Results to skip (paging).
  std::size_t limit = 10;   ///< Results to return.
  bool facets = false;      ///< Count matching researchers per venue, year and topic.
  std::size_t evidence_per_result = 3;  ///< Best evidence units shown per researcher.
};

/// A piece of evidence as shown in a result.
struct EvidenceHit {
  EvidenceKind kind = EvidenceKind::summary;
  std::string title;
  std::string venue;
  int year = 0;
  AuthorRole role = AuthorRole::unknown;
  PublicationStatus status = PublicationStatus::unknown;
  std::string organisation;
  std::string dates;
  std::string snippet;  ///< Text around the matches; matched words wrapped in <mark>...</mark>.
  std::string source;   ///< The (first) source file.
  double score = 0.0;   ///< This unit's weighted contribution.
};

/// A researcher in the results.
struct SearchHit {
  std::size_t rank = 0;  ///< 1-based.
  Researcher researcher;
  double score = 0.0;
  std::vector<EvidenceHit> evidence;
};

/// Facet name ("venue", "year", "topic") -> value -> number of matching researchers.
using FacetCounts = std::map<std::string, std::map<std::string, std::size_t>>;

struct SearchResults {
  std::string query;
  std::size_t total = 0;  ///< Matching researchers (exact).
  std::vector<SearchHit> hits;
  FacetCounts facets;     ///< Empty unless requested.
};

/// Counts describing an index.
struct IndexStats {
  std::size_t documents = 0;    ///< Source files indexed.
  std::size_t researchers = 0;
  std::size_t publications = 0;
  std::size_t evidence = 0;
  FacetCounts facets;           ///< Researchers per venue, year and topic, over the whole index.
  int schema_version = 0;
};

/// A read-only view of one index. Opening checks the schema version. One
/// Searcher must not be used by two threads at once; open one per thread (any
/// number may read one index while one writer updates it).
class Searcher {
 public:
  /// Opens the index at `path`. Throws savant::Error: index_not_found,
  /// incompatible_index, index_corrupt or io.
  explicit Searcher(const std::string& path);
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  /// Runs one search. Throws savant::Error (query) for a query or filter that
  /// cannot be understood, with a one-line message.
  SearchResults search(const SearchRequest& request);

  /// Index-wide counts.
  IndexStats stats();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace savant
