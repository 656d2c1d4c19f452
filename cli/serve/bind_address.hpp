// SPDX-License-Identifier: MIT
// Whether an address to bind is loopback: only loopback may go without a token.
#pragma once

#include <string>

namespace savant::serve {

/// True for "localhost", 127.0.0.0/8, ::1 and ::ffff:127.x.x.x; false for
/// everything else, including host names and the wildcard addresses
/// 0.0.0.0 and ::, which listen on every interface.
bool is_loopback_address(const std::string& host);

}  // namespace savant::serve
