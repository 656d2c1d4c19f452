// SPDX-License-Identifier: MIT
// Option groups and checks shared by the subcommands.
#pragma once

#include "cli/commands.hpp"

#include <boost/program_options.hpp>

#include <initializer_list>
#include <string>

namespace savant::cli {

/// --db DIR and --config FILE, taken by every command that uses an index;
/// resolve_settings() turns them into the settings in effect.
struct IndexLocationOptions {
  std::string db;      ///< Empty when not given.
  std::string config;  ///< Empty when not given.

  /// Adds --db and --config to `options`.
  void add_to(boost::program_options::options_description& options);
};

/// Adds --allow-partial (search what answers of a sharded index) to `options`.
void add_allow_partial(boost::program_options::options_description& options, bool& allow_partial);

/// Parses `args` against `options`, throwing boost::program_options::error on bad input.
boost::program_options::variables_map parse_args(
    const Args& args, const boost::program_options::options_description& options);

/// The same with operands: `operands` describes them (kept out of --help,
/// which documents them in the usage line) and `positional` maps them.
boost::program_options::variables_map parse_args(
    const Args& args, const boost::program_options::options_description& options,
    const boost::program_options::options_description& operands,
    const boost::program_options::positional_options_description& positional);

/// Throws savant::Error (usage) unless `format` is one of `allowed`.
void check_format(const std::string& format, std::initializer_list<const char*> allowed);

/// Prints `options` (the command's --help) to stdout.
void print_help(const boost::program_options::options_description& options);

}  // namespace savant::cli
