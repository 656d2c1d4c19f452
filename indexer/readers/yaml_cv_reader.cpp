// SPDX-License-Identifier: MIT
// YAML site data to a record: a generic walk with section and entry keys.
#include "indexer/readers/yaml_cv_reader.hpp"

#include "indexer/extract/contact.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/readers/bibtex_parser.hpp"
#include "indexer/readers/latex_text.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace savant::indexer {
namespace {

using structured::clean_spaces;

// Site data nests a few levels; anything deeper is not a CV.
constexpr int kMaxYamlDepth = 24;

enum class YamlSection {
  none,
  publications,
  experience,
  projects,
  education,
  skills,
  awards,
  interests,
  summary,
  contact,
  ignored
};

std::string yaml_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The kind a section key or title names, from its words.
YamlSection kind_of(std::string_view key) {
  std::string k = yaml_lower(key);
  auto has = [&](std::string_view word) { return k.find(word) != std::string::npos; };
  if (has("publication") || has("paper") || has("preprint") || has("article") ||
      has("conference") || has("journal")) {
    return YamlSection::publications;
  }
  if (has("education") || has("degree") || has("academic background") || has("studies")) {
    return YamlSection::education;
  }
  if (has("project") || has("open source") || has("software")) return YamlSection::projects;
  if (has("experience") || has("employment") || has("position") || has("career") || has("work") ||
      has("job") || has("appointment") || has("teaching")) {
    return YamlSection::experience;
  }
  if (has("skill") || has("expertise") || has("tool")) return YamlSection::skills;
  if (has("award") || has("honor") || has("honour") || has("grant") || has("fellowship") ||
      has("prize") || has("scholarship")) {
    return YamlSection::awards;
  }
  if (has("interest") || has("topic") || has("research area")) return YamlSection::interests;
  if (has("bio") || has("about") || has("summary") || has("profile") || has("intro")) {
    return YamlSection::summary;
  }
  if (has("general information") || has("contact") || has("personal")) return YamlSection::contact;
  if (has("language") || has("reference") || has("link") || has("social") || has("photo") ||
      has("image") || has("avatar") || has("url") || has("layout") || has("permalink")) {
    return YamlSection::ignored;
  }
  return YamlSection::none;
}

std::string yaml_scalar(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return {};
  return clean_spaces(schema::normalize_text(structured::strip_html(node.Scalar())));
}

// The first of `keys` that `map` holds as a non-empty scalar.
std::string yaml_field(const YAML::Node& map, std::initializer_list<const char*> keys) {
  if (!map.IsMap()) return {};
  for (const char* key : keys) {
    for (const auto& pair : map) {
      if (!pair.first.IsScalar() || yaml_lower(pair.first.Scalar()) != key) continue;
      std::string value = yaml_scalar(pair.second);
      if (!value.empty()) return value;
    }
  }
  return {};
}

// Whether a node holds something (a missing key and "key:" with no value do not).
bool yaml_present(const YAML::Node& node) { return node.IsDefined() && !node.IsNull(); }

YAML::Node child(const YAML::Node& map, std::initializer_list<const char*> keys) {
  if (!map.IsMap()) return YAML::Node();
  for (const char* key : keys) {
    for (const auto& pair : map) {
      if (pair.first.IsScalar() && yaml_lower(pair.first.Scalar()) == key) return pair.second;
    }
  }
  return YAML::Node();
}

// Every scalar under `node`, one per line, nested maps' titles included.
void flatten(const YAML::Node& node, std::vector<std::string>& lines, int depth) {
  if (!yaml_present(node) || depth > kMaxYamlDepth) return;
  if (node.IsScalar()) {
    std::string text = yaml_scalar(node);
    if (!text.empty()) lines.push_back(text);
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) flatten(item, lines, depth + 1);
  } else if (node.IsMap()) {
    for (const auto& pair : node) flatten(pair.second, lines, depth + 1);
  }
}

std::string join_parts(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string yaml_text_of(const YAML::Node& map,
                         std::initializer_list<const char*> keys = {
                             "description", "summary", "details", "highlights", "items", "contents",
                             "abstract", "notes", "tldr", "excerpt", "projects"}) {
  std::vector<std::string> lines;
  for (const char* key : keys) flatten(child(map, {key}), lines, 0);
  return join_parts(lines, "\n");
}

// Whether a map is one entry (a job, a degree, a paper) rather than a section.
bool is_entry(const YAML::Node& map) {
  static const char* const kKeys[] = {
      "title",   "name",    "position", "degree",  "institution", "organization",
      "company", "authors", "venue",    "journal", "conference",  "employer",
      "school",  "role",    "year",     "date",    "organisation"};
  for (const auto& pair : map) {
    if (!pair.first.IsScalar()) continue;
    std::string key = yaml_lower(pair.first.Scalar());
    for (const char* k : kKeys) {
      if (key == k && pair.second.IsScalar()) return true;
    }
  }
  return false;
}

class Walker {
 public:
  Walker(const ReaderInput& input, DocumentRecord& record) : input_(input), record_(record) {}

  void run(const YAML::Node& root) {
    // A bare publication list: the file's name says what the entries are.
    std::string stem = yaml_lower(std::filesystem::path(input_.path).stem().string());
    YamlSection root_kind = kind_of(stem);
    if (root_kind == YamlSection::contact || root_kind == YamlSection::ignored)
      root_kind = YamlSection::none;
    try {
      find_name(root);
      walk(root, root_kind, "", 0);
    } catch (const YAML::Exception&) {
      // A shape the walk did not expect (yaml-cpp throws on bad conversions):
      // keep what was read so far rather than lose the file.
    }
    finish();
  }

 private:
  void find_name(const YAML::Node& root) {
    const YAML::Node* map = &root;
    YAML::Node first;
    if (root.IsSequence() && root.size() == 1 && root[0].IsMap()) {
      first = root[0];
      map = &first;
    }
    if (!map->IsMap()) return;
    for (const char* key : {"name", "full_name", "fullname", "author", "title"}) {
      std::string value = yaml_field(*map, {key});
      if (!value.empty() && detail::looks_like_person_name(value)) {
        record_.name = structured::person_name(value);
        return;
      }
    }
  }

  void walk(const YAML::Node& node, YamlSection kind, const std::string& section, int depth) {
    if (!yaml_present(node) || depth > kMaxYamlDepth) return;
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) walk_item(item, kind, section, depth + 1);
    } else if (node.IsMap()) {
      // al-folio: "- title: Education / type: time_table / contents: [...]".
      YAML::Node contents = child(node, {"contents", "items", "entries"});
      std::string title = yaml_field(node, {"title", "section", "name"});
      if (yaml_present(contents) && (contents.IsSequence() || contents.IsMap()) && !title.empty()) {
        // A titled section of unknown name ("Academic Service") is summary text.
        YamlSection title_kind = kind_of(title);
        walk_section(contents, title_kind == YamlSection::none ? YamlSection::summary : title_kind,
                     title, depth + 1);
        return;
      }
      if (kind != YamlSection::none && is_entry(node)) {
        entry(node, kind, section);
        return;
      }
      for (const auto& pair : node) {
        if (!pair.first.IsScalar()) continue;
        std::string key = pair.first.Scalar();
        // "education1short": an abbreviated twin of "education1".
        if (yaml_lower(key).ends_with("short")) continue;
        YamlSection key_kind = kind_of(key);
        if (key_kind == YamlSection::none) key_kind = kind;
        if (pair.second.IsScalar()) {
          scalar_field(key, pair.second, key_kind);
        } else {
          walk_section(pair.second, key_kind, key, depth + 1);
        }
      }
    } else if (node.IsScalar()) {
      loose(kind, section, yaml_scalar(node));
    }
  }

  void walk_section(const YAML::Node& node, YamlSection kind, const std::string& section,
                    int depth) {
    if (kind == YamlSection::ignored) return;
    if (kind == YamlSection::contact) {
      contact(node);
      return;
    }
    walk(node, kind, section, depth);
  }

  void walk_item(const YAML::Node& item, YamlSection kind, const std::string& section, int depth) {
    if (item.IsMap() && is_entry(item) && kind != YamlSection::none &&
        !yaml_present(child(item, {"contents"}))) {
      entry(item, kind, section);
    } else if (item.IsMap() && kind == YamlSection::none && looks_like_publication(item)) {
      entry(item, YamlSection::publications, section);
    } else {
      walk(item, kind, section, depth);
    }
  }

  static bool looks_like_publication(const YAML::Node& map) {
    return yaml_present(child(map, {"authors", "author"})) &&
           !yaml_field(map, {"title", "name"}).empty();
  }

  void scalar_field(const std::string& key, const YAML::Node& value, YamlSection kind) {
    std::string text = yaml_scalar(value);
    if (text.empty()) return;
    std::string k = yaml_lower(key);
    if (k.find("mail") != std::string::npos) {
      for (const std::string& email : detail::find_emails(text)) add_email(email);
      return;
    }
    if (kind == YamlSection::summary || kind == YamlSection::interests ||
        kind == YamlSection::awards || kind == YamlSection::skills) {
      lists_[list_title(kind, key)].push_back(text);
      if (kind == YamlSection::summary && record_.name.empty()) name_from_bio(text);
      return;
    }
    if (kind == YamlSection::experience || kind == YamlSection::education ||
        kind == YamlSection::publications || kind == YamlSection::projects) {
      loose(kind, key, text);
    }
  }

  // al-folio's "General Information": rows of {name: Full Name, value: ...}.
  void contact(const YAML::Node& node) {
    if (!node.IsSequence()) return;
    for (const YAML::Node& row : node) {
      std::string label = yaml_lower(yaml_field(row, {"name"}));
      std::string value = yaml_field(row, {"value"});
      if (value.empty()) continue;
      if ((label == "full name" || label == "name") && record_.name.empty()) {
        record_.name = structured::person_name(value);
      } else if (label.find("mail") != std::string::npos) {
        for (const std::string& email : detail::find_emails(value)) add_email(email);
        std::string address = structured::deobfuscate_email(value);
        if (!address.empty()) add_email(address);
      }
    }
  }

  void add_email(const std::string& email) {
    if (std::find(record_.emails.begin(), record_.emails.end(), email) == record_.emails.end()) {
      record_.emails.push_back(email);
    }
  }

  // "Bin Wang is an AI Research Scientist at ...": the name opens the bio.
  void name_from_bio(const std::string& bio) {
    for (std::string_view verb : {" is ", " received ", " was ", " works "}) {
      std::size_t at = bio.find(verb);
      if (at == std::string::npos || at > 60) continue;
      std::string candidate = bio.substr(0, at);
      if (detail::looks_like_person_name(candidate)) {
        record_.name = structured::person_name(candidate);
        return;
      }
    }
  }

  static std::string list_title(YamlSection kind, const std::string& key) {
    switch (kind) {
      case YamlSection::awards:
        return "Awards";
      case YamlSection::interests:
        return "Interests";
      case YamlSection::skills:
        return "Skills";
      default:
        break;
    }
    std::string title = key;
    std::replace(title.begin(), title.end(), '_', ' ');
    if (!title.empty())
      title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    return title.empty() ? "Summary" : title;
  }

  void loose(YamlSection kind, const std::string& section, const std::string& text) {
    if (text.empty()) return;
    switch (kind) {
      case YamlSection::experience:
      case YamlSection::education:
      case YamlSection::publications:
      case YamlSection::projects:
        loose_lines_[kind].push_back(text);
        break;
      case YamlSection::skills:
      case YamlSection::awards:
      case YamlSection::interests:
      case YamlSection::summary:
        lists_[list_title(kind, section)].push_back(text);
        break;
      default:
        break;
    }
  }

  void entry(const YAML::Node& map, YamlSection kind, const std::string& section) {
    switch (kind) {
      case YamlSection::publications:
        publication(map);
        return;
      case YamlSection::experience:
      case YamlSection::projects:
      case YamlSection::education:
        job_or_degree(map, kind);
        return;
      default: {
        // Awards "- year: 2023 / items: [...]", interests "- title: Topic / items: [...]".
        std::string head = join_parts(
            {yaml_field(map, {"title", "name"}), yaml_field(map, {"year", "date"})}, ", ");
        std::string body = yaml_text_of(map);
        std::string line = body.empty() ? head : head.empty() ? body : head + ": " + body;
        loose(kind, section, line);
      }
    }
  }

  void job_or_degree(const YAML::Node& map, YamlSection kind) {
    std::string organisation =
        yaml_field(map, {"institution", "organization", "organisation", "company", "employer",
                         "affiliation", "school", "university", "place", "location"});
    std::string position = yaml_field(map, {"position", "role", "degree", "title", "name"});
    std::string dates = yaml_field(map, {"dates", "date", "period", "years", "year", "time"});
    if (dates.empty()) {
      dates = structured::date_range(yaml_field(map, {"start", "from", "startdate", "start_date"}),
                                     yaml_field(map, {"end", "to", "enddate", "end_date"}), false);
    }
    if (organisation.empty() && position.empty()) return;
    EvidenceKind evidence_kind =
        kind == YamlSection::education ? EvidenceKind::education : EvidenceKind::experience;
    // In a "career" list, student years are degrees: "Ph.D. Student" at a university.
    if (kind == YamlSection::experience && is_study(position))
      evidence_kind = EvidenceKind::education;
    Evidence evidence = structured::make_entry(evidence_kind, position,
                                               kind == YamlSection::projects ? "" : organisation,
                                               dates, yaml_text_of(map));
    if (kind == YamlSection::projects && !organisation.empty()) {
      evidence.text = join_parts({organisation, evidence.text}, "\n");
    }
    if (kind != YamlSection::projects) structured::add_affiliation(record_, organisation);
    record_.evidence.push_back(std::move(evidence));
  }

  static bool is_study(const std::string& position) {
    std::string p = yaml_lower(position);
    return p.find("student") != std::string::npos && p.find("assistant") == std::string::npos &&
           p.find("intern") == std::string::npos;
  }

  void publication(const YAML::Node& map) {
    structured::PublicationFields fields;
    fields.title = yaml_field(map, {"title", "name"});
    if (fields.title.empty()) return;
    YAML::Node authors = child(map, {"authors", "author"});
    if (authors.IsSequence()) {
      for (const YAML::Node& a : authors) {
        if (!a.IsScalar()) continue;
        structured::AuthorName name = structured::parse_author(schema::normalize_text(a.Scalar()));
        if (!name.display.empty()) fields.authors.push_back(name);
      }
    } else if (authors.IsScalar()) {
      fields.authors = structured::parse_author_list(schema::normalize_text(authors.Scalar()));
    }
    for (const char* key : {"venue", "journal", "booktitle", "conference", "publication",
                            "publisher", "conference_short", "venue_short", "abbr", "series"}) {
      std::string value = yaml_field(map, {key});
      if (!value.empty()) fields.venue_names.push_back(value);
    }
    std::string bibtex_text = yaml_field(map, {"bibtex", "bib"});
    std::optional<bibtex::Entry> bib;
    if (bibtex_text.find('@') != std::string::npos) {
      bibtex::ParseResult parsed = bibtex::parse(bibtex_text);
      if (!parsed.entries.empty()) bib = parsed.entries.front();
    }
    if (bib) {
      for (const char* key : {"booktitle", "journal"}) {
        if (const std::string* value = bib->field(key)) {
          fields.venue_names.push_back(clean_spaces(latex_to_text(*value)));
        }
      }
    }
    fields.has_outlet = !fields.venue_names.empty();
    fields.year = structured::year_in(yaml_field(map, {"year", "date"}));
    for (std::size_t k = 0; k < fields.venue_names.size() && fields.year == 0; ++k) {
      fields.year = structured::year_in(fields.venue_names[k]);
    }
    if (fields.year == 0 && bib && bib->field("year") != nullptr) {
      fields.year = structured::year_in(*bib->field("year"));
    }
    std::string note = yaml_field(map, {"note", "notes", "status", "type"});
    fields.status_notes.push_back(note);
    YAML::Node preprint = child(map, {"preprint"});
    if (preprint.IsScalar() && yaml_lower(preprint.Scalar()) == "true") {
      fields.status_notes.push_back("preprint");
    }
    std::string url = yaml_field(map, {"arxiv", "url", "link", "pdf"});
    if (fields.venue_names.empty() && url.find("arxiv") != std::string::npos) {
      fields.venue_names.push_back("arXiv");
      fields.eprint_only = true;
    }
    fields.equal = structured::read_equal_contribution(note, fields.authors);
    fields.text = yaml_text_of(map, {"abstract", "summary", "description", "tldr", "excerpt"});
    pending_.push_back(std::move(fields));
  }

  void finish() {
    // Publications wait for the owner, who may only be known from all author lists.
    std::optional<structured::Owner> owner;
    if (!record_.name.empty()) {
      owner = structured::owner_named(record_.name);
    } else {
      std::vector<std::vector<structured::AuthorName>> lists;
      for (const structured::PublicationFields& fields : pending_) lists.push_back(fields.authors);
      owner = structured::infer_owner(lists);
      if (owner) record_.name = owner->display;
    }
    for (const structured::PublicationFields& fields : pending_) {
      record_.evidence.push_back(
          structured::make_publication(fields, owner, input_.context.venues));
    }
    for (const auto& [title, lines] : lists_) {
      Evidence evidence;
      evidence.kind = title == "Skills" ? EvidenceKind::skills : EvidenceKind::summary;
      evidence.title = title;
      evidence.text = join_parts(lines, "\n");
      if (!evidence.text.empty()) record_.evidence.push_back(std::move(evidence));
    }
    // Loose lines ("(2020- ) PhD Student, UCL") are CV text: the extractor reads them.
    std::string markdown;
    for (const auto& [kind, lines] : loose_lines_) {
      const char* heading = kind == YamlSection::education      ? "Education"
                            : kind == YamlSection::publications ? "Publications"
                            : kind == YamlSection::projects     ? "Projects"
                                                                : "Experience";
      markdown += fmt::format("# {}\n\n", heading);
      for (const std::string& line : lines) markdown += "- " + line + "\n";
      markdown += "\n";
    }
    if (!markdown.empty()) {
      DocumentRecord extracted = extract_cv(markdown, input_.context);
      for (Evidence& evidence : extracted.evidence) record_.evidence.push_back(std::move(evidence));
      for (const std::string& affiliation : extracted.affiliations) {
        structured::add_affiliation(record_, affiliation);
      }
    }
  }

  const ReaderInput& input_;
  DocumentRecord& record_;
  std::vector<structured::PublicationFields> pending_;
  std::map<std::string, std::vector<std::string>> lists_;
  std::map<YamlSection, std::vector<std::string>> loose_lines_;
};

}  // namespace

DocumentRecord read_yaml_cv(const ReaderInput& input) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(structured::source_text(input.bytes, input.text)));
  } catch (const YAML::Exception& error) {
    throw Error(ErrorCategory::input,
                fmt::format("{}: invalid YAML: {}", input.path, error.what()));
  }
  DocumentRecord record;
  record.text = input.text;
  try {
    Walker(input, record).run(root);
  } catch (const YAML::Exception&) {
    // Building the record from what was read failed: keep the record as it is.
  }
  if (record.emails.empty()) {
    for (const std::string& email : detail::find_emails(input.text)) record.emails.push_back(email);
  }
  return record;
}

}  // namespace savant::indexer
