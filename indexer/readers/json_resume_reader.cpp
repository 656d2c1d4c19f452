// SPDX-License-Identifier: MIT
// JSON Resume and JSON publication lists to records.
#include "indexer/readers/json_resume_reader.hpp"

#include "indexer/extract/contact.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

// ordered_json keeps the document's key order, so evidence comes out in document order.
using json = nlohmann::ordered_json;
using structured::clean_spaces;

// Deeply nested input is hostile or broken; no résumé nests this deep.
constexpr int kMaxDepth = 32;

Error json_input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

json parse_json(const ReaderInput& input) {
  try {
    return json::parse(structured::source_text(input.bytes, input.text));
  } catch (const json::parse_error& error) {
    throw json_input_error(input.path, fmt::format("invalid JSON: {}", error.what()));
  }
}

std::string json_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A scalar as text ("2021", 2021 and true alike); HTML reduced to text.
std::string scalar(const json& value) {
  if (value.is_string()) {
    return schema::normalize_text(structured::strip_html(value.get<std::string>()));
  }
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) return fmt::format("{}", value.get<double>());
  return {};
}

// The first of `keys` that `object` holds as a non-empty scalar.
std::string field(const json& object, std::initializer_list<const char*> keys) {
  if (!object.is_object()) return {};
  for (const char* key : keys) {
    auto it = object.find(key);
    if (it == object.end()) continue;
    std::string text = clean_spaces(scalar(*it));
    if (!text.empty()) return text;
  }
  return {};
}

// Strings of a list field ("highlights", "keywords", "courses"), or the scalar.
std::vector<std::string> json_strings(const json& object, const char* key, int depth = 0) {
  std::vector<std::string> out;
  if (!object.is_object() || depth > kMaxDepth) return out;
  auto it = object.find(key);
  if (it == object.end()) return out;
  if (it->is_array()) {
    for (const json& item : *it) {
      std::string text =
          item.is_object() ? field(item, {"name", "title", "summary"}) : clean_spaces(scalar(item));
      if (!text.empty()) out.push_back(text);
    }
  } else {
    std::string text = clean_spaces(scalar(*it));
    if (!text.empty()) out.push_back(text);
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// The description of an entry: summary, description, highlights as lines.
std::string description(const json& item) {
  std::vector<std::string> lines;
  for (const char* key : {"summary", "description", "details", "note"}) {
    std::string text = field(item, {key});
    if (!text.empty()) lines.push_back(text);
  }
  for (const std::string& highlight : json_strings(item, "highlights")) lines.push_back(highlight);
  std::vector<std::string> keywords = json_strings(item, "keywords");
  if (!keywords.empty()) lines.push_back(join(keywords, ", "));
  return join(lines, "\n");
}

std::string dates_of(const json& item) {
  std::string dates = structured::date_range(field(item, {"startDate", "start", "from"}),
                                             field(item, {"endDate", "end", "to"}), true);
  if (dates.empty()) dates = field(item, {"date", "dates", "releaseDate", "year"});
  return dates;
}

// What a top-level key holds, from its words: "work experience" -> experience.
enum class Section {
  basics,
  experience,
  projects,
  education,
  publications,
  skills,
  awards,
  interests,
  certificates,
  ignored,
  unknown
};

Section section_of(std::string_view key) {
  std::string k = json_lower(key);
  auto has = [&](std::string_view word) { return k.find(word) != std::string::npos; };
  if (k == "basics") return Section::basics;
  if (has("publication") || has("paper")) return Section::publications;
  if (has("education") || has("degree")) return Section::education;
  if (has("project")) return Section::projects;
  if (has("work") || has("experience") || has("employment") || has("volunteer") ||
      has("position") || has("career")) {
    return Section::experience;
  }
  if (has("skill")) return Section::skills;
  if (has("award") || has("honor") || has("honour") || has("grant")) return Section::awards;
  if (has("interest")) return Section::interests;
  if (has("certificat")) return Section::certificates;
  if (has("language") || has("reference") || has("meta") || has("$schema")) {
    return Section::ignored;
  }
  return Section::unknown;
}

// One summary-kind evidence holding a whole list ("Awards", "Interests").
void add_list_evidence(DocumentRecord& record, EvidenceKind kind, const std::string& title,
                       const std::vector<std::string>& lines) {
  std::string text = join(lines, "\n");
  if (text.empty()) return;
  Evidence evidence;
  evidence.kind = kind;
  evidence.title = title;
  evidence.text = text;
  record.evidence.push_back(std::move(evidence));
}

std::string title_case(std::string_view key) {
  std::string out(key);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

void read_basics(DocumentRecord& record, const json& basics) {
  if (!basics.is_object()) return;
  std::string name = field(basics, {"name"});
  if (!name.empty()) record.name = structured::person_name(name);
  std::string email = field(basics, {"email"});
  for (const std::string& found : detail::find_emails(email)) record.emails.push_back(found);
  if (record.emails.empty()) {
    std::string address = structured::deobfuscate_email(email);
    if (!address.empty()) record.emails.push_back(address);
  }
  // Phone and street address are kept apart from all indexed text: shown
  // only with --show-contact (see indexer/privacy/).
  std::string phone = field(basics, {"phone"});
  if (!phone.empty()) record.contact.phones.push_back(phone);
  if (auto location = basics.find("location"); location != basics.end() && location->is_object()) {
    std::string street = field(*location, {"address"});
    if (!street.empty()) {
      record.contact.addresses.push_back(
          join({street, field(*location, {"postalCode"}), field(*location, {"city"})}, ", "));
    }
  }
  std::string label = field(basics, {"label", "headline"});
  std::string summary = field(basics, {"summary", "about"});
  if (!summary.empty() || !label.empty()) {
    Evidence evidence;
    evidence.kind = EvidenceKind::summary;
    evidence.title = "Summary";
    evidence.text = join({label, summary}, "\n");
    record.evidence.push_back(std::move(evidence));
  }
}

void read_entries(DocumentRecord& record, Section section, const std::string& key,
                  const json& items, const std::optional<structured::Owner>& owner,
                  const ExtractContext& context) {
  if (!items.is_array()) {
    if (items.is_string() || items.is_object()) {
      std::string text = items.is_object() ? description(items) : clean_spaces(scalar(items));
      if (!text.empty()) {
        add_list_evidence(record,
                          section == Section::skills ? EvidenceKind::skills : EvidenceKind::summary,
                          title_case(key), {text});
      }
    }
    return;
  }
  std::vector<std::string> lines;
  for (const json& item : items) {
    if (!item.is_object()) {
      std::string text = clean_spaces(scalar(item));
      if (!text.empty()) lines.push_back(text);
      continue;
    }
    switch (section) {
      case Section::experience: {
        std::string organisation = field(item, {"name", "company", "organization", "organisation",
                                                "entity", "institution", "employer"});
        std::string position = field(item, {"position", "role", "title"});
        if (organisation.empty() && position.empty()) break;
        std::string text = description(item);
        std::string location = field(item, {"location"});
        if (!location.empty()) text = join({location, text}, "\n");
        record.evidence.push_back(structured::make_entry(EvidenceKind::experience, position,
                                                         organisation, dates_of(item), text));
        // Conferences one volunteered for are no affiliation.
        if (json_lower(key).find("volunteer") == std::string::npos) {
          structured::add_affiliation(record, organisation);
        }
        break;
      }
      case Section::projects: {
        std::string name = field(item, {"name", "title"});
        if (name.empty()) break;
        Evidence evidence = structured::make_entry(EvidenceKind::experience, "", "", dates_of(item),
                                                   description(item));
        evidence.title = name;
        std::vector<std::string> roles = json_strings(item, "roles");
        std::string entity = field(item, {"entity", "organization", "company"});
        evidence.position = join(roles, ", ");
        evidence.organisation = entity;
        record.evidence.push_back(std::move(evidence));
        break;
      }
      case Section::education: {
        std::string institution = field(item, {"institution", "school", "university", "name"});
        std::string study = field(item, {"studyType", "degree"});
        std::string area = field(item, {"area", "major", "field"});
        std::string degree = study.empty() ? area : area.empty() ? study : study + " in " + area;
        std::vector<std::string> text;
        std::string score = field(item, {"score", "gpa"});
        if (!score.empty()) text.push_back("GPA: " + score);
        std::vector<std::string> courses = json_strings(item, "courses");
        if (!courses.empty()) text.push_back("Courses: " + join(courses, ", "));
        text.push_back(description(item));
        if (institution.empty() && degree.empty()) break;
        record.evidence.push_back(structured::make_entry(
            EvidenceKind::education, degree, institution, dates_of(item), join(text, "\n")));
        structured::add_affiliation(record, institution);
        break;
      }
      case Section::publications: {
        structured::PublicationFields fields;
        fields.title = field(item, {"name", "title"});
        if (fields.title.empty()) break;
        std::string authors = field(item, {"authors", "author"});
        if (authors.empty()) authors = join(json_strings(item, "authors"), ", ");
        fields.authors = structured::parse_author_list(authors);
        std::string publisher = field(item, {"publisher", "venue", "journal", "conference"});
        if (!publisher.empty()) {
          fields.venue_names.push_back(publisher);
          fields.has_outlet = true;
        }
        std::string released = field(item, {"releaseDate", "date", "year"});
        fields.year = structured::year_in(released);
        fields.status_notes = {released, field(item, {"status", "note"})};
        fields.text = description(item);
        std::string url = field(item, {"url"});
        if (url.find("arxiv.org") != std::string::npos && publisher.empty()) {
          fields.venue_names.push_back("arXiv");
          fields.eprint_only = true;
        }
        record.evidence.push_back(structured::make_publication(fields, owner, context.venues));
        break;
      }
      case Section::skills:
      case Section::interests: {
        std::string name = field(item, {"name", "title"});
        std::vector<std::string> keywords = json_strings(item, "keywords");
        std::string line = keywords.empty() ? name
                           : name.empty()   ? join(keywords, ", ")
                                            : name + ": " + join(keywords, ", ");
        if (!line.empty()) lines.push_back(line);
        break;
      }
      case Section::awards:
      case Section::certificates: {
        std::string title = field(item, {"title", "name"});
        std::string by = field(item, {"awarder", "issuer", "organization"});
        std::string date = field(item, {"date", "year"});
        std::string line = title;
        if (!by.empty()) line += ", " + by;
        if (!date.empty()) line += " (" + date + ")";
        std::string summary = field(item, {"summary", "description"});
        if (!summary.empty()) line += ". " + summary;
        if (!title.empty()) lines.push_back(line);
        break;
      }
      case Section::unknown:
        lines.push_back(description(item).empty()
                            ? field(item, {"name", "title"})
                            : join({field(item, {"name", "title"}), description(item)}, ": "));
        break;
      case Section::basics:
      case Section::ignored:
        break;
    }
  }
  switch (section) {
    case Section::skills:
      add_list_evidence(record, EvidenceKind::skills, title_case(key), lines);
      break;
    case Section::awards:
    case Section::certificates:
    case Section::interests:
    case Section::unknown:
      add_list_evidence(record, EvidenceKind::summary, title_case(key), lines);
      break;
    default:
      // Plain strings in an experience or education list: keep them as a summary.
      add_list_evidence(record, EvidenceKind::summary, title_case(key), lines);
  }
}

// Authors of a publication-list entry in any of the shapes sites and CSL use.
std::vector<structured::AuthorName> entry_authors(const json& item) {
  for (const char* key : {"authors", "author", "authors_display", "creators", "contributors"}) {
    auto it = item.find(key);
    if (it == item.end()) continue;
    if (it->is_string()) {
      return structured::parse_author_list(schema::normalize_text(it->get<std::string>()));
    }
    if (!it->is_array()) continue;
    std::vector<structured::AuthorName> names;
    for (const json& a : *it) {
      if (a.is_string()) {
        std::vector<structured::AuthorName> parsed =
            structured::parse_author_list(schema::normalize_text(a.get<std::string>()));
        if (!parsed.empty()) names.push_back(parsed.front());
      } else if (a.is_object()) {
        std::string family = field(a, {"family", "last", "lastName", "surname"});
        std::string given = field(a, {"given", "first", "firstName"});
        std::string full = family.empty() ? field(a, {"name", "literal", "full"})
                                          : (given.empty() ? family : family + ", " + given);
        if (!full.empty()) names.push_back(structured::parse_author(full));
      }
    }
    if (!names.empty()) return names;
  }
  return {};
}

int entry_year(const json& item) {
  int year = structured::year_in(field(item, {"year", "date", "published", "releaseDate"}));
  if (year != 0) return year;
  // CSL-JSON: "issued": {"date-parts": [[2020, 5]]}.
  auto issued = item.find("issued");
  if (issued != item.end() && issued->is_object()) {
    auto parts = issued->find("date-parts");
    if (parts != issued->end() && parts->is_array() && !parts->empty() && (*parts)[0].is_array() &&
        !(*parts)[0].empty()) {
      return structured::year_in(scalar((*parts)[0][0]));
    }
  }
  return 0;
}

// The array of entries a publication-list document holds.
const json* find_entries(const json& document, int depth = 0) {
  if (depth > 3) return nullptr;
  if (document.is_array()) return &document;
  if (!document.is_object()) return nullptr;
  for (const char* key :
       {"publications", "papers", "items", "references", "entries", "data", "works", "articles"}) {
    auto it = document.find(key);
    if (it != document.end()) {
      if (const json* found = find_entries(*it, depth + 1)) return found;
    }
  }
  return nullptr;
}

}  // namespace

DocumentRecord read_json_resume(const ReaderInput& input) {
  json document = parse_json(input);
  if (!document.is_object())
    throw json_input_error(input.path, "not a JSON Resume (no top-level object)");
  DocumentRecord record;
  record.text = input.text;
  if (auto basics = document.find("basics"); basics != document.end()) {
    read_basics(record, *basics);
  } else if (std::string name = field(document, {"name"}); !name.empty()) {
    record.name = structured::person_name(name);
  }
  std::optional<structured::Owner> owner;
  if (!record.name.empty()) owner = structured::owner_named(record.name);
  for (const auto& [key, value] : document.items()) {
    Section section = section_of(key);
    if (section == Section::basics || section == Section::ignored) continue;
    read_entries(record, section, key, value, owner, input.context);
  }
  return record;
}

DocumentRecord read_publication_list_json(const ReaderInput& input) {
  json document = parse_json(input);
  const json* entries = find_entries(document);
  if (entries == nullptr) throw json_input_error(input.path, "no list of publications in the JSON");
  std::vector<const json*> items;
  std::vector<std::vector<structured::AuthorName>> author_lists;
  for (const json& item : *entries) {
    if (!item.is_object() || field(item, {"title", "name"}).empty()) continue;
    items.push_back(&item);
    author_lists.push_back(entry_authors(item));
  }
  if (items.empty()) throw json_input_error(input.path, "no publication with a title in the JSON");
  DocumentRecord record;
  record.text = input.text;
  std::optional<structured::Owner> owner = structured::infer_owner(author_lists);
  if (owner) record.name = owner->display;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const json& item = *items[k];
    structured::PublicationFields fields;
    fields.title = field(item, {"title", "name"});
    fields.authors = author_lists[k];
    for (const char* key : {"venue", "journal", "booktitle", "container-title", "conference",
                            "publisher", "venue_short", "abbr"}) {
      std::string name = field(item, {key});
      if (!name.empty()) fields.venue_names.push_back(name);
    }
    fields.has_outlet = !fields.venue_names.empty();
    fields.year = entry_year(item);
    std::vector<std::string> keywords = json_strings(item, "keywords");
    fields.status_notes = {field(item, {"status", "note", "type"}), join(keywords, ", ")};
    std::string url = field(item, {"url", "link", "arxiv"});
    if (url.find("arxiv") != std::string::npos && fields.venue_names.empty()) {
      fields.venue_names.push_back("arXiv");
      fields.eprint_only = true;
    }
    fields.equal.marks_mean_equal = true;
    std::vector<std::string> text;
    for (const char* key : {"abstract", "summary", "tldr", "description"}) {
      std::string value = field(item, {key});
      if (!value.empty()) text.push_back(value);
    }
    fields.text = join(text, "\n");
    record.evidence.push_back(structured::make_publication(fields, owner, input.context.venues));
  }
  return record;
}

}  // namespace savant::indexer
