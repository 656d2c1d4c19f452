// SPDX-License-Identifier: MIT
// `savant forget ID`: remove a researcher and keep their files out of the index.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/settings.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>

namespace savant::cli {

int run_forget(const Args& args) {
  const std::optional<IndexAndOperand> parsed = parse_index_and_operand(
      args,
      "Usage: savant forget [options] ID\n\n"
      "Remove researcher ID (or NAME) and everything their documents contributed, and keep\n"
      "their files out of later 'savant index' runs until 'savant unforget'.\nOptions",
      "forget: no ID given (try --help)");
  if (!parsed) return kExitOk;
  const std::string& db = parsed->db;
  const std::string& id = parsed->operand;

  ForgetReport report;
  try {
    report = forget(db, id);
  } catch (const Error& e) {
    // Ids are slugs of names, so "Xinyu Zhao" forgets xinyu-zhao too.
    const std::string slug = schema::slugify(id);
    if (e.category() != ErrorCategory::query || slug == id) throw;
    report = forget(db, slug);
  }
  fmt::print(stderr, "forgot {} [{}]: {} file(s) removed and excluded from indexing:\n",
             report.name, report.id, report.sources.size());
  for (const std::string& source : report.sources) fmt::print(stderr, "  {}\n", source);
  fmt::print(stderr, "{} researcher(s) left in {}; 'savant unforget {}' allows the files back\n",
             report.index.researchers, db, report.id);
  return kExitOk;
}

}  // namespace savant::cli
