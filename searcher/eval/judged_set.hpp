// SPDX-License-Identifier: MIT
// The judged query set of tests/relevance/: queries, graded judgments, and
// which files belong to which judged researcher.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <savant/search.hpp>

#include "searcher/eval/metrics.hpp"

namespace savant::searcher::eval {

struct JudgedQuery {
  std::string id;
  std::string text;     ///< The query text.
  std::string options;  ///< CLI-style filters: --venue V --year A..B --topic T.
  std::string kind;     ///< topic, abbreviation, method, venue, year, name, misspelled, ...
  Judgments judgments;  ///< Researcher name -> grade; unlisted researchers are 0.
};

struct JudgedSet {
  std::vector<JudgedQuery> queries;
  /// File name (no directory) -> judged researcher name.
  std::map<std::string, std::string> researcher_of_file;
};

/// Loads queries.tsv, qrels.tsv and researchers.tsv (each with a header line).
/// Throws savant::Error (usage) naming the file and line of a malformed row.
JudgedSet load_judged_set(const std::string& queries_path, const std::string& qrels_path,
                          const std::string& researchers_path);

/// Applies CLI-style filter options ("--venue ACL --year 2023") to `request`.
/// Throws savant::Error (usage) for an unknown option.
void apply_options(const std::string& options, SearchRequest& request);

/// The judged researcher most of `sources` (paths) belong to; empty if none.
std::string judged_researcher(const std::vector<std::string>& sources, const JudgedSet& set);

}  // namespace savant::searcher::eval
