// SPDX-License-Identifier: MIT
// `savant similar ID`: researchers closest to one researcher.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/terminal.hpp"
#include "cli/render/text_output.hpp"
#include "cli/settings.hpp"
#include <savant/error.hpp>
#include <savant/search.hpp>

#include <fmt/format.h>

#include <unistd.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_similar(const Args& args) {
  po::options_description options(
      "Usage: savant similar [options] ID\n\n"
      "Rank the researchers closest to researcher ID (the most characteristic words and\n"
      "topics of their evidence).\nOptions");
  IndexLocationOptions location;
  SearchRequest request;
  SearcherOptions open_options;
  std::string format;
  std::string colour;
  std::string id;
  // clang-format off
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  options.add_options()
      ("limit,n", whole_number(&request.limit)->default_value(10)->value_name("N"), "results to show")
      ("evidence", whole_number(&request.evidence_per_result)->default_value(3)->value_name("N"),
       "evidence items per researcher")
      ("format", po::value(&format)->default_value("text")->value_name("FORMAT"), "text or json")
      ("color", po::value(&colour)->default_value("auto")->value_name("WHEN"),
       "colour the text output: auto, always or never");
  add_allow_partial(options, open_options.allow_partial);
  po::options_description operands;
  operands.add_options()("id", po::value(&id), "researcher id");
  // clang-format on
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm = parse_args(args, options, operands, positional);
  if (vm.count("help") != 0) {
    print_help(options);
    return kExitOk;
  }
  check_format(format, {"text", "json"});
  if (id.empty()) throw Error(ErrorCategory::usage, "similar: no researcher ID given");
  const When colour_when = parse_when(colour, "--color");
  Settings settings = resolve_settings(location.db, location.config);
  request.ranking = settings.ranking;
  Searcher searcher(settings.db, open_options);
  SearchResults results = searcher.similar(id, request);
  if (format == "json") {
    fmt::print("{}\n", search_results_json(results));
  } else {
    TextLayout layout{Style(wants_colour(colour_when, STDOUT_FILENO)),
                      static_cast<std::size_t>(terminal_columns(STDOUT_FILENO))};
    fmt::print("{}", search_results_text(results, layout));
  }
  return kExitOk;
}

}  // namespace savant::cli
