// SPDX-License-Identifier: MIT
// Recognises section headings by their words and shape, and cuts a CV into sections.
#include "indexer/extract/sections.hpp"

#include "indexer/extract/text_util.hpp"
#include "schema/ascii.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>

namespace savant::indexer::detail {
namespace {

using Kind = SectionKind;

// Nouns that name a section, singular and plural as CVs spell them.
constexpr std::pair<std::string_view, Kind> kNouns[] = {
    {"publication", Kind::publications},
    {"publications", Kind::publications},
    {"paper", Kind::publications},
    {"papers", Kind::publications},
    {"preprint", Kind::publications},
    {"preprints", Kind::publications},
    {"article", Kind::publications},
    {"articles", Kind::publications},
    {"proceedings", Kind::publications},
    {"manuscripts", Kind::publications},
    {"works", Kind::publications},
    {"bibliography", Kind::publications},
    {"chapters", Kind::publications},
    {"books", Kind::publications},
    {"experience", Kind::experience},
    {"experiences", Kind::experience},
    {"employment", Kind::experience},
    {"position", Kind::experience},
    {"positions", Kind::experience},
    {"appointment", Kind::experience},
    {"appointments", Kind::experience},
    {"internship", Kind::experience},
    {"internships", Kind::experience},
    {"career", Kind::experience},
    {"work", Kind::experience},
    {"history", Kind::experience},
    {"project", Kind::projects},
    {"projects", Kind::projects},
    {"education", Kind::education},
    {"degree", Kind::education},
    {"degrees", Kind::education},
    {"qualification", Kind::education},
    {"qualifications", Kind::education},
    {"schooling", Kind::education},
    {"background", Kind::education},
    {"training", Kind::education},
    {"skill", Kind::skills},
    {"skills", Kind::skills},
    {"course", Kind::skills},
    {"courses", Kind::skills},
    {"coursework", Kind::skills},
    {"language", Kind::skills},
    {"languages", Kind::skills},
    {"tool", Kind::skills},
    {"tools", Kind::skills},
    {"technologies", Kind::skills},
    {"competencies", Kind::skills},
    {"expertise", Kind::skills},
    {"proficiency", Kind::skills},
    {"certifications", Kind::skills},
    {"certificates", Kind::skills},
    {"summary", Kind::summary},
    {"profile", Kind::summary},
    {"about", Kind::summary},
    {"bio", Kind::summary},
    {"biography", Kind::summary},
    {"objective", Kind::summary},
    {"overview", Kind::summary},
    {"introduction", Kind::summary},
    {"interest", Kind::summary},
    {"interests", Kind::summary},
    {"statement", Kind::summary},
    {"award", Kind::summary},
    {"awards", Kind::summary},
    {"honor", Kind::summary},
    {"honors", Kind::summary},
    {"honours", Kind::summary},
    {"achievements", Kind::summary},
    {"scholarships", Kind::summary},
    {"fellowships", Kind::summary},
    {"grants", Kind::summary},
    {"funding", Kind::summary},
    {"talks", Kind::summary},
    {"presentations", Kind::summary},
    {"service", Kind::summary},
    {"services", Kind::summary},
    {"activities", Kind::summary},
    {"reviewing", Kind::summary},
    {"teaching", Kind::summary},
    {"mentoring", Kind::summary},
    {"supervision", Kind::summary},
    {"memberships", Kind::summary},
    {"affiliations", Kind::summary},
    {"news", Kind::summary},
    {"highlights", Kind::summary},
    {"leadership", Kind::summary},
    {"volunteering", Kind::summary},
    {"outreach", Kind::summary},
    {"patents", Kind::summary},
    {"thesis", Kind::summary},
    {"theses", Kind::summary},
    {"hobbies", Kind::summary},
    {"miscellaneous", Kind::summary},
    {"contact", Kind::ignored},
    {"contacts", Kind::ignored},
    {"references", Kind::ignored},
    {"referees", Kind::ignored},
    {"information", Kind::ignored},
    {"details", Kind::ignored},
    {"students", Kind::summary},
    {"distinctions", Kind::summary},
    {"recognition", Kind::summary},
    {"editorial", Kind::summary},
    {"responsibilities", Kind::summary},
    {"press", Kind::summary},
    {"abstract", Kind::summary},
    {"bio", Kind::summary},
};

// Words that may stand before or between section nouns without changing the kind.
constexpr std::string_view kQualifiers[] = {"selected",
                                            "recent",
                                            "research",
                                            "academic",
                                            "professional",
                                            "industry",
                                            "industrial",
                                            "relevant",
                                            "technical",
                                            "other",
                                            "key",
                                            "featured",
                                            "highlight",
                                            "highlighted",
                                            "major",
                                            "full",
                                            "complete",
                                            "peer",
                                            "reviewed",
                                            "peer-reviewed",
                                            "refereed",
                                            "conference",
                                            "journal",
                                            "invited",
                                            "current",
                                            "previous",
                                            "past",
                                            "my",
                                            "additional",
                                            "related",
                                            "computer",
                                            "programming",
                                            "natural",
                                            "personal",
                                            "short",
                                            "main",
                                            "international",
                                            "graduate",
                                            "undergraduate",
                                            "postdoctoral",
                                            "volunteer",
                                            "community",
                                            "university",
                                            "scientific",
                                            "software",
                                            "list",
                                            "of",
                                            "and",
                                            "in",
                                            "the",
                                            "a",
                                            "progress",
                                            "under",
                                            "review",
                                            "submitted",
                                            "preparation",
                                            "working",
                                            "book",
                                            "workshop",
                                            "extended",
                                            "brief",
                                            "educational",
                                            "awarded",
                                            "public",
                                            "non-academic"};

// Whole headings the word rule would miss or misread.
constexpr std::pair<std::string_view, Kind> kPhrases[] = {
    {"published work", Kind::publications},
    {"selected work", Kind::publications},
    {"highlight research", Kind::publications},
    {"research highlights", Kind::publications},
    {"selected research", Kind::publications},
    {"about me", Kind::summary},
    // "Research" alone heads what a person works on: interests in a PDF CV's side
    // column ("Research  Systems for AI; Vector Databases"), a paragraph on an
    // about page, or a home page's paper list (the jonbarron.info template).
    {"research", Kind::summary},
    {"what i do", Kind::summary},
    {"curriculum vitae", Kind::ignored},
    {"work in progress", Kind::publications},
    {"works in progress", Kind::publications},
    {"current work", Kind::publications},
    {"work history", Kind::experience},
};

// Lower-case words of heading text: '&' reads "and", parenthesised notes and
// punctuation other than hyphens go.
std::vector<std::string> heading_words(std::string_view text) {
  std::string cleaned;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      continue;
    }
    if (depth > 0) continue;
    if (c == '&' || c == '/' || c == '+') {
      cleaned += " and ";
    } else if (schema::is_ascii_alpha(c) || c == '-' || c == '\'') {
      cleaned += schema::ascii_lower(c);
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      cleaned += c;  // kept whole here; non-letters (emoji) are dropped below
    } else {
      cleaned += ' ';
    }
  }
  std::vector<std::string> words;
  for (std::string_view w : split_words(cleaned)) {
    w = trim_chars(w, "-'");
    // "🎓 Education": a word without letters is decoration.
    if (!w.empty() && count_letters(w) > 0) words.emplace_back(w);
  }
  return words;
}

// A noun as written, or misspelt by one letter when long enough to be unmistakable
// ("Pubications", "Publicatons").
bool is_noun_spelling(const std::string& word, std::string_view noun) {
  if (word == noun) return true;
  if (noun.size() < 8 || word.size() + 1 < noun.size() || word.size() > noun.size() + 1) {
    return false;
  }
  // Edit distance at most one: skip the first difference in either or both.
  std::size_t i = 0;
  while (i < word.size() && i < noun.size() && word[i] == noun[i]) ++i;
  auto rest_equal = [&](std::size_t a, std::size_t b) {
    if (a > word.size()) return false;
    return word.compare(a, std::string::npos, noun.substr(std::min(b, noun.size()))) == 0;
  };
  return rest_equal(i + 1, i + 1) || rest_equal(i, i + 1) || rest_equal(i + 1, i);
}

int priority(Kind kind) {
  switch (kind) {
    case Kind::publications:
      return 6;
    case Kind::experience:
      return 5;
    case Kind::education:
      return 4;
    case Kind::projects:
      return 3;
    case Kind::skills:
      return 2;
    case Kind::summary:
      return 1;
    case Kind::ignored:
      return 0;
  }
  return 0;
}

// Whether a line is shaped like a heading at all: short, one phrase, no sentence.
bool heading_shape(const Line& line, std::size_t max_words) {
  if (line.is_bullet() || line.continuation || line.number != 0) return false;
  std::string_view text = line.text;
  if (text.size() > 60 || count_letters(text) < 3) return false;
  if (text.back() == '.' || text.back() == ',') return false;
  // "Diversity and Integration Award]": the end of a note begun on the line above.
  if (closes_bracket_opened_above(line)) return false;
  // Digits outside a parenthesised note mean a count or a date ("11works", "2023"),
  // which site chrome and entry lines have and headings do not.
  int depth = 0;
  for (char c : text) {
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth <= 0 && std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return split_words(text).size() <= max_words;
}

// Style of a heading line: '#' level, capitals, bold.
using Signature = std::tuple<int, bool, bool>;

Signature signature(const Line& line) {
  return {line.heading_level, line.all_caps, line.bold || !line.lead_bold.empty()};
}

// A heading-shaped line with a name we do not know: decorated, a few words, no list punctuation.
bool unknown_heading_candidate(const Line& line) {
  if (!heading_shape(line, 4) || line.synthetic) return false;
  if (line.heading_level == 0 && !line.bold && !line.all_caps) return false;
  std::string_view text = trim_chars(line.text, ":");
  if (has_digit(text)) return false;
  return text.find_first_of("|,;:@") == std::string_view::npos;
}

}  // namespace

std::optional<SectionKind> classify_heading(std::string_view text) {
  std::vector<std::string> words = heading_words(text);
  if (words.empty() || words.size() > 6) return std::nullopt;
  std::string key = join(words, " ");
  for (const auto& [phrase, kind] : kPhrases) {
    if (key == phrase) return kind;
  }
  std::optional<Kind> best;
  std::size_t unknown = 0;
  for (const std::string& word : words) {
    auto noun = std::find_if(std::begin(kNouns), std::end(kNouns), [&](const auto& entry) {
      return is_noun_spelling(word, entry.first);
    });
    if (noun != std::end(kNouns)) {
      if (!best || priority(noun->second) > priority(*best)) best = noun->second;
      continue;
    }
    if (std::find(std::begin(kQualifiers), std::end(kQualifiers), word) == std::end(kQualifiers)) {
      ++unknown;  // a word that is neither: a title or a sentence, unless ...
    }
  }
  // ... a short heading names publications: "First-Author Publications", "Fist-Author
  // Publications", "Physics Papers" say what the list is whatever the first word.
  if (unknown == 0) return best;
  if (best == Kind::publications && unknown == 1 && words.size() <= 3) return best;
  return std::nullopt;
}

SectionLayout find_sections(const std::vector<Line>& lines) {
  // First pass: headings with known names, and the styles they use.
  std::vector<std::optional<Kind>> known(lines.size());
  std::set<Signature> styles;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!heading_shape(lines[i], 6)) continue;
    known[i] = classify_heading(lines[i].text);
    if (known[i] && !lines[i].synthetic) styles.insert(signature(lines[i]));
  }
  // Second pass: unknown headings styled exactly like known ones open summary sections.
  std::vector<std::size_t> starts;
  std::vector<Kind> kinds;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (known[i]) {
      starts.push_back(i);
      kinds.push_back(*known[i]);
    } else if (!starts.empty() && unknown_heading_candidate(lines[i]) &&
               styles.count(signature(lines[i])) > 0) {
      starts.push_back(i);
      kinds.push_back(Kind::summary);
    }
  }
  SectionLayout layout;
  layout.preamble_end = starts.empty() ? lines.size() : starts.front();
  // "Curriculum Vitae" over the name is the document's title, not a section: the
  // name and contact lines under it are still the preamble.
  if (!starts.empty() && kinds.front() == Kind::ignored &&
      heading_words(lines[starts.front()].text) ==
          std::vector<std::string>{"curriculum", "vitae"}) {
    layout.preamble_end = starts.size() > 1 ? starts[1] : lines.size();
  }
  for (std::size_t k = 0; k < starts.size(); ++k) {
    Section section;
    section.kind = kinds[k];
    section.heading = std::string(trim_chars(lines[starts[k]].text, " :"));
    section.heading_line = starts[k];
    section.begin = starts[k] + 1;
    section.end = k + 1 < starts.size() ? starts[k + 1] : lines.size();
    layout.sections.push_back(std::move(section));
  }
  return layout;
}

}  // namespace savant::indexer::detail
