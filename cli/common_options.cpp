// SPDX-License-Identifier: MIT
// Shared option handling for the subcommands.
#include "cli/common_options.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include <savant/error.hpp>

namespace savant::cli {

namespace po = boost::program_options;

std::string default_db_path() {
  const char* env = std::getenv("SAVANT_DB");
  return env != nullptr && *env != '\0' ? env : "savant-index";
}

po::variables_map parse_args(const Args& args, const po::options_description& options,
                             const po::positional_options_description& positional) {
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  po::notify(vm);
  return vm;
}

void check_format(const std::string& format) {
  if (format != "text" && format != "json") {
    throw Error(ErrorCategory::usage,
                fmt::format("unknown --format '{}' (choose text or json)", format));
  }
}

}  // namespace savant::cli
