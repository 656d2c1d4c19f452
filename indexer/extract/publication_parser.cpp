// SPDX-License-Identifier: MIT
// Reads publication entries: title, authors, venue, year, role and status.
#include "indexer/extract/publication_parser.hpp"

#include "indexer/extract/authors.hpp"
#include "indexer/extract/dates.hpp"
#include "indexer/extract/publication_status.hpp"
#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <vector>

namespace savant::indexer::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Longer lines are abstracts or descriptions, never venue or title lines.
constexpr std::size_t kMaxMetaWords = 40;

// Longer "titles" are paragraphs that happened to come first.
constexpr std::size_t kMaxTitleWords = 30;

// What a line of an entry is.
enum class LineKind { other, role, status, date, author, description };

struct VenueHit {
  const schema::Venue* venue = nullptr;
  std::size_t begin = npos;
  std::size_t end = npos;
};

VenueHit find_venue(std::string_view text, const schema::VenueTable& venues) {
  VenueHit hit;
  hit.venue = venues.identify(text);
  if (hit.venue != nullptr) std::tie(hit.begin, hit.end) = venues.locate(text);
  if (hit.begin == npos || hit.end == npos || hit.end > text.size()) hit = {};
  return hit;
}

// Whether the venue mention ends `text`: after it only years, punctuation and
// at most two short words ("Oral", "Workshop"), and a title stands before it.
bool at_tail(std::string_view text, const VenueHit& hit) {
  if (hit.venue == nullptr || split_words(text.substr(0, hit.begin)).size() < 2) return false;
  std::string after(text.substr(hit.end));
  std::vector<YearHit> years = find_years(after);
  for (auto it = years.rbegin(); it != years.rend(); ++it) after.erase(it->begin, 4);
  for (char& c : after) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = ' ';
  }
  return split_words(after).size() <= 2;
}

// The year in `text` closest to the byte range [begin, end), or 0.
// "WACV'22", "NeurIPS'2020", "ICVGIP '18": a year glued to the venue by an
// apostrophe; two digits are this century's unless that is in the future.
int apostrophe_year(std::string_view text, std::size_t venue_end) {
  std::size_t at = venue_end;
  if (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != '\'') return 0;
  std::size_t digits = 0;
  while (at + 1 + digits < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[at + 1 + digits]))) {
    ++digits;
  }
  if (digits != 2) return 0;  // four digits are found as years anyway
  const int yy = (text[at + 1] - '0') * 10 + (text[at + 2] - '0');
  return yy <= 40 ? 2000 + yy : 1900 + yy;
}

int year_near(std::string_view text, std::size_t begin, std::size_t end) {
  if (int glued = apostrophe_year(text, end)) return glued;
  int best = 0;
  std::size_t best_distance = npos;
  for (const YearHit& hit : find_years(text)) {
    std::size_t distance = hit.end <= begin   ? begin - hit.end
                           : hit.begin >= end ? hit.begin - end
                                              : 0;
    if (distance < best_distance) {
      best_distance = distance;
      best = hit.year;
    }
  }
  return best;
}

int first_year(std::string_view text) {
  std::vector<YearHit> years = find_years(text);
  return years.empty() ? 0 : years.front().year;
}

// A trailing year: "Title, 2024", "Title (2024)".
std::string_view without_trailing_year(std::string_view text) {
  std::string_view t = trim_chars(text, " .,;:)(]");
  std::vector<YearHit> years = find_years(t);
  if (!years.empty() && years.back().end == t.size() && years.back().begin > 0) {
    return trim_chars(t.substr(0, years.back().begin), " .,;:([-");
  }
  return text;
}

std::pair<std::string, std::string> split_citation_body(std::string_view rest);

// The title at the start of a citation's remainder: "Title. Venue 2020." or "\"Title,\" Venue".
std::pair<std::string, std::string> split_citation(std::string_view rest) {
  rest = trim(rest);
  // "(2024) Title. Venue" / "(2024). Title": the year belongs to the venue part.
  std::string year;
  if (rest.size() >= 6 && rest[0] == '(' && rest[5] == ')' &&
      !find_years(rest.substr(0, 6)).empty()) {
    year = std::string(rest.substr(1, 4));
    rest = trim_chars(rest.substr(6), " .,:");
  }
  auto [title, venue] = split_citation_body(rest);
  if (!year.empty()) venue += " " + year;
  return {title, venue};
}

std::pair<std::string, std::string> split_citation_body(std::string_view rest) {
  if (!rest.empty() && rest.front() == '"') {
    std::size_t close = rest.find('"', 1);
    if (close != npos) {
      return {std::string(trim_chars(rest.substr(1, close - 1), " ,.")),
              std::string(trim(rest.substr(close + 1)))};
    }
  }
  for (std::size_t i = 1; i + 1 < rest.size(); ++i) {
    if (rest[i] != '.' || rest[i + 1] != ' ') continue;
    std::size_t word_start = rest.rfind(' ', i);
    word_start = word_start == npos ? 0 : word_start + 1;
    if (i - word_start >= 2) {
      return {std::string(rest.substr(0, i)), std::string(trim(rest.substr(i + 1)))};
    }
  }
  return {std::string(rest), {}};
}

// A link whose label is a title: "[Title](url)" or "<a href=...>Title</a>".
struct TitleLink {
  std::string label;
  std::string before;  // content before the link
  std::string after;   // content after it
};

std::optional<TitleLink> find_title_link(std::string_view content) {
  for (std::size_t open = content.find_first_of("[<"); open != npos;
       open = content.find_first_of("[<", open + 1)) {
    std::size_t label_begin = npos;
    std::size_t label_end = npos;
    std::size_t end = npos;
    if (content[open] == '[') {
      std::size_t close = content.find(']', open);
      if (close == npos || close + 1 >= content.size() || content[close + 1] != '(') continue;
      std::size_t paren = content.find(')', close + 2);
      if (paren == npos) continue;
      label_begin = open + 1;
      label_end = close;
      end = paren + 1;
    } else {
      if (content.compare(open, 3, "<a ") != 0 && content.compare(open, 3, "<a>") != 0) continue;
      std::size_t tag_end = content.find('>', open);
      std::size_t close = tag_end == npos ? npos : ifind(content, "</a>", tag_end);
      if (close == npos) continue;
      label_begin = tag_end + 1;
      label_end = close;
      end = close + 4;
    }
    std::string label = clean_inline(content.substr(label_begin, label_end - label_begin));
    if (split_words(label).size() >= 3 && !is_link_label(label)) {
      return TitleLink{label, std::string(content.substr(0, open)),
                       std::string(content.substr(end))};
    }
  }
  return std::nullopt;
}

// "PixGS", "CG-NeRF", "UniCaMo", "SyzScope": a coined system name, which a
// project card or a home page uses as the paper's title. Capitals after the
// first letter and lower-case letters both, so neither a plain word
// ("Abstract") nor an acronym ("ICML") passes.
bool coined_name(std::string_view word) {
  if (count_letters(word) < 4) return false;
  bool inner_upper = false;
  bool lower = false;
  for (std::size_t i = 1; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    inner_upper = inner_upper || std::isupper(c) != 0;
    lower = lower || std::islower(c) != 0;
  }
  return inner_upper && lower && std::islower(static_cast<unsigned char>(word[0])) == 0;
}

bool usable_title(std::string_view raw, std::string_view title, const schema::VenueTable& venues) {
  std::string_view r = trim(raw);
  if (!r.empty() && r.back() == ':') return false;  // "Full Publication List:" labels a link
  if (ifind(title, "http") != npos || ifind(title, "www.") != npos) return false;
  // "DOI | Paper | Supplementary Materials": a row of link buttons.
  std::string unpiped(title);
  std::replace(unpiped.begin(), unpiped.end(), '|', ' ');
  if (is_link_label(unpiped) || contains_word(title, "Supplementary Materials")) return false;
  std::vector<std::string_view> words = split_words(title);
  if (words.size() == 1 && coined_name(words[0]) && venues.identify(title) == nullptr) return true;
  if (words.size() < 2 || words.size() > kMaxTitleWords || count_letters(title) < 4) return false;
  // "During my Master's, I investigated ...": prose about the work, not a title.
  bool first_person = contains_word(title, "I") || contains_word(title, "my") ||
                      contains_word(title, "I'm") || contains_word(title, "I've");
  return !(first_person && words.size() > 8);
}

}  // namespace

EntryRules publication_entry_rules(const schema::VenueTable& venues) {
  EntryRules rules;
  rules.drop_intro = true;
  rules.group_labels = true;
  // Scraped profile lists glue type, year and venue into one token above each title.
  rules.leads_entry = [](const Line& line) {
    if (line.is_bullet() || line.is_heading()) return false;
    auto list = parse_author_list(line.content, {});
    return list && list->rest.size() < 8;
  };
  rules.is_marker = [](const Line& line) {
    return !line.is_bullet() && unglue(line.text) != trim(line.text) && is_status_line(line.text);
  };
  rules.is_dated = [&venues](const Line& line) {
    return venues.identify(line.text) != nullptr || !find_years(strip_urls(line.text)).empty();
  };
  rules.opens_entry = [&venues](const Line& line, std::span<const Line> open) {
    if (parse_role_line(line.text) || is_status_line(line.text) || is_date_line(line.text)) {
      return false;
    }
    // A bare author line continues its entry; a citation that opens with authors starts one.
    if (auto list = parse_author_list(line.content, {}); list && list->rest.size() < 8)
      return false;
    if (venues.identify(line.text) != nullptr && split_words(line.text).size() <= 6) return false;
    auto dated = [&](std::span<const Line> part) {
      return std::any_of(part.begin(), part.end(), [&](const Line& l) {
        return venues.identify(l.text) != nullptr || !find_years(strip_urls(l.text)).empty();
      });
    };
    auto list = parse_author_list(line.content, {});
    bool citation = list && list->rest.size() >= 8;
    if (list && !citation) {
      // A bare author line opens the next entry only after a complete one
      // (authors above the title: "Authors / Title / Venue, 2025"); under a
      // title it continues the entry ("Title, 2020 / Authors").
      if (open.empty()) return false;
      auto first = parse_author_list(open.front().content, {});
      return dated(open.subspan(1)) || (first && first->rest.size() >= 8);
    }
    // The open entry is complete once it has named a venue or a year.
    return dated(open);
  };
  return rules;
}

std::string clean_title(std::string_view text, const schema::VenueTable& venues) {
  return split_title(text, venues).title;
}

TitleSplit split_title(std::string_view text, const schema::VenueTable& venues) {
  TitleSplit split;
  std::string s = clean_inline(text);
  // A leading tag: "[P.1]", "[CCF-A (SIGMOD)]".
  if (!s.empty() && s.front() == '[') {
    std::size_t close = s.find(']');
    if (close != std::string::npos && close <= 24)
      s = std::string(trim(std::string_view(s).substr(close + 1)));
  }
  // A quoted title opens the entry: "\"Title,\" with A. Coauthor, Journal (6:3) 2011: 1-9".
  if (s.size() > 2 && s.front() == '"') {
    std::size_t close = s.find('"', 1);
    if (close != std::string::npos &&
        split_words(std::string_view(s).substr(1, close)).size() >= 2) {
      split.title = std::string(trim_chars(std::string_view(s).substr(1, close - 1), " .,;:"));
      split.tail = std::string(trim_chars(std::string_view(s).substr(close + 1), " .,;:"));
      return split;
    }
  }
  VenueHit hit = find_venue(s, venues);
  std::size_t cut = at_tail(s, hit) ? hit.begin : s.size();
  std::string_view view = std::string_view(s).substr(0, cut);
  std::string_view bare = without_trailing_year(view);
  if (bare.size() < view.size()) cut = bare.size();
  view = trim_chars(std::string_view(s).substr(0, cut), " .,;:-|(");
  // "Title. Advances in" / "Title. Under review": a short last sentence is no part of the title.
  std::size_t stop = view.rfind(". ");
  if (stop != npos && split_words(view.substr(stop + 2)).size() <= 4 &&
      split_words(view.substr(0, stop)).size() >= 2) {
    view = view.substr(0, stop);
  }
  split.tail = std::string(trim(std::string_view(s).substr(view.size())));
  // Quoted titles: "\"Title,\"" and typographic quotes already made ASCII by the normaliser.
  view = trim_chars(view, " .,;:-|");
  if (view.size() >= 2 && view.front() == '"' && view.back() == '"') {
    view = trim_chars(view.substr(1, view.size() - 2), " ,.");
  }
  split.title = std::string(trim_chars(view, " .,;:-|\""));
  return split;
}

std::optional<Evidence> parse_publication(std::span<const Line> entry,
                                          const PublicationContext& context) {
  const std::size_t n = entry.size();
  if (n == 0) return std::nullopt;
  const Line& head = entry[0];

  std::vector<LineKind> kinds(n, LineKind::other);
  std::optional<AuthorRole> stated_role;
  std::optional<AuthorList> authors;
  std::size_t author_at = npos;
  for (std::size_t i = 0; i < n; ++i) {
    const Line& line = entry[i];
    if (std::optional<AuthorRole> role = parse_role_line(line.text)) {
      kinds[i] = LineKind::role;
      if (!stated_role) stated_role = role;
      continue;
    }
    if (is_status_line(line.text)) {
      kinds[i] = LineKind::status;
      continue;
    }
    if (is_date_line(line.text)) {
      kinds[i] = LineKind::date;
      continue;
    }
    // Bullets under a bare or heading title describe the work; so do long paragraphs.
    bool described =
        i > 0 && line.is_bullet() && (!head.is_bullet() || line.bullet_depth <= head.bullet_depth);
    if (!described && !authors) {
      if (std::optional<AuthorList> list = parse_author_list(line.content, context.owner)) {
        authors = std::move(list);
        author_at = i;
        kinds[i] = LineKind::author;
        continue;
      }
    }
    // A long first line that opens with a linked title ("- [NeurIPS'2022]
    // [Title.](url) We studied ...") is the entry itself, described in place.
    if (described || (split_words(line.text).size() > kMaxMetaWords &&
                      !(i == 0 && find_title_link(line.content).has_value()))) {
      kinds[i] = LineKind::description;
    }
  }

  // The title: the line just above the authors, else the first plain line;
  // a citation that opens with its authors carries the title after them.
  std::size_t first_other = npos;
  for (std::size_t i = 0; i < n && first_other == npos; ++i) {
    if (kinds[i] == LineKind::other) first_other = i;
  }
  std::size_t title_at = npos;
  bool title_in_citation = false;
  if (authors && author_at > 0 && kinds[author_at - 1] == LineKind::other) {
    title_at = author_at - 1;
  } else if (first_other != npos && (!authors || first_other < author_at)) {
    title_at = first_other;
  } else if (authors && !authors->rest.empty()) {
    title_at = author_at;
    title_in_citation = true;
  } else if (first_other != npos) {
    title_at = first_other;
  }
  if (title_at == npos) return std::nullopt;

  Evidence evidence;
  evidence.kind = EvidenceKind::publication;
  std::string citation_rest;
  std::string raw_title;
  // "`AAAI 2026` [Title](url), A. Author, B. Author": the link's label is the title,
  // what stands around it names venue and authors.
  std::string link_context;
  if (title_in_citation) {
    auto [title, rest] = split_citation(clean_inline(authors->rest));
    raw_title = title;
    citation_rest = rest;
  } else if (std::optional<TitleLink> link = find_title_link(entry[title_at].content)) {
    raw_title = link->label;
    link_context = clean_inline(link->before) + " " + clean_inline(link->after);
    if (!authors) {
      std::string_view after = trim_chars(link->after, " ,.;:-");
      if (std::optional<AuthorList> list = parse_author_list(after, context.owner)) {
        authors = std::move(list);
        link_context = clean_inline(link->before) + " " + clean_inline(authors->rest);
      }
    }
  } else {
    raw_title = entry[title_at].text;
  }
  evidence.title = clean_title(raw_title, context.venues);
  if (!usable_title(raw_title, evidence.title, context.venues)) return std::nullopt;

  // Lines that may name venue, year and status, in document order.
  std::vector<std::string> meta;
  std::vector<std::string> text;
  for (std::size_t i = 0; i < n; ++i) {
    const Line& line = entry[i];
    std::string clean = strip_urls(line.text);
    switch (kinds[i]) {
      case LineKind::role:
        break;
      case LineKind::status:
        meta.push_back(unglue(clean));
        break;
      case LineKind::date:
        meta.push_back(clean);
        break;
      case LineKind::author:
        if (title_in_citation) {
          meta.push_back(strip_urls(citation_rest));
        } else if (!authors->rest.empty()) {
          meta.push_back(strip_urls(clean_inline(authors->rest)));
        }
        break;
      case LineKind::description:
        text.push_back(line.text);
        break;
      case LineKind::other:
        if (i == title_at && !link_context.empty()) {
          meta.push_back(strip_urls(link_context));
        } else if (i == title_at) {
          // "Title. NeurIPS 2023", "Title, 2024", "Title. Under review": the tail is the entry's.
          std::string tail = split_title(clean, context.venues).tail;
          if (!tail.empty()) meta.push_back(tail);
        } else if (i > title_at &&
                   (find_venue(clean, context.venues).venue != nullptr || first_year(clean) != 0 ||
                    status_from_words(clean) != PublicationStatus::unknown)) {
          meta.push_back(clean);
        } else {
          text.push_back(line.text);
        }
        break;
    }
  }

  const schema::Venue* venue = nullptr;
  for (const std::string& m : meta) {
    VenueHit hit = find_venue(m, context.venues);
    if (hit.venue == nullptr) continue;
    venue = hit.venue;
    evidence.year = year_near(m, hit.begin, hit.end);
    break;
  }
  for (std::size_t k = 0; k < meta.size() && evidence.year == 0; ++k) {
    evidence.year = first_year(meta[k]);
  }
  if (venue != nullptr) evidence.venue = venue->id;

  PublicationStatus stated = status_from_words(join(meta, "\n"));
  if (stated == PublicationStatus::under_review) {
    evidence.status = stated;
  } else if (venue != nullptr) {
    evidence.status =
        venue->kind == "preprint" ? PublicationStatus::preprint : PublicationStatus::published;
  } else {
    evidence.status = stated;
  }

  if (authors) {
    evidence.authors = authors->names;
    evidence.role = role_in_list(*authors, find_owner(*authors, context.owner));
  }
  if (stated_role) evidence.role = *stated_role;
  evidence.text = join(text, "\n");
  return evidence;
}

}  // namespace savant::indexer::detail
