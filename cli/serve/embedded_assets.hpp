// SPDX-License-Identifier: MIT
// The web page's files, compiled into the program by cmake/EmbedAssets.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace savant::serve::embedded {

struct EmbeddedFile {
  std::string_view name;  ///< The file's name under web/: "app.js".
  std::string_view data;  ///< Its bytes.
};

/// Every file of web/ listed in cli/serve/serve.cmake.
const std::vector<EmbeddedFile>& assets();

}  // namespace savant::serve::embedded
