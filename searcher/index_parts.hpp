// SPDX-License-Identifier: MIT
// What an index path names: one database, or the shards a Xapian stub file
// lists (local paths and remote xapian-tcpsrv servers alike), and opening
// them one by one so that a shard that does not answer is known by name.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace savant::searcher {

/// One database of an index: a local directory or a remote server.
struct IndexPart {
  enum class Kind { local, remote_tcp, remote_program };
  Kind kind = Kind::local;
  std::string path;     ///< Local: the database path (stub-relative paths resolved).
  std::string host;     ///< Remote TCP: host name or address.
  unsigned port = 0;    ///< Remote TCP: port.
  std::string program;  ///< Remote program: the program to run (e.g. ssh).
  std::string args;     ///< Remote program: its arguments.
  std::string name;     ///< How messages name it: "PATH", "HOST:PORT" or "PROGRAM ARGS".
  std::string origin;   ///< Where it was listed: "STUB:LINE", or empty.
};

/// The parts `path` names: the lines of a stub file (a regular file, or the
/// XAPIANDB file of a stub directory such as a sharded index), else `path`
/// itself. Stub lines are Xapian's: `auto PATH`, `glass PATH`, `remote
/// HOST:PORT`, `remote :PROGRAM ARGS`; `#` starts a comment. Throws
/// savant::Error (index_not_found) when nothing is at `path`, and
/// (incompatible_index) naming the stub and line for a line it cannot read.
std::vector<IndexPart> index_parts(const std::string& path);

/// The parts of an index that answered, combined into one database, and those that did not.
struct OpenedParts {
  Xapian::Database db;               ///< Every part that answered, in stub order.
  std::vector<std::string> missing;  ///< Parts that did not answer: "NAME (reason)".
  std::size_t parts = 0;             ///< Parts listed.
  bool remote = false;               ///< Some part that answered is a remote server.
};

/// Opens every part of `path` and checks each one's schema version. A part
/// that cannot be reached or opened (server down, directory gone) fails the
/// whole open with savant::Error (io) naming it, unless `allow_partial`:
/// then it is listed in OpenedParts::missing, as long as one part answers.
/// A part written by another schema version always fails (incompatible_index).
OpenedParts open_parts(const std::string& path, bool allow_partial);

/// Whether `e` means a database could not be reached (as opposed to
/// a bad query or a damaged index): network errors and failures to open.
bool is_unreachable(const Xapian::Error& e);

}  // namespace savant::searcher
