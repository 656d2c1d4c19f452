// SPDX-License-Identifier: MIT
// `savant`: dispatches to a subcommand; nothing else happens here.
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_guarded.hpp"
#include <savant/version.hpp>

#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "Usage: savant COMMAND [options]\n"
    "\n"
    "Find researchers by expertise in CVs, résumés, profile pages and publication lists.\n"
    "\n"
    "Commands:\n"
    "  index    index files and directories into an index\n"
    "  search   rank researchers for a query, with evidence and facets\n"
    "  show     print one researcher with all their evidence\n"
    "  export   write every researcher record as JSON Lines\n"
    "  stats    count what an index holds\n"
    "  similar  rank the researchers closest to one researcher\n"
    "  serve    serve the web page and JSON API over an index\n"
    "  eval     measure ranking (judged queries) or extraction (golden documents)\n"
    "  forget   remove a researcher and keep their files out of the index\n"
    "  unforget let files excluded by forget be indexed again\n"
    "\n"
    "Run 'savant COMMAND --help' for a command's options, 'man savant' for the manual,\n"
    "'savant --version' for the version.\n"
    "Settings: --db, then $SAVANT_DB, then --config FILE, then $XDG_CONFIG_HOME/savant/config.\n"
    "Exit codes: 0 ok, 1 usage, 2 query error, 3 some inputs failed, 4 index missing or\n"
    "unreadable, 5 internal error.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace savant::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    fmt::print(stderr, "{}", kUsage);
    return kExitUsage;
  }
  std::string command = args.front();
  args.erase(args.begin());
  // `savant help search` is `savant search --help`.
  if (command == "help" && !args.empty()) {
    command = args.front();
    args = {"--help"};
  }
  if (command == "--help" || command == "-h" || command == "help") {
    fmt::print("{}", kUsage);
    return kExitOk;
  }
  if (command == "--version" || command == "-V") {
    fmt::print("savant {}\n", SAVANT_VERSION_STRING);
    return kExitOk;
  }
  static const std::map<std::string, int (*)(const Args&)> kCommands = {
      {"eval", run_eval},        {"export", run_export}, {"index", run_index},
      {"similar", run_similar},  {"search", run_search}, {"show", run_show},
      {"stats", run_stats},      {"serve", run_serve},   {"forget", run_forget},
      {"unforget", run_unforget}};
  auto it = kCommands.find(command);
  if (it == kCommands.end()) {
    fmt::print(stderr, "savant: unknown command '{}' (try 'savant --help')\n", command);
    return kExitUsage;
  }
  return run_guarded([&] { return it->second(args); });
}
