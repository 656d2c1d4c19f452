// SPDX-License-Identifier: MIT
// `savant index [--db DIR] PATH...`: index files and directories.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/progress.hpp"
#include "cli/render/terminal.hpp"
#include "cli/settings.hpp"
#include <savant/index.hpp>

#include <fmt/format.h>

#include <memory>
#include <unistd.h>

namespace savant::cli {
namespace {

namespace po = boost::program_options;

// "indexed 3 file(s), 2 unchanged, ..." The opening words are what scripts
// (and the re-indexing tests) look for; keep them.
std::string summary_line(const IndexReport& report, const std::string& db) {
  const std::size_t handled =
      report.files_indexed + report.files_unchanged + report.failures.size();
  const double rate = report.seconds > 0.0 ? static_cast<double>(handled) / report.seconds : 0.0;
  return fmt::format(
      "indexed {} file(s), {} unchanged, {} removed, {} failed; {} researcher(s), {} "
      "publication(s) in {}; {:.2f} s ({:.0f} files/s)\n",
      report.files_indexed, report.files_unchanged, report.files_removed, report.failures.size(),
      report.researchers, report.publications, db, report.seconds, rate);
}

}  // namespace

int run_index(const Args& args) {
  po::options_description options(
      "Usage: savant index [options] PATH...\n\n"
      "Index CVs, résumés and publication lists (files or directories, "
      "searched recursively).\nOptions");
  IndexLocationOptions location;
  IndexOptions request;
  bool verbose = false;
  bool quiet = false;
  std::string progress;
  // clang-format off
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  options.add_options()
      ("verbose,v", po::bool_switch(&verbose),
       "print each file with its format and what was extracted (instead of the progress bar)")
      ("quiet,q", po::bool_switch(&quiet), "print nothing but errors")
      ("progress", po::value(&progress)->default_value("auto")->value_name("WHEN"),
       "progress bar on stderr: auto (when stderr is a terminal), always or never");
  po::options_description operands;
  operands.add_options()
      ("path", po::value(&request.inputs)->composing(), "file or directory to index");
  // clang-format on
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm = parse_args(args, options, operands, positional);
  if (vm.count("help") != 0) {
    print_help(options);
    return kExitOk;
  }
  const When progress_when = parse_when(progress, "--progress");
  if (request.inputs.empty()) {
    fmt::print(stderr, "savant: index: no PATH given (try --help)\n");
    return kExitUsage;
  }
  request.db_path = resolve_settings(location.db, location.config).db;

  // The bar replaces per-file lines: --verbose prints those instead, --quiet neither.
  std::unique_ptr<ProgressBar> bar;
  const bool show_bar = !quiet && !verbose &&
                        (progress_when == When::always ||
                         (progress_when == When::automatic && is_terminal(STDERR_FILENO)));
  if (show_bar) {
    const int columns = terminal_columns(STDERR_FILENO);
    bar = std::make_unique<ProgressBar>(
        [](std::string_view s) {
          fmt::print(stderr, "{}", s);
          std::fflush(stderr);
        },
        columns > 0 ? static_cast<std::size_t>(columns) : 80, steady_seconds);
  }
  request.on_file = [&](const FileEvent& event) {
    if (event.status == "failed") {
      if (bar) bar->clear();
      fmt::print(stderr, "savant: {}\n", event.detail);
    } else if (verbose) {
      fmt::print(stderr, "[{}/{}] {} {} ({}): {}\n", event.done, event.total, event.status,
                 event.path, event.format.empty() ? "-" : event.format, event.detail);
    }
    if (bar) bar->update(event.done, event.total);
  };

  IndexReport report;
  try {
    report = index_files(request);
  } catch (...) {
    if (bar) bar->clear();
    throw;
  }
  if (bar) bar->clear();
  for (const FileFailure& failure : report.failures) {
    // Missing inputs never reach on_file; report them here (read failures already were).
    if (failure.reason.find(failure.path) == std::string::npos) {
      fmt::print(stderr, "savant: {}: {}\n", failure.path, failure.reason);
    }
  }
  if (!quiet) fmt::print(stderr, "{}", summary_line(report, request.db_path));
  return report.failures.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace savant::cli
