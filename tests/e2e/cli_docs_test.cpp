// SPDX-License-Identifier: MIT
// The man page and the bash completion know every command and option that
// `--help` shows, so the three cannot drift apart.
#include "tests/support/run_command.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace savant::testing {
namespace {

const std::vector<std::string> kCommands{"index", "search", "show",   "export",  "stats",
                                         "eval",  "serve",  "forget", "unforget"};

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SAVANT_TEST_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> options;
  const std::regex option("--([a-z][a-z-]*)");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option);
       it != std::sregex_iterator(); ++it) {
    options.insert((*it)[1]);
  }
  return options;
}

// roff text with its escaped hyphens ("\-") as plain ones.
std::string unescaped_hyphens(std::string roff) {
  for (std::size_t at = roff.find("\\-"); at != std::string::npos; at = roff.find("\\-", at)) {
    roff.erase(at, 1);
  }
  return roff;
}

TEST(CliDocs, ManPageAndCompletionKnowEveryCommandAndOption) {
  const std::string man = unescaped_hyphens(read_source("cli/savant.1"));
  const std::string completion = read_source("cli/completion/savant.bash");
  ASSERT_FALSE(man.empty());
  ASSERT_FALSE(completion.empty());
  for (const std::string& command : kCommands) {
    EXPECT_NE(man.find(".SS savant " + command), std::string::npos) << command;
    EXPECT_NE(completion.find(command), std::string::npos) << command;
    CommandResult help = run_savant({command, "--help"});
    ASSERT_EQ(help.exit_code, 0) << command;
    for (const std::string& option : long_options(help.out)) {
      if (option == "query" || option == "path" || option == "id") continue;  // positional
      EXPECT_NE(man.find("--" + option), std::string::npos) << command << " --" << option;
      EXPECT_NE(completion.find("--" + option), std::string::npos) << command << " --" << option;
    }
  }
}

// `eval extraction` has options of its own, shown by its own help.
TEST(CliDocs, EvalExtractionOptionsAreDocumented) {
  const std::string man = unescaped_hyphens(read_source("cli/savant.1"));
  const std::string completion = read_source("cli/completion/savant.bash");
  EXPECT_NE(man.find(".SS savant eval extraction"), std::string::npos);
  CommandResult help = run_savant({"eval", "extraction", "--help"});
  ASSERT_EQ(help.exit_code, 0);
  const std::set<std::string> options = long_options(help.out);
  EXPECT_GT(options.count("golden"), 0u);
  for (const std::string& option : options) {
    EXPECT_NE(man.find("--" + option), std::string::npos) << "--" << option;
    EXPECT_NE(completion.find("--" + option), std::string::npos) << "--" << option;
  }
}

TEST(CliDocs, UsageListsEveryCommand) {
  CommandResult r = run_savant({"--help"});
  ASSERT_EQ(r.exit_code, 0);
  for (const std::string& command : kCommands) {
    EXPECT_NE(r.out.find("\n  " + command + " "), std::string::npos) << command;
  }
  EXPECT_EQ(run_savant({"help", "show"}).out, run_savant({"show", "--help"}).out);
}

TEST(CliDocs, VersionMatchesTheProject) {
  CommandResult r = run_savant({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(std::regex_match(r.out, std::regex("savant [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << r.out;
}

}  // namespace
}  // namespace savant::testing
