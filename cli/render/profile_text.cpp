// SPDX-License-Identifier: MIT
// Profile text: aligned fields, then evidence by kind with details and sources.
#include "cli/render/profile_text.hpp"

#include "cli/render/text_common.hpp"
#include "cli/render/text_width.hpp"

#include <fmt/format.h>

namespace savant::cli {
namespace {

constexpr std::size_t kLabelWidth = 14;
constexpr std::size_t kIndent = 4;

std::string field_lines(const char* label, const std::vector<std::string>& values,
                        const TextLayout& layout) {
  std::string out;
  bool first = true;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    out += indented(value, "  " + pad_right(first ? label : "", kLabelWidth - 2), kLabelWidth,
                    layout.columns);
    first = false;
  }
  return out;
}

const char* heading_of(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::publication:
      return "Publications";
    case EvidenceKind::experience:
      return "Experience";
    case EvidenceKind::education:
      return "Education";
    case EvidenceKind::summary:
      return "Summary";
    case EvidenceKind::skills:
      return "Skills";
  }
  return "Other";
}

std::string evidence_block(const Evidence& e, bool show_sources, const TextLayout& layout) {
  const Style& style = layout.style;
  const std::string pad(kIndent, ' ');
  std::string out;
  // Summaries and skills lists are their text; the rest are a headline with details.
  const bool text_only = e.kind == EvidenceKind::summary || e.kind == EvidenceKind::skills;
  if (!text_only || e.text.empty()) {
    std::string details = evidence_details(e.kind, e.title, e.venue, e.year, e.organisation,
                                           e.dates, e.role, e.status);
    std::string headline = style.bold(e.title.empty() ? e.position : e.title);
    if (!details.empty()) headline += " (" + details + ")";
    out += indented(headline, "  - ", kIndent, layout.columns);
  }
  if (text_only && !e.text.empty()) out += indented(e.text, "  - ", kIndent, layout.columns);
  if (!e.authors.empty()) {
    out += indented(style.dim("authors: " + join(e.authors, ", ")), pad, kIndent, layout.columns);
  }
  if (!e.topics.empty()) {
    out += indented(style.dim("topics: " + join(e.topics, ", ")), pad, kIndent, layout.columns);
  }
  for (const std::string& source : show_sources ? e.sources : std::vector<std::string>{}) {
    out += pad + style.dim(display_path(source)) + "\n";
  }
  return out;
}

}  // namespace

std::string profile_text(const ResearcherProfile& profile, const TextLayout& layout) {
  const Researcher& r = profile.researcher;
  const Style& style = layout.style;
  std::string out = style.bold(r.name) + "  [" + r.id + "]\n";
  out += field_lines("e-mail", r.emails, layout);
  // Empty unless the command was asked to show contact details.
  out += field_lines("phone", r.contact.phones, layout);
  out += field_lines("address", r.contact.addresses, layout);
  out += field_lines("born", r.contact.birth_dates, layout);
  out += field_lines("affiliation", r.affiliations, layout);
  out += field_lines("topics", {join(r.topics, ", ")}, layout);
  std::vector<std::string> sources;
  for (const std::string& source : r.sources) sources.push_back(display_path(source));
  out += field_lines("sources", sources, layout);

  bool first = true;
  EvidenceKind current = EvidenceKind::summary;
  for (const Evidence& e : profile.evidence) {
    if (first || e.kind != current) {
      std::size_t count = 0;
      for (const Evidence& other : profile.evidence) count += other.kind == e.kind;
      out += "\n" + style.bold(fmt::format("{} ({})", heading_of(e.kind), count)) + "\n";
      current = e.kind;
      first = false;
    }
    // With one source file, every piece of evidence comes from it: said once above.
    out += evidence_block(e, r.sources.size() > 1, layout);
  }
  return out;
}

}  // namespace savant::cli
