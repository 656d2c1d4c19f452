// SPDX-License-Identifier: MIT
#include "bench/generator/formats.hpp"

#include <fmt/format.h>

namespace savant::bench {
namespace {

std::string escaped_html(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escaped_json(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string span(int from, int to) {
  return to == 0 ? fmt::format("{} – Present", from) : fmt::format("{} – {}", from, to);
}

void add_meta(RenderedFile& file, const Vocabulary& v, const Researcher& r) {
  for (const Publication& p : r.publications) {
    if (!file.venues.empty()) file.venues += ' ';
    file.venues += v.venues[p.venue].id;
    if (!file.years.empty()) file.years += ' ';
    file.years += std::to_string(p.year);
  }
}

std::string markdown_publications(const Vocabulary& v, const Researcher& r) {
  std::string out = "## Publications\n\n";
  for (const Publication& p : r.publications) {
    fmt::format_to(std::back_inserter(out), "### {}\n\n{} {}\n\n*{}*\n\n{}\n\n", p.title,
                   v.venues[p.venue].id, p.year, p.first_author ? "First Author" : "Co-Author",
                   joined(p.authors, ", "));
    if (!p.abstract.empty()) out += "- " + p.abstract + "\n\n";
  }
  return out;
}

std::string markdown_cv(const Vocabulary& v, const Researcher& r) {
  std::string out = fmt::format("# {} {}\n\n{}\n\n{}\n\n## Summary\n\n{}\n\n## Education\n\n",
                                r.given, r.family, r.email, r.institution, r.summary);
  for (const Degree& d : r.degrees) {
    fmt::format_to(std::back_inserter(out), "### {}\n\n*{}*\n\n{}\n\n", d.institution, d.degree,
                   span(d.from, d.to));
  }
  out += "## Experience\n\n";
  for (const Job& j : r.jobs) {
    fmt::format_to(std::back_inserter(out), "### {}\n\n*{}*\n\n{}\n\n- {}\n\n", j.organisation,
                   j.position, span(j.from, j.to), j.summary);
  }
  out += markdown_publications(v, r);
  out += "## Skills\n\n" + joined(r.skills, ", ") + "\n";
  return out;
}

std::string html_publications(const Vocabulary& v, const Researcher& r) {
  std::string out = "<h2>Publications</h2>\n<ul>\n";
  for (const Publication& p : r.publications) {
    fmt::format_to(std::back_inserter(out), "<li><b>{}</b><br>{}<br><i>{} {}</i>{}</li>\n",
                   escaped_html(p.title), escaped_html(joined(p.authors, ", ")),
                   escaped_html(v.venues[p.venue].id), p.year,
                   p.abstract.empty() ? "" : "<br>" + escaped_html(p.abstract));
  }
  return out + "</ul>\n";
}

std::string html_cv(const Vocabulary& v, const Researcher& r) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{0} {1}</title></head>\n"
      "<body>\n<nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav>\n<main>\n"
      "<h1>{0} {1}</h1>\n<p>{2}<br>{3}</p>\n<h2>About</h2>\n<p>{4}</p>\n<h2>Education</h2>\n<ul>\n",
      r.given, r.family, r.email, escaped_html(r.institution), escaped_html(r.summary));
  for (const Degree& d : r.degrees) {
    fmt::format_to(std::back_inserter(out), "<li>{}, {}, {}</li>\n", escaped_html(d.degree),
                   escaped_html(d.institution), span(d.from, d.to));
  }
  out += "</ul>\n<h2>Experience</h2>\n<ul>\n";
  for (const Job& j : r.jobs) {
    fmt::format_to(std::back_inserter(out), "<li><b>{}</b>, {}, {}. {}</li>\n",
                   escaped_html(j.position), escaped_html(j.organisation), span(j.from, j.to),
                   escaped_html(j.summary));
  }
  out += "</ul>\n" + html_publications(v, r);
  out += "<h2>Skills</h2>\n<p>" + escaped_html(joined(r.skills, ", ")) + "</p>\n";
  return out + "</main>\n<footer>&copy; 2025</footer>\n</body></html>\n";
}

std::string json_resume(const Vocabulary& v, const Researcher& r) {
  std::string out = fmt::format(
      "{{\n  \"basics\": {{\n    \"name\": {},\n    \"email\": {},\n    \"summary\": {}\n  }},\n"
      "  \"work\": [\n",
      escaped_json(r.given + ' ' + r.family), escaped_json(r.email), escaped_json(r.summary));
  for (std::size_t i = 0; i < r.jobs.size(); ++i) {
    const Job& j = r.jobs[i];
    fmt::format_to(std::back_inserter(out),
                   "    {{\"name\": {}, \"position\": {}, \"startDate\": \"{}-09\", "
                   "\"endDate\": {}, \"summary\": {}}}{}\n",
                   escaped_json(j.organisation), escaped_json(j.position), j.from,
                   j.to == 0 ? std::string("\"\"") : fmt::format("\"{}-08\"", j.to),
                   escaped_json(j.summary), i + 1 < r.jobs.size() ? "," : "");
  }
  out += "  ],\n  \"education\": [\n";
  for (std::size_t i = 0; i < r.degrees.size(); ++i) {
    const Degree& d = r.degrees[i];
    fmt::format_to(std::back_inserter(out),
                   "    {{\"institution\": {}, \"studyType\": {}, \"startDate\": \"{}\", "
                   "\"endDate\": \"{}\"}}{}\n",
                   escaped_json(d.institution), escaped_json(d.degree), d.from, d.to,
                   i + 1 < r.degrees.size() ? "," : "");
  }
  out += "  ],\n  \"publications\": [\n";
  for (std::size_t i = 0; i < r.publications.size(); ++i) {
    const Publication& p = r.publications[i];
    fmt::format_to(std::back_inserter(out),
                   "    {{\"name\": {}, \"publisher\": {}, \"releaseDate\": \"{}\", "
                   "\"summary\": {}}}{}\n",
                   escaped_json(p.title), escaped_json(v.venues[p.venue].label), p.year,
                   escaped_json(p.abstract), i + 1 < r.publications.size() ? "," : "");
  }
  out += "  ],\n  \"skills\": [\n";
  for (std::size_t i = 0; i < r.skills.size(); ++i) {
    fmt::format_to(std::back_inserter(out), "    {{\"name\": {}}}{}\n", escaped_json(r.skills[i]),
                   i + 1 < r.skills.size() ? "," : "");
  }
  return out + "  ]\n}\n";
}

std::string bibtex(const Vocabulary& v, const Researcher& r) {
  std::string out;
  for (std::size_t i = 0; i < r.publications.size(); ++i) {
    const Publication& p = r.publications[i];
    const VenueName& venue = v.venues[p.venue];
    fmt::format_to(std::back_inserter(out),
                   "@{}{{{}{}{},\n  title = {{{}}},\n  author = {{{}}},\n  {} = {{{}}},\n"
                   "  year = {{{}}},\n",
                   venue.journal ? "article" : "inproceedings", r.slug, p.year, i, p.title,
                   joined(p.authors, " and "), venue.journal ? "journal" : "booktitle",
                   venue.label, p.year);
    if (!p.abstract.empty()) out += "  abstract = {" + p.abstract + "},\n";
    out += "}\n\n";
  }
  return out;
}

}  // namespace

RenderedFile render(const Vocabulary& v, const Researcher& r, std::size_t index) {
  RenderedFile file;
  const Format format = r.files[index];
  const bool cv = index == 0;
  switch (format) {
    case Format::markdown:
      file.name = r.slug + (cv ? "__cv.md" : "__publications.md");
      file.content = cv ? markdown_cv(v, r)
                        : fmt::format("# {} {}\n\n", r.given, r.family) + markdown_publications(v, r);
      break;
    case Format::html:
      file.name = r.slug + (cv ? "__index.html" : "__publications.html");
      file.content = cv ? html_cv(v, r)
                        : fmt::format("<html><body><h1>{} {}</h1>\n", r.given, r.family) +
                              html_publications(v, r) + "</body></html>\n";
      break;
    case Format::json_resume:
      file.name = r.slug + "__resume.json";
      file.content = json_resume(v, r);
      break;
    case Format::bibtex:
      file.name = r.slug + "__papers.bib";
      file.content = bibtex(v, r);
      break;
  }
  add_meta(file, v, r);
  return file;
}

}  // namespace savant::bench
