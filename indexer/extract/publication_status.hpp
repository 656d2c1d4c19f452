// SPDX-License-Identifier: MIT
// How far a publication has come, from the words of its entry: "Under Review
// by ...", "Accepted at ...", "preprint", and scraped status lines such as
// "preprint2026arXiv".
#pragma once

#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer::detail {

/// The status the words of `text` state, or unknown. Under review beats
/// preprint beats published when a line says several.
PublicationStatus status_from_words(std::string_view text);

/// Spaces between letters and digits of one glued token: "preprint2026arXiv"
/// -> "preprint 2026 arXiv". Other text is returned unchanged.
std::string unglue(std::string_view text);

/// Whether `text` is a line that states a publication's status or type, with
/// or without year and venue: "preprint2026arXiv", "Under Review",
/// "Published 2021 Nature", "Accepted".
bool is_status_line(std::string_view text);

}  // namespace savant::indexer::detail
