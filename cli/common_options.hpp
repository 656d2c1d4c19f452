// SPDX-License-Identifier: MIT
// Option helpers shared by the subcommands.
#pragma once

#include <string>

#include <boost/program_options.hpp>

#include "cli/commands.hpp"

namespace savant::cli {

/// The index path: --db, else $SAVANT_DB, else ./savant-index.
std::string default_db_path();

/// Parses `args` against `options` (and `positional`), throwing
/// boost::program_options::error on bad input.
boost::program_options::variables_map parse_args(
    const Args& args, const boost::program_options::options_description& options,
    const boost::program_options::positional_options_description& positional = {});

/// Whether `format` is one of "text", "json"; throws savant::Error (usage) if not.
void check_format(const std::string& format);

}  // namespace savant::cli
