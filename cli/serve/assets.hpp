// SPDX-License-Identifier: MIT
// The files of the web page the server may send. They are compiled in, so the
// server never opens a file on a client's behalf: there is no path to traverse.
#pragma once

#include <string_view>

namespace savant::serve {

struct Asset {
  std::string_view name;          ///< "app.js"
  std::string_view content_type;  ///< "text/javascript; charset=utf-8"
  std::string_view data;
};

/// The page file called exactly `name` ("index.html", "app.js"), or nullptr.
const Asset* find_asset(std::string_view name);

}  // namespace savant::serve
