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

int run_unforget(const Args& args) {
  const std::optional<IndexAndOperand> parsed = parse_index_and_operand(
      args,
      "Usage: savant unforget [options] ID|PATH\n\n"
      "Allow the files that 'savant forget ID' excluded (or one excluded file, or those under\n"
      "a directory) back: the next 'savant index' over them reads them again.\nOptions",
      "unforget: no ID or PATH given (try --help)");
  if (!parsed) return kExitOk;
  const std::string& db = parsed->db;
  const std::string& target = parsed->operand;
  const std::vector<std::string> allowed = unforget(db, target);
  fmt::print(stderr,
             "{} file(s) no longer excluded; the next 'savant index' over them reads them:\n",
             allowed.size());
  for (const std::string& path : allowed) fmt::print(stderr, "  {}\n", path);
  return kExitOk;
}

}  // namespace savant::cli
