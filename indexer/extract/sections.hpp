// SPDX-License-Identifier: MIT
// Section headings: recognising them ("Publications", "#### **EDUCATION**",
// "RESEARCH EXPERIENCE"), classifying them, and cutting a CV into sections.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// What a section holds, which decides how its lines are parsed.
enum class SectionKind {
  publications,
  experience,
  projects,  ///< Parsed like experience, without employer or job title.
  education,
  skills,
  summary,  ///< Interests, awards, service, bio, and unknown sections.
  ignored,  ///< Contact details and references: no evidence of expertise.
};

/// The kind named by heading text ("Research Experiences" -> experience), or
/// nothing when the text is not a section name.
std::optional<SectionKind> classify_heading(std::string_view text);

/// A section: its heading line and the body lines after it.
struct Section {
  SectionKind kind = SectionKind::summary;
  std::string heading;           ///< Heading text, clean, as written.
  std::size_t heading_line = 0;  ///< Index of the heading in the line list.
  std::size_t begin = 0;         ///< Body: lines [begin, end).
  std::size_t end = 0;
};

/// How a document divides: a preamble (name, contact, site chrome) and sections.
struct SectionLayout {
  std::size_t preamble_end = 0;  ///< Lines [0, preamble_end) come before any section.
  std::vector<Section> sections;
};

/// Finds the section headings in `lines`. A line is a heading when it is
/// short, heading-shaped and names a known section; a heading-shaped line
/// with an unknown name also opens a section (summary) when it is styled like
/// a recognised heading of the same document (same '#' level and capitals).
SectionLayout find_sections(const std::vector<Line>& lines);

}  // namespace savant::indexer::detail
