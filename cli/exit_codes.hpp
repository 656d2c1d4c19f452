// SPDX-License-Identifier: MIT
// The exit statuses of `savant`, as documented in the README.
#pragma once

namespace savant::cli {

enum ExitCode : int {
  kExitOk = 0,           // success
  kExitUsage = 1,        // bad command line: unknown option, missing argument
  kExitQuery = 2,        // the query or a filter could not be understood
  kExitInputFailed = 3,  // indexing finished, but some input files could not be read
  kExitIndex = 4,        // index missing, not savant's, another version, locked or damaged
  kExitInternal = 5,     // an unexpected internal error (a bug: please report it)
};

}  // namespace savant::cli
