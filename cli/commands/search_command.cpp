// SPDX-License-Identifier: MIT
// `savant search [options] [QUERY]`: ranked researchers for a query.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/render/csv_output.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/terminal.hpp"
#include "cli/render/text_output.hpp"
#include "cli/settings.hpp"
#include "searcher/field_processors.hpp"
#include <savant/error.hpp>
#include <savant/search.hpp>

#include <fmt/format.h>

#include <unistd.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_search(const Args& args) {
  po::options_description options(
      "Usage: savant search [options] [QUERY]\n\n"
      "Rank researchers by how strongly their documents show QUERY.\n"
      "Query language: words, \"phrases\", AND/OR/NOT, (groups), and fields name:, title:,\n"
      "institution:, venue:, topic:, year:2023 or year:2022..2024, email:, kind:, status:, "
      "role:.\nOptions");
  IndexLocationOptions location;
  std::string year;
  std::string format;
  ColourOption colour;
  std::vector<std::string> ranking;
  std::vector<std::string> words;
  SearchRequest request;
  SearcherOptions open_options;
  bool show_contact = false;
  add_help_and_format(options, format, "text", "text, json, jsonl (one researcher a line) or csv");
  location.add_to(options);
  // clang-format off
  options.add_options()
      ("venue", po::value(&request.venue)->value_name("V"),
       "only evidence from this venue (id or alias)")
      ("year", po::value(&year)->value_name("Y|A..B"), "only evidence from year Y or years A..B")
      ("topic", po::value(&request.topic)->value_name("T"),
       "only evidence about this topic (id, label or alias)");
  add_paging(options, request, true);
  colour.add_to(options);
  options.add_options()
      ("facets", po::bool_switch(&request.facets),
       "count matching researchers per venue, year and topic")
      ("explain", po::bool_switch(&request.explain),
       "show how each score was made: evidence, matched terms, weights")
      ("ranking", po::value(&ranking)->composing()->value_name("NAME=VALUE"),
       "override a ranking setting (repeatable; names in 'man savant')")
      ("show-contact", po::bool_switch(&show_contact),
       "also show phone numbers, addresses and dates of birth found in the CVs");
  add_allow_partial(options, open_options.allow_partial);
  // clang-format on
  if (!parse_command(args, options, "query", words)) return kExitOk;
  check_format(format, {"text", "json", "jsonl", "csv"});
  const TextLayout layout = colour.stdout_layout();
  if (request.facets && (format == "jsonl" || format == "csv")) {
    throw Error(ErrorCategory::usage,
                fmt::format("--facets needs --format text or json ({} has one row per researcher)",
                            format));
  }
  Settings settings = resolve_settings(location.db, location.config);
  request.ranking = settings.ranking;
  apply_ranking_flags(ranking, request.ranking);
  for (const auto& word : words) request.query += (request.query.empty() ? "" : " ") + word;
  if (!year.empty()) searcher::parse_year_range(year, request.year_from, request.year_to);

  Searcher searcher(settings.db, open_options);
  SearchResults results = searcher.search(request);
  if (!show_contact) {
    for (SearchHit& hit : results.hits) hit.researcher.contact = {};
  }
  if (!results.missing_shards.empty() && (format == "jsonl" || format == "csv")) {
    // These formats have no place for it; the terminal or log still hears.
    fmt::print(stderr, "savant: {}", missing_shards_line(results.missing_shards));
  }
  if (format == "json") {
    fmt::print("{}\n", search_results_json(results));
  } else if (format == "jsonl") {
    fmt::print("{}", search_results_jsonl(results));
  } else if (format == "csv") {
    fmt::print("{}", search_results_csv(results));
  } else {
    fmt::print("{}", search_results_text(results, layout));
  }
  return kExitOk;
}

}  // namespace savant::cli
