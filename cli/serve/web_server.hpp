// SPDX-License-Identifier: MIT
// `savant serve`: the JSON API and the web page over one index, read-only.
// Routes, limits and access control are described in README.md ("savant serve").
#pragma once

#include <savant/search.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace savant::serve {

struct ServeOptions {
  std::string db;                  ///< The index.
  std::string bind = "127.0.0.1";  ///< Address to listen on.
  int port = 8080;                 ///< 0: any free port (bind() says which).
  /// The access token; empty for none, which only a loopback address allows.
  std::string token;
  std::size_t threads = 8;  ///< Worker threads; each serves one connection at a time.
  RankingSettings ranking;  ///< Ranking settings for every search.
  /// How long a client may take to send a request, and to take the answer.
  std::chrono::milliseconds read_timeout{5000};
  std::chrono::milliseconds write_timeout{5000};
  std::size_t max_body_bytes = 4096;  ///< Request bodies (GET has none) beyond this: 413.
  /// How long one API request may compute before it is answered 503 (see
  /// time_limit.hpp); at most `threads` overrunning requests run on.
  std::chrono::milliseconds time_limit{10000};
  /// Called on the work's own thread as each limited API request's work
  /// starts. Empty in the program; tests hold it to make a request overrun.
  std::function<void()> on_api_work;
  /// How long a connection may wait, holding its worker, for its first or next
  /// request (whole seconds, cpp-httplib's unit; see web_server.cpp).
  std::chrono::seconds keep_alive{1};
};

/// One server. Thread-safe: stop() may be called from any thread.
class WebServer {
 public:
  /// Opens the index (savant::Error when it cannot be) and checks the
  /// options: a non-loopback `bind` without a token is a usage error.
  explicit WebServer(ServeOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  /// Binds the address and port; returns the port (the one chosen when the
  /// options asked for 0). Throws savant::Error (io) when it cannot.
  int bind();
  /// Serves until stop(). Call after bind().
  void run();
  /// Stops run() (from another thread or a signal-handling thread).
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace savant::serve
