// SPDX-License-Identifier: MIT
// Ties the extractor's parts together: lines, sections, then one parser per section kind.
#include "indexer/extract/cv_extractor.hpp"

#include "indexer/extract/contact.hpp"
#include "indexer/extract/education_parser.hpp"
#include "indexer/extract/entries.hpp"
#include "indexer/extract/experience_parser.hpp"
#include "indexer/extract/line_model.hpp"
#include "indexer/extract/list_owner.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/extract/organisations.hpp"
#include "indexer/extract/publication_parser.hpp"
#include "indexer/extract/sections.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <span>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using detail::Line;
using detail::Section;
using detail::SectionKind;

void add_affiliation(DocumentRecord& record, std::string_view organisation) {
  std::string name(detail::trim_chars(organisation, " .,;:|"));
  if (name.empty()) return;
  std::string key = schema::match_key(name);
  for (const std::string& known : record.affiliations) {
    if (schema::match_key(known) == key) return;
  }
  record.affiliations.push_back(std::move(name));
}

// Institution names in the preamble ("PhD student | Stanford University"):
// only short capitalised parts naming a university or institute, so that site
// chrome ("Affiliation not imported") never counts.
void add_preamble_affiliations(DocumentRecord& record, std::span<const Line> preamble) {
  std::size_t scanned = 0;
  for (const Line& line : preamble) {
    if (line.synthetic || ++scanned > 20) continue;
    if (detail::split_words(line.text).size() > 15) continue;  // prose, not a contact block
    for (std::string_view separator : {"|", ",", " at ", " - "}) {
      std::string_view text = line.text;
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = detail::trim_chars(text.substr(start, end - start), " .;:");
        start = end + separator.size();
        std::vector<std::string_view> words = detail::split_words(part);
        if (words.size() < 2 || words.size() > 8 || !detail::looks_like_institution(part) ||
            !detail::starts_upper(part) || part.find('@') != std::string_view::npos) {
          continue;
        }
        std::size_t capitalised = std::count_if(
            words.begin(), words.end(), [](std::string_view w) { return detail::starts_upper(w); });
        if (capitalised * 3 >= words.size() * 2) add_affiliation(record, part);
      }
    }
  }
}

// One evidence unit holding a whole section (skills, summary, awards, services).
void add_section_evidence(DocumentRecord& record, const Section& section,
                          std::span<const Line> body, EvidenceKind kind) {
  std::vector<std::string> text;
  for (const Line& line : body) text.push_back(line.text);
  if (text.empty()) return;
  Evidence evidence;
  evidence.kind = kind;
  evidence.title = detail::normal_case(section.heading);
  evidence.text = detail::join(text, "\n");
  record.evidence.push_back(std::move(evidence));
}

void extract_section(DocumentRecord& record, const Section& section, std::span<const Line> body,
                     const ExtractContext& context) {
  switch (section.kind) {
    case SectionKind::publications: {
      detail::PublicationContext publication{context.venues, record.name};
      for (const detail::LineRange& range :
           detail::split_entries(body, detail::publication_entry_rules(context.venues))) {
        auto entry = body.subspan(range.begin, range.end - range.begin);
        if (auto evidence = detail::parse_publication(entry, publication)) {
          record.evidence.push_back(std::move(*evidence));
        }
      }
      break;
    }
    case SectionKind::experience:
    case SectionKind::projects: {
      bool project = section.kind == SectionKind::projects;
      for (const detail::LineRange& range :
           detail::split_entries(body, detail::experience_entry_rules())) {
        auto entry = body.subspan(range.begin, range.end - range.begin);
        if (auto evidence = detail::parse_experience(entry, project)) {
          add_affiliation(record, evidence->organisation);
          record.evidence.push_back(std::move(*evidence));
        }
      }
      break;
    }
    case SectionKind::education:
      for (const detail::LineRange& range :
           detail::split_entries(body, detail::education_entry_rules())) {
        auto entry = body.subspan(range.begin, range.end - range.begin);
        if (auto evidence = detail::parse_education(entry)) {
          add_affiliation(record, evidence->organisation);
          record.evidence.push_back(std::move(*evidence));
        }
      }
      break;
    case SectionKind::skills:
      add_section_evidence(record, section, body, EvidenceKind::skills);
      break;
    case SectionKind::summary:
      add_section_evidence(record, section, body, EvidenceKind::summary);
      break;
    case SectionKind::ignored:
      break;
  }
}

// A document without a single recognised section (a home page's "about" text,
// a short bio) is a biography: its prose is one summary unit, so what the
// person says they work on is searchable. Headed documents keep their
// preamble out of the evidence (site chrome on scraped profile pages).
void add_biography(DocumentRecord& record, std::span<const Line> lines) {
  std::string text;
  for (const Line& line : lines) {
    if (line.text.empty() || line.text == record.name || line.synthetic) continue;
    text += (text.empty() ? "" : "\n") + line.text;
  }
  if (text.size() < 40) return;  // a name and a link are not a biography
  Evidence bio;
  bio.kind = EvidenceKind::summary;
  bio.title = "About";
  bio.text = std::move(text);
  record.evidence.push_back(std::move(bio));
}

// "Research interest: Statistical genetics/genomics, causal inference, ..." in a
// home page's header block: a line the owner labels as their interests is
// evidence even in the preamble, which is otherwise only for name and contact.
void add_labelled_interests(DocumentRecord& record, std::span<const Line> preamble) {
  for (const Line& line : preamble) {
    const std::string_view text = line.text;
    for (std::string_view label : {"research interests:", "research interest:"}) {
      if (detail::ifind(text, label) != 0) continue;
      const std::string_view rest = detail::trim(text.substr(label.size()));
      if (rest.size() < 10) continue;
      Evidence interests;
      interests.kind = EvidenceKind::summary;
      interests.title = "Research interests";
      interests.text = std::string(rest);
      record.evidence.push_back(std::move(interests));
      return;
    }
  }
}

// A publication list that never states whose it is: the person on its author
// lines. All lines count, because lists are split under headings no section
// rule knows ("Thèse", "Poster"), but only in a document that has a
// publications section at all.
std::string publication_list_owner(std::span<const Line> lines,
                                   const detail::SectionLayout& layout) {
  bool lists_publications =
      std::any_of(layout.sections.begin(), layout.sections.end(),
                  [](const Section& section) { return section.kind == SectionKind::publications; });
  return lists_publications ? detail::publication_list_owner(lines) : std::string();
}

}  // namespace

DocumentRecord extract_cv(std::string_view normalised_text, const ExtractContext& context) {
  if (normalised_text.size() > kMaxDocumentTextBytes) {
    throw Error(ErrorCategory::input,
                fmt::format("document text too large ({} bytes; the limit is {} MiB)",
                            normalised_text.size(), kMaxDocumentTextBytes >> 20));
  }
  DocumentRecord record;
  record.text = std::string(normalised_text);
  const std::vector<Line> lines = detail::build_lines(normalised_text);
  const detail::SectionLayout layout = detail::find_sections(lines);
  const std::span<const Line> all(lines);
  // The preamble names the researcher; it is never evidence, because on scraped
  // pages it is site chrome ("Log in to claim", "Trust 21").
  const std::span<const Line> preamble = all.first(layout.preamble_end);

  record.emails = detail::find_emails(normalised_text);
  record.name = detail::find_name(preamble, record.emails, normalised_text);
  for (const Section& section : layout.sections) {
    // One odd section must not cost the rest of the document.
    try {
      extract_section(record, section, all.subspan(section.begin, section.end - section.begin),
                      context);
    } catch (const std::exception&) {
    }
  }
  if (record.name.empty()) record.name = publication_list_owner(all, layout);
  add_preamble_affiliations(record, preamble);
  if (layout.sections.empty()) {
    add_biography(record, preamble);
  } else {
    add_labelled_interests(record, preamble);
  }
  return record;
}

}  // namespace savant::indexer
