// SPDX-License-Identifier: MIT
// Option groups and checks shared by the subcommands.
#pragma once

#include "cli/commands.hpp"
#include "cli/render/terminal.hpp"
#include "cli/render/text_output.hpp"
#include <savant/search.hpp>

#include <boost/program_options.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace savant::cli {

/// --db DIR and --config FILE, taken by every command that uses an index;
/// resolve_settings() turns them into the settings in effect.
struct IndexLocationOptions {
  std::string db;      ///< Empty when not given.
  std::string config;  ///< Empty when not given.

  /// Adds --db and --config to `options`.
  void add_to(boost::program_options::options_description& options);
};

/// --color WHEN, taken by the commands that print text for people.
struct ColourOption {
  std::string when;  ///< auto, always or never

  /// Adds --color to `options`.
  void add_to(boost::program_options::options_description& options);

  /// The layout of text written to stdout: colour as --color says, the
  /// terminal's width. Throws savant::Error (usage) for a bad WHEN.
  TextLayout stdout_layout() const;
};

/// Adds --limit/-n (and --offset when `with_offset`) and --evidence, bound to `request`.
void add_paging(boost::program_options::options_description& options, SearchRequest& request,
                bool with_offset);

/// Adds --help, then --format FORMAT (default `fallback`, described by
/// `choices`, e.g. "text or json").
void add_help_and_format(boost::program_options::options_description& options, std::string& format,
                         const char* fallback, const char* choices);

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

/// Parses `args` for a command: its `options` (holding --help), and its
/// operand `name`: one word, or with a vector every remaining word. Returns
/// false when --help was given: the help is printed and the command is done.
/// Throws boost::program_options::error on bad input.
bool parse_command(const Args& args, const boost::program_options::options_description& options);
bool parse_command(const Args& args, const boost::program_options::options_description& options,
                   const char* name, std::string& operand);
bool parse_command(const Args& args, const boost::program_options::options_description& options,
                   const char* name, std::vector<std::string>& operands);

/// A command that takes only --db, --config and one operand (forget, unforget).
struct IndexAndOperand {
  std::string db;       ///< The index, as the settings resolve it.
  std::string operand;  ///< Never empty.
};

/// Parses such a command: `usage` heads its --help. Returns nullopt when
/// --help was given (and printed). Throws savant::Error (usage) with
/// `missing` when the operand is absent.
std::optional<IndexAndOperand> parse_index_and_operand(const Args& args, const char* usage,
                                                       const char* missing);

/// Throws savant::Error (usage) unless `format` is one of `allowed`.
void check_format(const std::string& format, std::initializer_list<const char*> allowed);

/// Prints `options` (the command's --help) to stdout.
void print_help(const boost::program_options::options_description& options);

}  // namespace savant::cli
