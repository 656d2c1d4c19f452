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
  ColourOption colour;
  std::string id;
  add_help_and_format(options, format, "text", "text or json");
  location.add_to(options);
  add_paging(options, request, false);
  colour.add_to(options);
  add_allow_partial(options, open_options.allow_partial);
  if (!parse_command(args, options, "id", id)) return kExitOk;
  check_format(format, {"text", "json"});
  if (id.empty()) throw Error(ErrorCategory::usage, "similar: no researcher ID given");
  const TextLayout layout = colour.stdout_layout();
  Settings settings = resolve_settings(location.db, location.config);
  request.ranking = settings.ranking;
  Searcher searcher(settings.db, open_options);
  SearchResults results = searcher.similar(id, request);
  // Contact details are shown only on request (search/show --show-contact), never here.
  for (SearchHit& hit : results.hits) hit.researcher.contact = {};
  if (format == "json") {
    fmt::print("{}\n", search_results_json(results));
  } else {
    fmt::print("{}", search_results_text(results, layout));
  }
  return kExitOk;
}

}  // namespace savant::cli
