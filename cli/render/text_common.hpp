// SPDX-License-Identifier: MIT
// Pieces shared by the text renderers: lists, evidence details, facet lines,
// paths shown relative to the working directory, indented wrapped blocks.
#pragma once

#include <savant/records.hpp>
#include <savant/search.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace savant::cli {

/// `items` joined by `separator`.
std::string join(const std::vector<std::string>& items, const char* separator);

/// "ICLR 2024, first author, published", "Microsoft, Sep. 2021 - Jun. 2024" and the like.
std::string evidence_details(EvidenceKind kind, const std::string& title, const std::string& venue,
                             int year, const std::string& organisation, const std::string& dates,
                             AuthorRole role, PublicationStatus status);

/// One line per facet ("  venue  ICLR (2), ACL (1)"), values by count, most first.
std::string facet_lines(const FacetCounts& facets);

/// `path` relative to the working directory when it lies below it, else as given.
std::string display_path(const std::string& path);

/// `text` wrapped to `columns` (0: no limit), every line after `first_prefix`
/// or, from the second on, `indent` spaces; each line ends in '\n'.
std::string indented(const std::string& text, const std::string& first_prefix, std::size_t indent,
                     std::size_t columns);

}  // namespace savant::cli
