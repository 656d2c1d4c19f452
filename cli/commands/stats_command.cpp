// SPDX-License-Identifier: MIT
// `savant stats`: what an index holds.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/text_output.hpp"
#include "cli/settings.hpp"
#include <savant/search.hpp>

#include <fmt/format.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_stats(const Args& args) {
  po::options_description options(
      "Usage: savant stats [options]\n\n"
      "Count documents, researchers, publications and facet values.\n"
      "Options");
  IndexLocationOptions location;
  std::string format;
  SearcherOptions open_options;
  add_help_and_format(options, format, "text", "text or json");
  location.add_to(options);
  add_allow_partial(options, open_options.allow_partial);
  if (!parse_command(args, options)) return kExitOk;
  check_format(format, {"text", "json"});
  Searcher searcher(resolve_settings(location.db, location.config).db, open_options);
  IndexStats stats = searcher.stats();
  fmt::print("{}", format == "json" ? stats_json(stats) + "\n" : stats_text(stats));
  return kExitOk;
}

}  // namespace savant::cli
