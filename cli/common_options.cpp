// SPDX-License-Identifier: MIT
// Shared option handling for the subcommands.
#include "cli/common_options.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <iostream>

namespace savant::cli {

namespace po = boost::program_options;

void IndexLocationOptions::add_to(po::options_description& options) {
  // clang-format off
  options.add_options()
      ("db", po::value(&db)->value_name("DIR"),
       "index directory (default: $SAVANT_DB, else the configuration's db, else ./savant-index)")
      ("config", po::value(&config)->value_name("FILE"),
       "read settings from FILE too, over $XDG_CONFIG_HOME/savant/config");
  // clang-format on
}

void add_allow_partial(po::options_description& options, bool& allow_partial) {
  options.add_options()("allow-partial", po::bool_switch(&allow_partial),
                        "with a sharded index: when shards do not answer, use the others and "
                        "name the missing ones (default: fail, exit code 4)");
}

po::variables_map parse_args(const Args& args, const po::options_description& options) {
  return parse_args(args, options, po::options_description(), po::positional_options_description());
}

po::variables_map parse_args(const Args& args, const po::options_description& options,
                             const po::options_description& operands,
                             const po::positional_options_description& positional) {
  po::options_description all;
  all.add(options).add(operands);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  po::notify(vm);
  return vm;
}

void check_format(const std::string& format, std::initializer_list<const char*> allowed) {
  std::string names;
  for (const char* name : allowed) {
    if (format == name) return;
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  throw Error(ErrorCategory::usage,
              fmt::format("unknown --format '{}' (choose {})", format, names));
}

void print_help(const po::options_description& options) { std::cout << options << "\n"; }

}  // namespace savant::cli
