// SPDX-License-Identifier: MIT
// BibTeX entries to publication evidence, with the file's owner inferred.
#include "indexer/readers/bibtex_reader.hpp"

#include "indexer/readers/bibtex_parser.hpp"
#include "indexer/readers/latex_text.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using structured::AuthorName;

std::string text_of(const std::string* latex) {
  if (latex == nullptr) return {};
  return schema::normalize_text(latex_to_text(*latex));
}

std::string bibtex_field_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Removes `\cmd{X}` wrappers (keeping X) and `{\bf X}` declarations.
std::string unwrap_braces(std::string text, bool& found) {
  static const char* const kWrappers[] = {"\\textbf", "\\underline", "\\uline", "\\emph",
                                          "\\textit", "\\textsc",    "\\mbox"};
  for (const char* wrapper : kWrappers) {
    for (std::size_t at = text.find(wrapper); at != std::string::npos; at = text.find(wrapper)) {
      std::size_t p = at + std::string_view(wrapper).size();
      std::optional<std::string_view> group = read_brace_group(text, p);
      if (!group) {
        text.erase(at, std::string_view(wrapper).size());
        continue;
      }
      std::string inner(*group);
      text.replace(at, p - at, inner);
      if (std::string_view(wrapper) != "\\mbox" && std::string_view(wrapper) != "\\textsc") {
        found = true;
      }
    }
  }
  for (const char* decl : {"{\\bf ", "{\\bfseries ", "{\\em ", "{\\it "}) {
    for (std::size_t at = text.find(decl); at != std::string::npos; at = text.find(decl)) {
      std::size_t p = at;
      std::optional<std::string_view> group = read_brace_group(text, p);
      if (!group) break;
      std::string inner(group->substr(std::string_view(decl).size() - 1));
      text.replace(at, p - at, inner);
      found = true;
    }
  }
  return text;
}

// One BibTeX name with its markup: bold (the owner), marks (equal contribution).
std::optional<AuthorName> author_of(const std::string& raw_name) {
  if (bibtex_field_lower(raw_name) == "others") return std::nullopt;
  AuthorName author;
  std::string raw = raw_name;
  // Superscript marks and plain marks: "Name\textsuperscript{*}", "Name*", "Name$^\dagger$".
  for (std::size_t at = raw.find("\\textsuperscript"); at != std::string::npos;
       at = raw.find("\\textsuperscript")) {
    std::size_t p = at + 16;
    if (!read_brace_group(raw, p)) p = at + 16;
    raw.erase(at, p - at);
    author.marked = true;
  }
  for (const char* mark :
       {"\\ddagger", "\\dagger", "\\ddag", "\\dag", "\\textdagger", "\\textdaggerdbl", "\\S",
        "\\ast", "$^*$", "^*", "*", "†", "‡", "§", "\\#", "#"}) {
    for (std::size_t at = raw.find(mark); at != std::string::npos; at = raw.find(mark)) {
      raw.erase(at, std::string_view(mark).size());
      author.marked = true;
    }
  }
  raw = unwrap_braces(raw, author.emphasised);
  bibtex::Name parts = bibtex::split_name(raw);
  LatexTextOptions options;
  std::string first = structured::clean_spaces(latex_to_text(parts.first, options));
  std::string von = structured::clean_spaces(latex_to_text(parts.von, options));
  std::string last = structured::clean_spaces(latex_to_text(parts.last, options));
  std::string jr = structured::clean_spaces(latex_to_text(parts.jr, options));
  // "$^*$" leftovers and stray math: keep letters, spaces and name punctuation only.
  for (std::string* part : {&first, &von, &last, &jr}) {
    part->erase(std::remove_if(part->begin(), part->end(),
                               [](char c) { return c == '$' || c == '^' || c == '{' || c == '}'; }),
                part->end());
    *part = schema::normalize_text(*part);
  }
  author.first = first;
  author.last = von.empty() ? last : von + " " + last;
  std::string display = first;
  for (const std::string* part : {&von, &last}) {
    if (!part->empty()) display += (display.empty() ? "" : " ") + *part;
  }
  if (!jr.empty()) display += ", " + jr;
  author.display = structured::clean_spaces(display);
  if (author.display.empty()) return std::nullopt;
  return author;
}

std::vector<AuthorName> authors_of(const bibtex::Entry& entry) {
  std::vector<AuthorName> authors;
  const std::string* field = entry.field("author");
  if (field == nullptr) return authors;
  for (const std::string& raw : bibtex::split_names(*field)) {
    if (std::optional<AuthorName> author = author_of(raw)) authors.push_back(std::move(*author));
  }
  return authors;
}

bool mentions_arxiv(const bibtex::Entry& entry) {
  for (const char* name : {"archiveprefix", "eprinttype", "arxiv", "arxivid", "eprintclass"}) {
    if (entry.field(name) != nullptr) return true;
  }
  if (const std::string* eprint = entry.field("eprint")) {
    // "2311.02156" or "arXiv:2311.02156"; a URL to a publisher's PDF is not a preprint id.
    if (!contains(*eprint, "http") || contains(bibtex_field_lower(*eprint), "arxiv")) return true;
  }
  for (const char* name : {"url", "journal", "howpublished", "note", "publisher"}) {
    if (const std::string* value = entry.field(name);
        value != nullptr && contains(bibtex_field_lower(*value), "arxiv")) {
      return true;
    }
  }
  return false;
}

structured::EqualContribution equal_of(const bibtex::Entry& entry,
                                       const std::vector<AuthorName>& authors) {
  structured::EqualContribution equal;
  for (const char* name : {"note", "annotation", "annote", "footnotetext", "addendum"}) {
    std::string note = text_of(entry.field(name));
    if (note.empty()) continue;
    structured::EqualContribution read = structured::read_equal_contribution(note, authors);
    if (!read.marks_mean_equal) continue;
    equal.marks_mean_equal = true;
    equal.first_n = std::max(equal.first_n, read.first_n);
    equal.indices.insert(equal.indices.end(), read.indices.begin(), read.indices.end());
  }
  // al-folio's "shared_authors = {A, B}" and "footnoteindices = {0,1}" list them.
  if (const std::string* shared = entry.field("shared_authors")) {
    for (const AuthorName& name : structured::parse_author_list(text_of(shared))) {
      int k = structured::index_of(authors, name.display);
      if (k >= 0) equal.indices.push_back(static_cast<std::size_t>(k));
    }
  }
  if (const std::string* indices = entry.field("footnoteindices")) {
    std::size_t value = 0;
    bool digits = false;
    for (char c : *indices + ",") {
      if (std::isdigit(static_cast<unsigned char>(c))) {
        value = value * 10 + static_cast<std::size_t>(c - '0');
        digits = true;
      } else if (digits) {
        if (value < authors.size()) equal.indices.push_back(value);
        value = 0;
        digits = false;
      }
    }
  }
  return equal;
}

structured::PublicationFields fields_of(const bibtex::Entry& entry,
                                        std::vector<AuthorName> authors) {
  structured::PublicationFields fields;
  fields.title = text_of(entry.field("title"));
  fields.equal = equal_of(entry, authors);
  fields.authors = std::move(authors);
  fields.year = structured::year_in(text_of(entry.field("year")));
  if (fields.year == 0) fields.year = structured::year_in(text_of(entry.field("date")));
  for (const char* name : {"booktitle", "journal", "journaltitle", "venue", "eventtitle", "series",
                           "abbr", "howpublished", "note", "school", "institution"}) {
    std::string value = text_of(entry.field(name));
    if (!value.empty()) fields.venue_names.push_back(value);
  }
  for (const char* name : {"booktitle", "journal", "journaltitle"}) {
    std::string value = bibtex_field_lower(text_of(entry.field(name)));
    // "In preparation" names no outlet, and "arXiv preprint arXiv:..." a server.
    if (!value.empty() && !contains(value, "arxiv") && !contains(value, "preprint") &&
        !contains(value, "in preparation")) {
      fields.has_outlet = true;
    }
  }
  if (entry.type == "phdthesis" || entry.type == "mastersthesis" || entry.type == "thesis") {
    fields.has_outlet = fields.has_outlet || entry.field("school") != nullptr;
  }
  bool arxiv = mentions_arxiv(entry);
  // An eprint next to a journal is the preprint of a published paper: the
  // journal is the venue even when the table does not know it.
  if (arxiv && !fields.has_outlet) fields.venue_names.push_back("arXiv");
  fields.eprint_only = arxiv && !fields.has_outlet;
  for (const char* name : {"note", "pubstate", "howpublished", "annote", "status"}) {
    std::string value = text_of(entry.field(name));
    if (!value.empty()) fields.status_notes.push_back(value);
  }
  if (entry.type == "unpublished") fields.status_notes.push_back("preprint");
  std::string text = text_of(entry.field("abstract"));
  std::string keywords = text_of(entry.field("keywords"));
  if (!keywords.empty()) text += (text.empty() ? "" : "\n") + ("Keywords: " + keywords);
  fields.text = text;
  return fields;
}

}  // namespace

DocumentRecord read_bibtex(const ReaderInput& input) {
  bibtex::ParseResult parsed = bibtex::parse(structured::source_text(input.bytes, input.text));
  std::vector<const bibtex::Entry*> usable;
  std::vector<std::vector<AuthorName>> author_lists;
  for (const bibtex::Entry& entry : parsed.entries) {
    if (text_of(entry.field("title")).empty()) continue;
    usable.push_back(&entry);
    author_lists.push_back(authors_of(entry));
  }
  if (usable.empty()) {
    std::string reason = parsed.errors.empty()
                             ? "no BibTeX entry with a title"
                             : "no BibTeX entry could be parsed (" + parsed.errors.front() + ")";
    throw Error(ErrorCategory::input, fmt::format("{}: {}", input.path, reason));
  }
  DocumentRecord record;
  record.text = input.text;
  std::optional<structured::Owner> owner = structured::infer_owner(author_lists);
  if (owner) record.name = owner->display;
  for (std::size_t k = 0; k < usable.size(); ++k) {
    structured::PublicationFields fields = fields_of(*usable[k], author_lists[k]);
    record.evidence.push_back(structured::make_publication(fields, owner, input.context.venues));
  }
  return record;
}

}  // namespace savant::indexer
