// SPDX-License-Identifier: MIT
// The schema data files, compiled in by cmake/EmbedData.cmake.
#pragma once

namespace savant::schema::embedded {
extern const char* const topics_tsv;  // schema/data/topics.tsv
extern const char* const venues_tsv;  // schema/data/venues.tsv
}  // namespace savant::schema::embedded
