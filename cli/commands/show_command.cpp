// SPDX-License-Identifier: MIT
// `savant show ID`: one researcher's whole record, with all their evidence.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/profile_text.hpp"
#include "cli/render/terminal.hpp"
#include "cli/render/text_output.hpp"
#include "cli/settings.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>
#include <savant/search.hpp>

#include <fmt/format.h>

#include <unistd.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_show(const Args& args) {
  po::options_description options(
      "Usage: savant show [options] ID\n\n"
      "Print one researcher (by id, as search results give it, or by "
      "name) with all their evidence.\nOptions");
  IndexLocationOptions location;
  std::string format;
  ColourOption colour;
  std::string id;
  SearcherOptions open_options;
  bool show_contact = false;
  add_help_and_format(options, format, "text", "text or json");
  location.add_to(options);
  colour.add_to(options);
  options.add_options()("show-contact", po::bool_switch(&show_contact),
                        "also show phone numbers, addresses and dates of birth found in the CVs");
  add_allow_partial(options, open_options.allow_partial);
  if (!parse_command(args, options, "id", id)) return kExitOk;
  check_format(format, {"text", "json"});
  const TextLayout layout = colour.stdout_layout();
  if (id.empty()) throw Error(ErrorCategory::usage, "show: no ID given (try --help)");

  const std::string db = resolve_settings(location.db, location.config).db;
  Searcher searcher(db, open_options);
  // Ids are slugs of names, so "Xinyu Zhao" finds xinyu-zhao too.
  std::optional<ResearcherProfile> profile = searcher.researcher(id);
  if (!profile) profile = searcher.researcher(schema::slugify(id));
  // A profile has no place for it: stderr says the index was not whole.
  const std::string partial = missing_shards_line(searcher.missing_shards());
  if (!partial.empty()) fmt::print(stderr, "savant: {}", partial);
  if (!profile) {
    throw Error(ErrorCategory::query,
                fmt::format("show: no researcher '{}' in {} (ids are listed by 'savant search' "
                            "and 'savant export')",
                            id, db));
  }
  if (!show_contact) profile->researcher.contact = {};
  if (format == "json") {
    fmt::print("{}\n", profile_json(*profile, 2));
  } else {
    fmt::print("{}", profile_text(*profile, layout));
  }
  return kExitOk;
}

}  // namespace savant::cli
