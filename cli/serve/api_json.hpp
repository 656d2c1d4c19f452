// SPDX-License-Identifier: MIT
// The JSON bodies of the API that the command line has no form for: errors,
// the topic taxonomy and the health check. Search results, researchers and
// stats use the command line's own forms (cli/render/json_output.hpp), so
// `savant search --format json` and GET /api/search print the same object.
#pragma once

#include <savant/search.hpp>

#include <string>
#include <string_view>

namespace savant::serve {

/// {"error": MESSAGE, "status": STATUS}
std::string error_json(int status, std::string_view message);

/// {"topics": [{"id", "label", "area", "aliases", "researchers"}...]}: every
/// topic of the built-in taxonomy with the number of researchers of the index
/// (`stats`) who have evidence about it, most researchers first.
std::string topics_json(const IndexStats& stats);

/// {"status": "ok"}
std::string health_json();

}  // namespace savant::serve
