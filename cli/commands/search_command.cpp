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
  std::string colour;
  std::vector<std::string> ranking;
  std::vector<std::string> words;
  SearchRequest request;
  SearcherOptions open_options;
  bool show_contact = false;
  // clang-format off
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  options.add_options()
      ("venue", po::value(&request.venue)->value_name("V"),
       "only evidence from this venue (id or alias)")
      ("year", po::value(&year)->value_name("Y|A..B"), "only evidence from year Y or years A..B")
      ("topic", po::value(&request.topic)->value_name("T"),
       "only evidence about this topic (id, label or alias)")
      ("limit,n", whole_number(&request.limit)->default_value(10)->value_name("N"), "results to show")
      ("offset", whole_number(&request.offset)->default_value(0)->value_name("K"), "results to skip")
      ("evidence", whole_number(&request.evidence_per_result)->default_value(3)->value_name("N"),
       "evidence items per researcher")
      ("facets", po::bool_switch(&request.facets),
       "count matching researchers per venue, year and topic")
      ("explain", po::bool_switch(&request.explain),
       "show how each score was made: evidence, matched terms, weights")
      ("format", po::value(&format)->default_value("text")->value_name("FORMAT"),
       "text, json, jsonl (one researcher a line) or csv")
      ("color", po::value(&colour)->default_value("auto")->value_name("WHEN"),
       "colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never")
      ("ranking", po::value(&ranking)->composing()->value_name("NAME=VALUE"),
       "override a ranking setting (repeatable; names in 'man savant')")
      ("show-contact", po::bool_switch(&show_contact),
       "also show phone numbers, addresses and dates of birth found in the CVs");
  add_allow_partial(options, open_options.allow_partial);
  po::options_description operands;
  operands.add_options()("query", po::value(&words)->composing(), "query words");
  // clang-format on
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vm = parse_args(args, options, operands, positional);
  if (vm.count("help") != 0) {
    print_help(options);
    return kExitOk;
  }
  check_format(format, {"text", "json", "jsonl", "csv"});
  const When colour_when = parse_when(colour, "--color");
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
    TextLayout layout{Style(wants_colour(colour_when, STDOUT_FILENO)),
                      static_cast<std::size_t>(terminal_columns(STDOUT_FILENO))};
    fmt::print("{}", search_results_text(results, layout));
  }
  return kExitOk;
}

}  // namespace savant::cli
