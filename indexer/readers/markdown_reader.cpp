// SPDX-License-Identifier: MIT
// Markdown pages with front matter, Liquid and HTML to a record.
#include "indexer/readers/markdown_reader.hpp"

#include "indexer/extract/contact.hpp"
#include "indexer/extract/cv_extractor.hpp"
#include "indexer/extract/dates.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/extract/publication_status.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace savant::indexer {
namespace {


// A publication page's body is its abstract; past this it is something else.
constexpr std::size_t kMaxPublicationText = 8000;

std::string markdown_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

struct FrontMatter {
  std::string block;  // the raw block with its fences
  std::string body;   // what follows
  YAML::Node yaml;
  bool parsed = false;
};

// The YAML block the page opens with ("---" ... "---" or "..."); a TOML block
// ("+++") is dropped.
FrontMatter split_front_matter(std::string_view text) {
  FrontMatter fm;
  std::size_t start = 0;
  while (start < text.size() &&
         (text[start] == ' ' || text[start] == '\n' || text[start] == '\r')) {
    ++start;
  }
  std::string_view rest = text.substr(start);
  std::string fence = rest.starts_with("---") ? "---" : rest.starts_with("+++") ? "+++" : "";
  std::size_t first_eol = rest.find('\n');
  if (fence.empty() || first_eol == std::string::npos ||
      !trim(rest.substr(0, first_eol)).starts_with(fence) ||
      trim(rest.substr(0, first_eol)) != fence) {
    fm.body = std::string(text);
    return fm;
  }
  std::size_t pos = first_eol + 1;
  while (pos <= rest.size()) {
    std::size_t eol = rest.find('\n', pos);
    if (eol == std::string::npos) eol = rest.size();
    std::string_view line = trim(rest.substr(pos, eol - pos));
    if (line == fence || (fence == "---" && line == "...")) {
      std::string inner(rest.substr(first_eol + 1, pos - first_eol - 1));
      fm.block = std::string(rest.substr(0, std::min(eol + 1, rest.size())));
      fm.body = std::string(rest.substr(std::min(eol + 1, rest.size())));
      if (fence == "---") {
        try {
          fm.yaml = YAML::Load(inner);
          fm.parsed = fm.yaml.IsMap();
        } catch (const YAML::Exception&) {
          fm.parsed = false;  // the extractor's own front matter reader still sees the block
        }
      }
      // A TOML block ("+++") stays in the text: its values are the page's content.
      return fm;
    }
    pos = eol + 1;
  }
  fm.body = std::string(text);
  return fm;
}

bool present(const YAML::Node& node) { return node.IsDefined() && !node.IsNull(); }

YAML::Node get(const YAML::Node& map, const char* key) {
  if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& pair : map) {
    if (pair.first.IsScalar() && markdown_lower(pair.first.Scalar()) == key) return pair.second;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

std::string front_matter_scalar(const YAML::Node& node) {
  if (!present(node) || !node.IsScalar()) return {};
  return structured::clean_spaces(schema::normalize_text(structured::strip_html(node.Scalar())));
}

std::string front_matter_field(const YAML::Node& map, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    std::string value = front_matter_scalar(get(map, key));
    if (!value.empty()) return value;
  }
  return {};
}

std::vector<std::string> list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (!present(node)) return out;
  if (node.IsScalar()) {
    std::string value = front_matter_scalar(node);
    if (!value.empty()) out.push_back(value);
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      std::string value =
          item.IsMap() ? front_matter_field(item, {"name", "title"}) : front_matter_scalar(item);
      if (!value.empty()) out.push_back(value);
    }
  }
  return out;
}

// Removes Liquid: comment blocks with their content, other tags alone.
std::string strip_liquid(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "{%") == 0) {
      std::size_t close = text.find("%}", i + 2);
      if (close == std::string::npos) break;
      std::string tag = markdown_lower(trim(text.substr(i + 2, close - i - 2)));
      if (!tag.empty() && tag.front() == '-') tag.erase(0, 1);
      tag = std::string(trim(tag));
      i = close + 2;
      if (tag.starts_with("comment")) {
        std::size_t end = text.find("endcomment", i);
        if (end == std::string::npos) break;
        std::size_t end_close = text.find("%}", end);
        i = end_close == std::string::npos ? text.size() : end_close + 2;
      }
      continue;
    }
    if (text.compare(i, 2, "{{") == 0) {
      std::size_t close = text.find("}}", i + 2);
      if (close == std::string::npos) break;
      i = close + 2;
      continue;
    }
    out += text[i++];
  }
  return out;
}

int heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

bool is_html_block_name(std::string_view name) {
  static const char* const kBlocks[] = {
      "p",       "div",     "br",     "tr",     "table", "tbody",  "thead", "ul",         "ol",
      "section", "article", "header", "footer", "dd",    "dt",     "dl",    "blockquote", "hr",
      "td",      "th",      "nav",    "main",   "aside", "figure", "center"};
  for (const char* b : kBlocks) {
    if (name == b) return true;
  }
  return false;
}

}  // namespace

std::string clean_page_body(std::string_view body) {
  std::string text = strip_liquid(body);
  std::string out;
  int html_depth = 0;  // open block-level HTML elements: lines inside lose their indent
  // Open HTML lists and list items. Inside an item, HTML's line breaks continue
  // the item ("<li><a>Title</a><br> Authors <br><i>Venue</i></li>": one entry),
  // and the source's own newlines are only spaces.
  int list_depth = 0;
  int item_depth = 0;
  std::size_t i = 0;
  bool line_start = true;
  // A leading <br> marks a line as the continuation of the one above (line model).
  auto item_break = [&out] {
    std::size_t begin = out.rfind('\n');
    begin = begin == std::string::npos ? 0 : begin + 1;
    const std::string_view line = trim(std::string_view(out).substr(begin));
    if (line.empty() || line == "<br>" || line == "-") return;
    out += "\n<br>";
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '<') {
      if (text.compare(i, 4, "<!--") == 0) {
        std::size_t close = text.find("-->", i + 4);
        i = close == std::string::npos ? text.size() : close + 3;
        continue;
      }
      std::size_t close = text.find('>', i + 1);
      bool tag_like = i + 1 < text.size() &&
                      (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/');
      if (close != std::string::npos && tag_like) {
        std::string_view tag = std::string_view(text).substr(i + 1, close - i - 1);
        bool closing = tag.starts_with("/");
        if (closing) tag.remove_prefix(1);
        std::size_t n = 0;
        while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n]))) ++n;
        std::string name = markdown_lower(tag.substr(0, n));
        if (!closing && (name == "script" || name == "style")) {
          std::size_t end = markdown_lower(std::string_view(text).substr(close)).find("</" + name);
          std::size_t end_close =
              end == std::string::npos ? std::string::npos : text.find('>', close + end);
          i = end_close == std::string::npos ? text.size() : end_close + 1;
          continue;
        }
        auto newline = [&out] {
          if (!out.empty() && out.back() != '\n') out += '\n';
        };
        if (int level = heading_level(name)) {
          newline();
          if (closing) {
            out += '\n';  // a heading stands apart from what follows
          } else {
            out += std::string(static_cast<std::size_t>(level), '#') + " ";
          }
          line_start = closing;
          i = close + 1;
          continue;
        }
        if (name == "li") {
          // A break that ended the item continues nothing.
          while (!out.empty() && out.back() == ' ') out.pop_back();
          if (out.ends_with("\n<br>")) out.resize(out.size() - 4);
          newline();
          if (!closing) out += "- ";
          item_depth = closing ? std::max(0, list_depth - 1) : std::max(list_depth, 1);
          line_start = closing;
          i = close + 1;
          continue;
        }
        if (name == "ul" || name == "ol") {
          list_depth = std::max(0, list_depth + (closing ? -1 : 1));
          item_depth = std::min(item_depth, list_depth);
        }
        if (is_html_block_name(name)) {
          bool self_closing = name == "br" || name == "hr" || tag.ends_with("/");
          if (!self_closing) html_depth = std::max(0, html_depth + (closing ? -1 : 1));
          if (item_depth > 0 && name != "ul" && name != "ol") {
            item_break();
          } else {
            newline();
          }
          line_start = true;
          i = close + 1;
          continue;
        }
        // Inline tags (a, b, strong, span, sup, img) stay: the extractor reads them.
        out += std::string(text.substr(i, close - i + 1));
        line_start = false;
        i = close + 1;
        continue;
      }
    }
    if (c == '\n') {
      std::size_t next = text.find_first_not_of(" \t\r", i + 1);
      if (item_depth > 0 && next != std::string::npos && text[next] != '\n') {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        ++i;
        continue;
      }
      // A blank line ends an item whose closing tag never comes.
      item_depth = 0;
      list_depth = 0;
      out += '\n';
      line_start = true;
      ++i;
      continue;
    }
    if (line_start && html_depth > 0 && (c == ' ' || c == '\t')) {
      ++i;  // text inside an HTML block is not an indented Markdown block
      continue;
    }
    line_start = false;
    out += c;
    ++i;
  }
  // At most one blank line in a row; trailing spaces gone.
  std::string result;
  std::size_t blank = 0;
  std::size_t start = 0;
  while (start <= out.size()) {
    std::size_t stop = out.find('\n', start);
    if (stop == std::string::npos) stop = out.size();
    std::string_view line = std::string_view(out).substr(start, stop - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (trim(line).empty()) {
      if (++blank == 1 && !result.empty() && stop < out.size()) result += '\n';
    } else {
      blank = 0;
      result += std::string(line) + '\n';
    }
    start = stop + 1;
  }
  while (result.size() >= 2 && result.ends_with("\n\n")) result.pop_back();
  return result;
}

namespace {

bool is_publication_page(const YAML::Node& fm) {
  std::string collection =
      markdown_lower(front_matter_field(fm, {"collection", "category", "categories", "type"}));
  if (collection.find("publication") != std::string::npos ||
      collection.find("article") != std::string::npos ||
      collection.find("paper") != std::string::npos) {
    return true;
  }
  return present(get(fm, "venue")) || present(get(fm, "citation")) ||
         present(get(fm, "publication_types")) || present(get(fm, "publication"));
}

// The authors a citation opens with: "Krauth, Brian (2025). ...", "D.J. Bartlett,
// H. Desmond and P.G. Ferreira (2023). ...".
std::vector<structured::AuthorName> citation_authors(const std::string& citation) {
  std::size_t end = std::string::npos;
  std::vector<detail::YearHit> years = detail::find_years(citation);
  if (!years.empty()) {
    end = years.front().begin;
    while (end > 0 && (citation[end - 1] == '(' || citation[end - 1] == ' ')) --end;
  }
  std::size_t quote = citation.find('"');
  if (quote != std::string::npos && quote < end) end = quote;
  if (end == std::string::npos || end == 0) return {};
  std::vector<structured::AuthorName> names =
      structured::parse_author_list(citation.substr(0, end));
  bool all_names = !names.empty() && std::all_of(names.begin(), names.end(), [](const auto& n) {
    return n.display.size() <= 60;
  });
  return all_names ? names : std::vector<structured::AuthorName>{};
}

// The first body line that is an author list ("<b>Huy Nguyen</b>, Pedram Akbarian").
std::vector<structured::AuthorName> body_authors(const std::string& body) {
  std::size_t start = 0;
  int lines = 0;
  while (start < body.size() && lines < 8) {
    std::size_t stop = body.find('\n', start);
    if (stop == std::string::npos) stop = body.size();
    std::string line(trim(std::string_view(body).substr(start, stop - start)));
    start = stop + 1;
    if (line.empty() || line.starts_with("#") || line.starts_with("[") || line.starts_with("!")) {
      continue;
    }
    ++lines;
    if (line.starts_with("**Authors:**")) line = line.substr(12);
    std::vector<structured::AuthorName> names = structured::parse_author_list(line);
    bool names_only =
        names.size() >= 2 && std::all_of(names.begin(), names.end(), [](const auto& n) {
          return detail::looks_like_person_name(n.display);
        });
    if (names_only) return names;
  }
  return {};
}

DocumentRecord publication_page(const ReaderInput& input, const FrontMatter& fm) {
  DocumentRecord record;
  record.text = input.text;
  const YAML::Node& yaml = fm.yaml;
  std::string body = clean_page_body(fm.body);
  structured::PublicationFields fields;
  fields.title = front_matter_field(yaml, {"title"});
  // Authors: a list or string in the front matter ("admin" is Hugo's owner
  // placeholder, not a name), else the citation, else the body's first lines.
  YAML::Node authors = get(yaml, "authors");
  if (!present(authors)) authors = get(yaml, "author");
  int admin_at = -1;  // Hugo's "admin": the site's owner, whose name the page omits
  for (const std::string& a : list(authors)) {
    if (markdown_lower(a) == "admin") {
      admin_at = static_cast<int>(fields.authors.size());
      continue;
    }
    std::vector<structured::AuthorName> names = structured::parse_author_list(a);
    if (authors.IsSequence() && !names.empty()) {
      fields.authors.push_back(structured::parse_author(a));
    } else {
      fields.authors.insert(fields.authors.end(), names.begin(), names.end());
    }
  }
  std::string citation = front_matter_field(yaml, {"citation"});
  if (fields.authors.empty() && !citation.empty()) fields.authors = citation_authors(citation);
  if (fields.authors.empty()) fields.authors = body_authors(schema::normalize_text(body));
  for (const char* key :
       {"venue", "publication", "journal", "booktitle", "venue_abbr", "publication_short"}) {
    std::string value = front_matter_field(yaml, {key});
    if (!value.empty()) fields.venue_names.push_back(value);
  }
  fields.has_outlet =
      !fields.venue_names.empty() &&
      detail::status_from_words(fields.venue_names.front()) == PublicationStatus::unknown;
  if (!citation.empty()) fields.venue_names.push_back(citation);
  // A page linking only its arXiv version is a preprint.
  std::string link =
      markdown_lower(front_matter_field(yaml, {"paperurl", "link", "url_pdf", "arxiv"}));
  if (fields.venue_names.empty() && link.find("arxiv") != std::string::npos) {
    fields.venue_names.push_back("arXiv");
    fields.eprint_only = true;
  }
  fields.year = structured::year_in(front_matter_field(yaml, {"year", "date", "publishdate"}));
  if (fields.year == 0) {
    for (const std::string& venue : fields.venue_names) {
      if ((fields.year = structured::year_in(venue)) != 0) break;
    }
  }
  fields.status_notes.push_back(front_matter_field(yaml, {"status", "note"}));
  std::vector<std::string> text;
  for (const char* key : {"abstract", "excerpt", "summary", "description"}) {
    std::string value = front_matter_field(yaml, {key});
    if (!value.empty()) {
      text.push_back(value);
      break;
    }
  }
  std::string cleaned =
      structured::clean_spaces(structured::strip_html(schema::normalize_text(body)));
  if (!cleaned.empty()) text.push_back(cleaned.substr(0, kMaxPublicationText));
  for (const std::string& part : text) {
    fields.text += (fields.text.empty() ? "" : "\n") + part;
  }
  // One author list: its owner is known only when the page sets one name in bold.
  std::optional<structured::Owner> owner = structured::infer_owner({fields.authors});
  if (owner) record.name = owner->display;
  if (!fields.title.empty()) {
    Evidence evidence = structured::make_publication(fields, owner, input.context.venues);
    if (!owner && admin_at >= 0) {
      evidence.role = admin_at == 0 ? AuthorRole::first : AuthorRole::co_author;
    }
    record.evidence.push_back(std::move(evidence));
  }
  return record;
}

// Hugo author pages keep the CV in the front matter: sections for the extractor.
std::string front_matter_sections(const YAML::Node& yaml) {
  std::string out;
  std::string bio = front_matter_field(yaml, {"bio", "summary", "about"});
  if (!bio.empty()) out += "\n# Biography\n\n" + bio + "\n";
  std::string role = front_matter_field(yaml, {"role"});
  std::vector<std::string> organisations = list(get(yaml, "organizations"));
  if (!role.empty() || !organisations.empty()) {
    out += "\n# Experience\n\n- " + role;
    if (!organisations.empty()) out += (role.empty() ? "" : ", ") + organisations.front();
    out += "\n";
  }
  YAML::Node education = get(yaml, "education");
  YAML::Node courses = education.IsMap() ? get(education, "courses") : education;
  if (courses.IsSequence()) {
    std::string lines;
    for (const YAML::Node& course : courses) {
      std::string degree = front_matter_field(course, {"course", "degree", "title"});
      std::string institution = front_matter_field(course, {"institution", "school", "university"});
      std::string year = front_matter_field(course, {"year", "date", "dates"});
      if (degree.empty() && institution.empty()) continue;
      lines += "\n**" + degree + "**\n" + institution + "\n" + year + "\n";
    }
    if (!lines.empty()) out += "\n# Education\n" + lines;
  }
  std::vector<std::string> interests = list(get(yaml, "interests"));
  if (!interests.empty()) {
    out += "\n# Interests\n\n";
    for (const std::string& interest : interests) out += "- " + interest + "\n";
  }
  return out;
}

// A publication page whose front matter follows some HTML (a block pasted
// above it): the first "---" block below that parses as a publication's.
std::optional<FrontMatter> late_publication_front_matter(const std::string& text) {
  for (std::size_t at = text.find("\n---"); at != std::string::npos;
       at = text.find("\n---", at + 1)) {
    FrontMatter fm = split_front_matter(std::string_view(text).substr(at + 1));
    if (!fm.parsed || !is_publication_page(fm.yaml) ||
        front_matter_field(fm.yaml, {"title"}).empty())
      continue;
    fm.body = text.substr(0, at) + "\n" + fm.body;
    return fm;
  }
  return std::nullopt;
}

bool is_heading_first(std::string_view body) {
  std::size_t start = body.find_first_not_of(" \n\t");
  return start != std::string::npos && body[start] == '#';
}

}  // namespace

DocumentRecord read_markdown(const ReaderInput& input) {
  FrontMatter fm = split_front_matter(input.text);
  if (fm.parsed && is_publication_page(fm.yaml)) return publication_page(input, fm);
  if (fm.block.empty()) {
    if (std::optional<FrontMatter> late = late_publication_front_matter(input.text)) {
      return publication_page(input, *late);
    }
  }

  std::string text;
  std::string name;
  std::vector<std::string> emails;
  if (fm.parsed) {
    // The block stays: the extractor's front matter reader turns the title into a heading.
    text += fm.block + "\n";
    for (const char* key : {"name", "author", "title"}) {
      std::string value = front_matter_field(fm.yaml, {key});
      if (!value.empty() && detail::looks_like_person_name(value)) {
        name = structured::person_name(value);
        break;
      }
    }
    // al-folio's profile box: address and affiliation lines under the photo.
    YAML::Node profile = get(fm.yaml, "profile");
    std::string more =
        profile.IsMap() ? front_matter_scalar(get(profile, "more_info")) : std::string();
    if (!more.empty()) text += more + "\n\n";
    std::string email = front_matter_field(fm.yaml, {"email"});
    emails = detail::find_emails(email);
  } else if (!fm.block.empty()) {
    text += fm.block + "\n";
  }
  std::string body = clean_page_body(fm.body);
  // A page titled with its owner's name (a Hugo author page, a homepage):
  // its opening text is the biography, which the extractor keeps only
  // under a section heading.
  if (!name.empty() && !is_heading_first(body)) text += "# About\n\n";
  text += body;
  if (fm.parsed) text += front_matter_sections(fm.yaml);
  text = structured::label_citation_runs(schema::normalize_text(text));
  DocumentRecord record = extract_cv(text, input.context);
  record.text = input.text;
  if (!name.empty()) {
    record.name = name;
  } else if (!record.name.empty()) {
    record.name = structured::person_name(record.name);
  }
  for (const std::string& email : emails) {
    if (std::find(record.emails.begin(), record.emails.end(), email) == record.emails.end()) {
      record.emails.insert(record.emails.begin(), email);
    }
  }
  // Addresses in commented-out HTML are still the page owner's.
  for (const std::string& email : detail::find_emails(input.text)) {
    if (std::find(record.emails.begin(), record.emails.end(), email) == record.emails.end()) {
      record.emails.push_back(email);
    }
  }
  structured::name_from_bio(record);
  structured::name_from_publications(record);
  return record;
}

}  // namespace savant::indexer
