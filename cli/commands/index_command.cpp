// SPDX-License-Identifier: MIT
// `savant index --db DIR PATH...`: index files and directories.
#include <fmt/format.h>

#include <iostream>

#include <savant/index.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"

namespace savant::cli {

namespace po = boost::program_options;

int run_index(const Args& args) {
  po::options_description options("Usage: savant index [--db DIR] PATH...\n\n"
                                  "Index CVs, résumés and publication lists (files or directories, "
                                  "searched recursively).\nOptions");
  IndexOptions request;
  bool verbose = false;
  bool quiet = false;
  options.add_options()
      ("help,h", "show this help")
      ("db", po::value(&request.db_path)->default_value(default_db_path()),
       "index directory (default: $SAVANT_DB, else ./savant-index)")
      ("verbose,v", po::bool_switch(&verbose), "print each file with its format and what was extracted")
      ("quiet,q", po::bool_switch(&quiet), "print nothing but errors")
      ("path", po::value(&request.inputs)->composing(), "file or directory to index");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm = parse_args(args, options, positional);
  if (vm.count("help") != 0) {
    std::cout << options << "\n";
    return kExitOk;
  }
  if (request.inputs.empty()) {
    fmt::print(stderr, "savant: index: no PATH given (try --help)\n");
    return kExitUsage;
  }
  request.on_file = [&](const FileEvent& event) {
    if (event.status == "failed") {
      fmt::print(stderr, "savant: {}\n", event.detail);
    } else if (verbose) {
      fmt::print(stderr, "[{}/{}] {} {} ({}): {}\n", event.done, event.total, event.status,
                 event.path, event.format.empty() ? "-" : event.format, event.detail);
    }
  };

  IndexReport report = index_files(request);
  for (const FileFailure& failure : report.failures) {
    // Missing inputs never reach on_file; report them here (read failures already were).
    if (failure.reason.find(failure.path) == std::string::npos) {
      fmt::print(stderr, "savant: {}: {}\n", failure.path, failure.reason);
    }
  }
  if (!quiet) {
    fmt::print(stderr,
               "indexed {} file(s), {} unchanged, {} removed, {} failed; {} researcher(s), {} "
               "publication(s) in {}; {:.2f} s\n",
               report.files_indexed, report.files_unchanged, report.files_removed,
               report.failures.size(), report.researchers, report.publications, request.db_path,
               report.seconds);
  }
  return report.failures.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace savant::cli
