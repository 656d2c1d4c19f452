// SPDX-License-Identifier: MIT
// `savant stats`: what an index holds.
#include <fmt/format.h>

#include <iostream>

#include <savant/search.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/text_output.hpp"

namespace savant::cli {

namespace po = boost::program_options;

int run_stats(const Args& args) {
  po::options_description options("Usage: savant stats [--db DIR] [--format text|json]\n\n"
                                  "Count documents, researchers, publications and facet values.\n"
                                  "Options");
  std::string db;
  std::string format;
  options.add_options()
      ("help,h", "show this help")
      ("db", po::value(&db)->default_value(default_db_path()),
       "index directory (default: $SAVANT_DB, else ./savant-index)")
      ("format", po::value(&format)->default_value("text"), "text or json");
  po::variables_map vm = parse_args(args, options);
  if (vm.count("help") != 0) {
    std::cout << options << "\n";
    return kExitOk;
  }
  check_format(format);
  Searcher searcher(db);
  IndexStats stats = searcher.stats();
  fmt::print("{}", format == "json" ? stats_json(stats) + "\n" : stats_text(stats));
  return kExitOk;
}

}  // namespace savant::cli
