// SPDX-License-Identifier: MIT
// `savant index [--db DIR] PATH...`: index files and directories.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/render/progress.hpp"
#include "cli/render/terminal.hpp"
#include "cli/settings.hpp"
#include "schema/printable.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <limits>
#include <memory>
#include <unistd.h>

namespace savant::cli {
namespace {

// --batch-mb is shifted into bytes; --shards is the library's own bound.
constexpr std::uint64_t kMaxBatchMb = std::uint64_t{1} << 20;
constexpr std::uint64_t kMaxShards = 1024;
constexpr std::uint64_t kMaxJobs = 1024;                // threads; more only wastes memory
constexpr std::uint64_t kMaxFlushThreshold = 10000000;  // documents held in memory

// "64M", "500K", "2G", "1048576": a size in bytes (binary multiples).
std::uint64_t parse_size(const std::string& text, const char* option) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = text.substr(digits);
  if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
  if (!unit.empty() && (unit.back() == 'i')) unit.pop_back();
  const int shift = unit.empty()                 ? 0
                    : unit == "K" || unit == "k" ? 10
                    : unit == "M" || unit == "m" ? 20
                    : unit == "G" || unit == "g" ? 30
                                                 : -1;
  if (digits == 0 || digits > 12 || shift < 0 ||
      std::stoull(text.substr(0, digits)) > (std::numeric_limits<std::uint64_t>::max() >> shift)) {
    throw Error(
        ErrorCategory::usage,
        fmt::format("{}: '{}' is not a size (try 64M, 500K or 0 for no limit)", option, text));
  }
  return std::stoull(text.substr(0, digits)) << shift;
}

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

// Lines after the summary for what a reader of it should act on.
std::string notes(const IndexReport& report) {
  std::string out;
  if (report.up_to_date) {
    out += "index is up to date: no file changed, nothing was re-indexed\n";
  }
  if (report.files_missing > 0) {
    out += fmt::format(
        "{} file(s) no longer exist but stay in the index (run with --prune to drop them)\n",
        report.files_missing);
  }
  if (report.files_excluded > 0) {
    out += fmt::format(
        "{} file(s) skipped: excluded by 'savant forget' (see 'savant unforget --help')\n",
        report.files_excluded);
  }
  if (report.files_skipped > 0) {
    out += fmt::format(
        "{} file(s) skipped: a collection's README, LICENSE or MANIFEST that names no person "
        "(-v lists them)\n",
        report.files_skipped);
  }
  return out;
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
  std::size_t batch_mb = 0;
  std::string max_size;
  // clang-format off
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  options.add_options()
      ("verbose,v", po::bool_switch(&verbose),
       "print each file with its format and what was extracted (instead of the progress bar)")
      ("quiet,q", po::bool_switch(&quiet), "print nothing but errors")
      ("progress", po::value(&progress)->default_value("auto")->value_name("WHEN"),
       "progress bar on stderr: auto (when stderr is a terminal), always or never")
      ("prune", po::bool_switch(&request.prune),
       "drop the records of files gone from the given directories (kept without it)")
      ("batch-files", whole_number(&request.batch_files, 1)->default_value(request.batch_files)
                          ->value_name("N"),
       "commit stored records every N changed files (a killed run keeps what it committed)")
      ("batch-mb", whole_number(&batch_mb, 1, kMaxBatchMb)->default_value(request.batch_bytes >> 20)
                       ->value_name("M"),
       "... or every M megabytes of changed input, whichever comes first")
      ("max-file-size", po::value(&max_size)->default_value("64M")->value_name("SIZE"),
       "skip (and report) files larger than SIZE: bytes, or with K, M or G; 0 for no limit")
      ("shards", whole_number(&request.shards, 1, kMaxShards)->value_name("N"),
       "a sharded index: N shard databases DIR/shard-0.. and the stub DIR/XAPIANDB listing "
       "them; each researcher on one shard (an existing sharded index keeps its count)")
      ("jobs,j", whole_number(&request.jobs, 1, kMaxJobs)->value_name("N"),
       "threads that read and parse files and build documents (default: one per core); a new "
       "index's first build writes on N writers and merges them; the index is the same for any N")
      ("flush-threshold", whole_number(&request.flush_threshold, 0, kMaxFlushThreshold)
                              ->default_value(request.flush_threshold)->value_name("N"),
       "index documents buffered in memory before the writer flushes them (0: Xapian's default)");
  // clang-format on
  if (!parse_command(args, options, "path", request.inputs)) return kExitOk;
  const When progress_when = parse_when(progress, "--progress");
  request.batch_bytes = batch_mb << 20;
  request.max_file_bytes = parse_size(max_size, "--max-file-size");
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
      fmt::print(stderr, "savant: {}\n", schema::printable(event.detail, 4096));
    } else if (verbose) {
      fmt::print(stderr, "[{}/{}] {} {} ({}): {}\n", event.done, event.total, event.status,
                 schema::printable(event.path, 4096), event.format.empty() ? "-" : event.format,
                 event.detail);
    }
    if (bar) bar->update(event.done, event.total);
  };
  request.on_commit = [&](const CommitEvent& event) {
    if (!verbose) return;
    if (event.researchers) {
      fmt::print(stderr, "committed researchers: re-derived from every stored record\n");
    } else if (event.records == 0) {
      fmt::print(stderr, "committed batch {}: new size and time stamps of unchanged files\n",
                 event.batch);
    } else {
      fmt::print(stderr, "committed batch {}: {} record(s) stored or dropped, {}/{} file(s) done\n",
                 event.batch, event.records, event.done, event.total);
    }
  };

  IndexReport report;
  try {
    report = index_files(request);
  } catch (...) {
    if (bar) bar->clear();
    throw;
  }
  if (bar) bar->clear();
  if (verbose && report.bulk_writers > 0) {
    fmt::print(stderr, "bulk first build: researchers written by {} writers, merged in {:.2f} s\n",
               report.bulk_writers, report.bulk_merge_seconds);
  }
  for (const FileFailure& failure : report.failures) {
    // Missing inputs never reach on_file; report them here (read failures already were).
    if (failure.reason.find(failure.path) == std::string::npos) {
      fmt::print(stderr, "savant: {}: {}\n", schema::printable(failure.path, 4096),
                 schema::printable(failure.reason, 4096));
    }
  }
  if (!quiet) fmt::print(stderr, "{}{}", summary_line(report, request.db_path), notes(report));
  return report.failures.empty() ? kExitOk : kExitInputFailed;
}

}  // namespace savant::cli
