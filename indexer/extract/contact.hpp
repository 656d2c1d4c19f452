// SPDX-License-Identifier: MIT
// Contact details in a CV: e-mail addresses, plain or lightly obfuscated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// Lower-cased e-mail addresses in `text`, each once, in order of appearance.
/// Understands "name [at] host [dot] org" and "name(at)host.org" as well.
std::vector<std::string> find_emails(std::string_view text);

}  // namespace savant::indexer::detail
