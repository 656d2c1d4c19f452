// SPDX-License-Identifier: MIT
// `savant unforget ID|PATH`: let files excluded by `savant forget` be indexed again.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/settings.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>

namespace savant::cli {

namespace po = boost::program_options;

int run_unforget(const Args& args) {
  po::options_description options(
      "Usage: savant unforget [options] ID|PATH\n\n"
      "Allow the files that 'savant forget ID' excluded (or one excluded file, or those under\n"
      "a directory) back: the next 'savant index' over them reads them again.\nOptions");
  IndexLocationOptions location;
  std::string target;
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  po::options_description operands;
  operands.add_options()("id", po::value(&target), "researcher id, file or directory");
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm = parse_args(args, options, operands, positional);
  if (vm.count("help") != 0) {
    print_help(options);
    return kExitOk;
  }
  if (target.empty())
    throw Error(ErrorCategory::usage, "unforget: no ID or PATH given (try --help)");
  const std::string db = resolve_settings(location.db, location.config).db;
  const std::vector<std::string> allowed = unforget(db, target);
  fmt::print(stderr,
             "{} file(s) no longer excluded; the next 'savant index' over them reads them:\n",
             allowed.size());
  for (const std::string& path : allowed) fmt::print(stderr, "  {}\n", path);
  return kExitOk;
}

}  // namespace savant::cli
