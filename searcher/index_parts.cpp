// SPDX-License-Identifier: MIT
// Stub files read the way Xapian reads them (backends/databasehelpers.h), so
// each listed database can be opened, and fail, on its own.
#include "searcher/index_parts.hpp"

#include "schema/schema_version.hpp"
#include "schema/shard_layout.hpp"
#include "schema/xapian_errors.hpp"
#include "searcher/snapshot_retry.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <fstream>

namespace savant::searcher {
namespace {

namespace fs = std::filesystem;

// Remote operations give up after this long: a search should not hang on a
// server that accepts connections but no longer answers.
constexpr unsigned kRemoteTimeoutMs = 10000;

bool is_stub_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  // A single-file glass database starts with its magic; a stub is text.
  std::ifstream in(path, std::ios::binary);
  char magic[9] = {};
  in.read(magic, 8);
  return std::string(magic, 8) != "\x0f\x0dXapian";
}

Error bad_line(const std::string& stub, std::size_t line_no, const std::string& why) {
  return Error(ErrorCategory::incompatible_index, fmt::format("{}:{}: {}", stub, line_no, why));
}

IndexPart parse_remote(const std::string& value, const std::string& stub, std::size_t line_no) {
  IndexPart part;
  if (!value.empty() && value[0] == ':') {
    part.kind = IndexPart::Kind::remote_program;
    const std::size_t space = value.find(' ');
    part.program = value.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    if (space != std::string::npos) part.args = value.substr(space + 1);
    part.name = value.substr(1);
    return part;
  }
  if (value.rfind("tcp ", 0) == 0) {
    throw bad_line(stub, line_no,
                   fmt::format("'remote {}' is not Xapian's stub syntax; write 'remote {}'", value,
                               value.substr(4)));
  }
  const std::size_t colon = value.rfind(':');
  std::string host = colon == std::string::npos ? std::string() : value.substr(0, colon);
  const std::string port = colon == std::string::npos ? std::string() : value.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);  // [IPv6]:port
  }
  const bool numeric = !port.empty() && port.size() <= 5 &&
                       port.find_first_not_of("0123456789") == std::string::npos;
  if (host.empty() || !numeric || std::stoul(port) == 0 || std::stoul(port) > 65535) {
    throw bad_line(stub, line_no,
                   fmt::format("'remote {}': expected 'remote HOST:PORT' or 'remote :PROGRAM "
                               "ARGS'",
                               value));
  }
  part.kind = IndexPart::Kind::remote_tcp;
  part.host = host;
  part.port = static_cast<unsigned>(std::stoul(port));
  part.name = fmt::format("{}:{}", value.substr(0, colon), part.port);
  return part;
}

std::vector<IndexPart> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) {
    throw Error(ErrorCategory::index_not_found,
                fmt::format("{}: cannot read the stub file", stub.string()));
  }
  std::vector<IndexPart> parts;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::size_t space = line.find(' ');
    const std::string type = line.substr(0, space);
    const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
    IndexPart part;
    if ((type == "auto" || type == "glass") && !value.empty()) {
      fs::path p(value);
      // Relative paths are relative to the stub's directory, as Xapian reads them.
      if (p.is_relative()) p = stub.parent_path() / p;
      part.path = p.lexically_normal().string();
      part.name = part.path;
    } else if (type == "remote" && !value.empty()) {
      part = parse_remote(value, stub.string(), line_no);
    } else {
      throw bad_line(stub.string(), line_no,
                     "expected 'auto PATH', 'glass PATH', 'remote HOST:PORT' or 'remote "
                     ":PROGRAM ARGS'");
    }
    part.origin = fmt::format("{}:{}", stub.string(), line_no);
    parts.push_back(std::move(part));
  }
  if (parts.empty()) {
    throw Error(ErrorCategory::index_not_found,
                fmt::format("{}: the stub file lists no database", stub.string()));
  }
  return parts;
}

Xapian::Database open_part(const IndexPart& part) {
  switch (part.kind) {
    case IndexPart::Kind::remote_tcp:
      return Xapian::Remote::open(part.host, part.port, kRemoteTimeoutMs, kRemoteTimeoutMs);
    case IndexPart::Kind::remote_program:
      return Xapian::Remote::open(part.program, part.args, kRemoteTimeoutMs);
    case IndexPart::Kind::local:
      break;
  }
  std::error_code ec;
  if (!fs::exists(part.path, ec)) {
    throw Xapian::DatabaseNotFoundError("no such file or directory");
  }
  return Xapian::Database(part.path);
}

std::string described(const IndexPart& part) {
  return part.origin.empty() ? part.name : fmt::format("{} ({})", part.name, part.origin);
}

// Opens `part` and checks its schema version. A writer that commits twice
// between the open and the check discards the revision being read
// (DatabaseModifiedError, seen as a `savant search` exiting 4 beside an index
// run committing small batches): the part is opened again, for as long as a
// search would retry (searcher/snapshot_retry.hpp).
Xapian::Database open_checked(const IndexPart& part, const std::string& name) {
  SnapshotRetry retry;
  for (;;) {
    try {
      Xapian::Database db = open_part(part);
      schema::check_schema_version(db, name);
      return db;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (!retry.wait_before_next_attempt()) throw;
    }
  }
}

}  // namespace

bool is_unreachable(const Xapian::Error& e) {
  const std::string type = e.get_type();
  return type == "NetworkError" || type == "NetworkTimeoutError" ||
         type == "DatabaseOpeningError" || type == "DatabaseNotFoundError";
}

std::vector<IndexPart> index_parts(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw Error(ErrorCategory::index_not_found,
                fmt::format("{}: no index here (create one with 'savant index --db {} PATH...')",
                            path, path));
  }
  const fs::path stub_in_dir = fs::path(path) / schema::kStubFileName;
  if (fs::is_directory(path, ec) && !fs::exists(fs::path(path) / "iamglass", ec) &&
      fs::is_regular_file(stub_in_dir, ec)) {
    return read_stub(stub_in_dir);
  }
  if (is_stub_file(path)) return read_stub(path);
  IndexPart single;
  single.path = path;
  single.name = path;
  return {single};
}

OpenedParts open_parts(const std::string& path, bool allow_partial) {
  OpenedParts opened;
  const std::vector<IndexPart> parts = index_parts(path);
  opened.parts = parts.size();
  for (const IndexPart& part : parts) {
    Xapian::Database db;
    try {
      db = open_checked(part, part.origin.empty() ? path : described(part));
    } catch (const Xapian::Error& e) {
      if (parts.size() == 1 && part.origin.empty()) throw schema::translate_xapian_error(e, path);
      if (!is_unreachable(e)) throw schema::translate_xapian_error(e, described(part));
      std::string reason = e.get_msg();
      if (const char* detail = e.get_error_string()) reason += fmt::format(" ({})", detail);
      if (!allow_partial) {
        throw Error(ErrorCategory::io,
                    fmt::format("shard {} does not answer: {}; --allow-partial searches the "
                                "shards that do",
                                described(part), reason));
      }
      opened.missing.push_back(fmt::format("{} ({})", part.name, reason));
      continue;
    }
    opened.remote = opened.remote || part.kind != IndexPart::Kind::local;
    opened.db.add_database(db);
  }
  if (opened.missing.size() == parts.size()) {
    throw Error(ErrorCategory::io,
                fmt::format("{}: no shard answers: {}", path, fmt::join(opened.missing, "; ")));
  }
  return opened;
}

}  // namespace savant::searcher
