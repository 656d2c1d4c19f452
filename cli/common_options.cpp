// SPDX-License-Identifier: MIT
// Shared option handling for the subcommands.
#include "cli/common_options.hpp"

#include "cli/number_option.hpp"
#include "cli/settings.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <iostream>
#include <unistd.h>

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

void ColourOption::add_to(po::options_description& options) {
  options.add_options()("color", po::value(&when)->default_value("auto")->value_name("WHEN"),
                        "colour the text output: auto (on a terminal, unless NO_COLOR is set), "
                        "always or never");
}

TextLayout ColourOption::stdout_layout() const {
  return TextLayout{Style(wants_colour(parse_when(when, "--color"), STDOUT_FILENO)),
                    static_cast<std::size_t>(terminal_columns(STDOUT_FILENO))};
}

void add_paging(po::options_description& options, SearchRequest& request, bool with_offset) {
  options.add_options()("limit,n", whole_number(&request.limit)->default_value(10)->value_name("N"),
                        "results to show");
  if (with_offset) {
    options.add_options()("offset",
                          whole_number(&request.offset)->default_value(0)->value_name("K"),
                          "results to skip");
  }
  options.add_options()(
      "evidence", whole_number(&request.evidence_per_result)->default_value(3)->value_name("N"),
      "evidence items per researcher");
}

void add_help_and_format(po::options_description& options, std::string& format,
                         const char* fallback, const char* choices) {
  options.add_options()("help,h", "show this help")(
      "format", po::value(&format)->default_value(fallback)->value_name("FORMAT"), choices);
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

namespace {

po::typed_value<std::string>* operand_value(std::string& operand) { return po::value(&operand); }

po::typed_value<std::vector<std::string>>* operand_value(std::vector<std::string>& operands) {
  return po::value(&operands)->composing();
}

template <class Operand>
bool parse_with_operand(const Args& args, const po::options_description& options, const char* name,
                        Operand& operand, int count) {
  // Operands stay out of --help, which documents them in its usage line.
  po::options_description operands;
  operands.add_options()(name, operand_value(operand));
  po::positional_options_description positional;
  positional.add(name, count);
  po::variables_map vm = parse_args(args, options, operands, positional);
  if (vm.count("help") == 0) return true;
  print_help(options);
  return false;
}

}  // namespace

bool parse_command(const Args& args, const po::options_description& options) {
  po::variables_map vm = parse_args(args, options);
  if (vm.count("help") == 0) return true;
  print_help(options);
  return false;
}

bool parse_command(const Args& args, const po::options_description& options, const char* name,
                   std::string& operand) {
  return parse_with_operand(args, options, name, operand, 1);
}

bool parse_command(const Args& args, const po::options_description& options, const char* name,
                   std::vector<std::string>& operands) {
  return parse_with_operand(args, options, name, operands, -1);
}

std::optional<IndexAndOperand> parse_index_and_operand(const Args& args, const char* usage,
                                                       const char* missing) {
  po::options_description options(usage);
  IndexLocationOptions location;
  IndexAndOperand parsed;
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  if (!parse_command(args, options, "operand", parsed.operand)) return std::nullopt;
  if (parsed.operand.empty()) throw Error(ErrorCategory::usage, missing);
  parsed.db = resolve_settings(location.db, location.config).db;
  return parsed;
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
