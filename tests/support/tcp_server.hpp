// SPDX-License-Identifier: MIT
// A xapian-tcpsrv process serving one database on 127.0.0.1, for tests of
// remote shards. Started on a free port; always stopped when the object goes,
// whatever the test did.
#pragma once

#include <string>

#include <sys/types.h>

namespace savant::testing {

class XapianTcpServer {
 public:
  /// Starts `xapian-tcpsrv` for `database` on a free port of 127.0.0.1 and
  /// waits until it accepts connections. Throws std::runtime_error when it
  /// cannot be started.
  explicit XapianTcpServer(const std::string& database);
  /// Stops the server (and the processes it forked per connection).
  ~XapianTcpServer();
  XapianTcpServer(const XapianTcpServer&) = delete;
  XapianTcpServer& operator=(const XapianTcpServer&) = delete;

  int port() const { return port_; }
  /// "127.0.0.1:PORT", as a stub file's `remote` line names it.
  std::string address() const;
  /// Kills the server and waits for it; the port then refuses connections.
  void stop();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace savant::testing
