// SPDX-License-Identifier: MIT
// `savant export`: every researcher record, for other programs to read.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/json_output.hpp"
#include "cli/settings.hpp"
#include <savant/search.hpp>

#include <fmt/format.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_export(const Args& args) {
  po::options_description options(
      "Usage: savant export [options]\n\n"
      "Write every researcher of the index, with all their evidence, to stdout:\n"
      "one JSON object a line (jsonl), or one JSON array (json). Ordered by id.\nOptions");
  IndexLocationOptions location;
  std::string format;
  add_help_and_format(options, format, "jsonl", "jsonl or json");
  location.add_to(options);
  if (!parse_command(args, options)) return kExitOk;
  check_format(format, {"jsonl", "json"});
  Searcher searcher(resolve_settings(location.db, location.config).db);
  // Written as they are read, so a large index streams through a pipe.
  const bool array = format == "json";
  bool first = true;
  if (array) fmt::print("[");
  searcher.for_each_researcher([&](const ResearcherProfile& stored) {
    // Phone numbers, addresses and dates of birth are shown only by
    // show/search --show-contact, never exported in bulk.
    ResearcherProfile profile = stored;
    profile.researcher.contact = {};
    if (array) fmt::print("{}\n", first ? "" : ",");
    fmt::print("{}{}", profile_json(profile), array ? "" : "\n");
    first = false;
  });
  if (array) fmt::print("{}]\n", first ? "" : "\n");
  return kExitOk;
}

}  // namespace savant::cli
