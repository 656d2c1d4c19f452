// SPDX-License-Identifier: MIT
// Maps savant::Error categories (and option-parsing errors) to exit codes.
#include "cli/run_guarded.hpp"

#include "cli/exit_codes.hpp"
#include "schema/printable.hpp"
#include <savant/error.hpp>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include <cerrno>
#include <system_error>

namespace savant::cli {
namespace {

constexpr std::size_t kMaxMessageBytes = 4096;

int exit_code_for(ErrorCategory category) {
  switch (category) {
    case ErrorCategory::usage:
      return kExitUsage;
    case ErrorCategory::query:
      return kExitQuery;
    case ErrorCategory::input:
      return kExitInputFailed;
    case ErrorCategory::index_not_found:
    case ErrorCategory::incompatible_index:
    case ErrorCategory::index_locked:
    case ErrorCategory::index_corrupt:
    case ErrorCategory::io:
      return kExitIndex;
  }
  return kExitInternal;
}

}  // namespace

int run_guarded(const std::function<int()>& command) {
  try {
    return command();
  } catch (const Error& e) {
    // Messages quote file names and queries, which may hold newlines or
    // terminal escapes: one line, nothing the terminal would obey.
    fmt::print(stderr, "savant: {}\n", schema::printable(e.what(), kMaxMessageBytes));
    return exit_code_for(e.category());
  } catch (const boost::program_options::error& e) {
    fmt::print(stderr, "savant: {} (try --help)\n", e.what());
    return kExitUsage;
  } catch (const std::system_error& e) {
    // `savant export | head`: the reader went away. Nothing is wrong with us.
    if (e.code().value() == EPIPE) return kExitOk;
    fmt::print(stderr, "savant: {}\n", e.what());
    return kExitInternal;
  } catch (const Xapian::Error& e) {
    // The library translates Xapian errors; reaching here is a bug, but still no stack trace.
    fmt::print(stderr, "savant: internal error: {}\n", e.get_description());
    return kExitInternal;
  } catch (const std::exception& e) {
    fmt::print(stderr, "savant: internal error: {}\n", e.what());
    return kExitInternal;
  }
}

}  // namespace savant::cli
