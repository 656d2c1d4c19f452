// SPDX-License-Identifier: MIT
// `savant search [options] [QUERY]`: ranked researchers for a query.
#include <fmt/format.h>

#include <iostream>

#include <savant/error.hpp>
#include <savant/search.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/highlight.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/text_output.hpp"
#include "searcher/field_processors.hpp"

namespace savant::cli {

namespace po = boost::program_options;

int run_search(const Args& args) {
  po::options_description options(
      "Usage: savant search [options] [QUERY]\n\n"
      "Rank researchers by how strongly their documents show QUERY.\n"
      "Query language: words, \"phrases\", AND/OR/NOT, (groups), and fields name:, title:,\n"
      "institution:, venue:, topic:, year:2023 or year:2022..2024, email:, kind:, status:, "
      "role:.\nOptions");
  std::string db;
  std::string year;
  std::string format;
  std::vector<std::string> words;
  SearchRequest request;
  options.add_options()
      ("help,h", "show this help")
      ("db", po::value(&db)->default_value(default_db_path()),
       "index directory (default: $SAVANT_DB, else ./savant-index)")
      ("venue", po::value(&request.venue), "only evidence from this venue (id or alias)")
      ("year", po::value(&year), "only evidence from year Y or years A..B")
      ("topic", po::value(&request.topic), "only evidence about this topic (id or alias)")
      ("limit,n", po::value(&request.limit)->default_value(10), "results to show")
      ("offset", po::value(&request.offset)->default_value(0), "results to skip")
      ("evidence", po::value(&request.evidence_per_result)->default_value(3),
       "evidence items per researcher")
      ("facets", po::bool_switch(&request.facets), "count matching researchers per venue, year, topic")
      ("format", po::value(&format)->default_value("text"), "text or json")
      ("query", po::value(&words)->composing(), "query words");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vm = parse_args(args, options, positional);
  if (vm.count("help") != 0) {
    std::cout << options << "\n";
    return kExitOk;
  }
  check_format(format);
  for (const auto& word : words) request.query += (request.query.empty() ? "" : " ") + word;
  if (!year.empty()) searcher::parse_year_range(year, request.year_from, request.year_to);

  Searcher searcher(db);
  SearchResults results = searcher.search(request);
  if (format == "json") {
    fmt::print("{}\n", search_results_json(results));
  } else {
    fmt::print("{}", search_results_text(results, stdout_wants_colour()));
  }
  return kExitOk;
}

}  // namespace savant::cli
