// SPDX-License-Identifier: MIT
// DOCX to CV text: word/document.xml (and headers) walked with pugixml.
#include "indexer/readers/docx_reader.hpp"

#include "indexer/readers/markdown_writer.hpp"
#include "indexer/readers/zip_archive.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <vector>

namespace savant::indexer {
namespace {

using detail::BlockStyle;
using detail::MarkdownWriter;
using detail::Paragraph;
using detail::TableCell;
using detail::TableRow;

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Whitespace-only text matters: <w:t xml:space="preserve"> </w:t> is the space between words.
constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;

Error docx_error(const std::string& reason) { return Error(ErrorCategory::input, reason); }

std::string docx_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The prefix a part binds to the WordprocessingML namespace: "w" in practice,
// but the name is the document's choice.
std::string word_prefix(const pugi::xml_node& root) {
  for (const pugi::xml_attribute& attr : root.attributes()) {
    std::string_view name = attr.name();
    if (name.starts_with("xmlns:") && std::string_view(attr.value()) == kWordNamespace) {
      return std::string(name.substr(6));
    }
  }
  return "w";
}

// "w:b", "w:b w:val=1": on; "w:b w:val=0|false|off": off; absent: nothing said.
std::optional<bool> toggle(const pugi::xml_node& property, const std::string& val_name) {
  if (!property) return std::nullopt;
  std::string value = docx_lower(property.attribute(val_name.c_str()).value());
  return !(value == "0" || value == "false" || value == "off" || value == "none");
}

struct StyleInfo {
  std::string name;      ///< Lower-case display name ("heading 1").
  std::string based_on;  ///< Parent style id.
  int outline = -1;      ///< w:outlineLvl, 0-based; -1 if none.
  std::optional<bool> bold;
  std::optional<bool> caps;
  bool numbered = false;  ///< Its paragraph properties carry numbering (a list style).
};

class DocxParser {
 public:
  explicit DocxParser(const detail::ZipArchive& zip) : zip_(zip) {}

  std::string run() {
    std::optional<std::string> document = zip_.read("word/document.xml");
    if (!document) throw docx_error("not a Word document (no word/document.xml)");
    load_styles();
    std::vector<Paragraph> out;
    // Page headers often carry the name ("CV - Jane Doe"); each distinct line once.
    std::set<std::string> seen;
    for (int i = 1; i <= 3; ++i) {
      std::optional<std::string> header = zip_.read(fmt::format("word/header{}.xml", i));
      if (!header) continue;
      pugi::xml_document xml;
      if (!xml.load_buffer(header->data(), header->size(), kParse)) continue;
      std::vector<Paragraph> paragraphs;
      with_prefix(xml.document_element(), [&] { blocks(xml.document_element(), paragraphs); });
      for (Paragraph& p : paragraphs) {
        // A header's tabs part its left, centre and right zones ("CV<tab>Jane Doe").
        for (auto& run : p.runs) {
          if (run.first == "\t") run.first = detail::kCellBreak;
        }
        if (p.has_text() && seen.insert(p.text()).second) out.push_back(std::move(p));
      }
    }
    if (!out.empty()) out.emplace_back();

    pugi::xml_document xml;
    pugi::xml_parse_result parsed = xml.load_buffer(document->data(), document->size(), kParse);
    if (!parsed) {
      throw docx_error(fmt::format("damaged word/document.xml: {} at offset {}",
                                   parsed.description(), parsed.offset));
    }
    pugi::xml_node root = xml.document_element();
    with_prefix(root, [&] { blocks(root.child(q("body").c_str()), out); });
    detail::demote_misused_headings(out);
    MarkdownWriter writer;
    for (const Paragraph& p : out) writer.write(p);
    return writer.finish();
  }

 private:
  template <typename F>
  void with_prefix(const pugi::xml_node& root, F&& body) {
    std::string saved = prefix_;
    prefix_ = word_prefix(root) + ":";
    body();
    prefix_ = saved;
  }

  std::string q(std::string_view local) const { return prefix_ + std::string(local); }
  bool is(const pugi::xml_node& node, std::string_view local) const {
    std::string_view name = node.name();
    return name.size() == prefix_.size() + local.size() && name.starts_with(prefix_) &&
           name.substr(prefix_.size()) == local;
  }
  std::string val(const pugi::xml_node& node) const {
    return node.attribute(q("val").c_str()).value();
  }

  void load_styles() {
    std::optional<std::string> styles = zip_.read("word/styles.xml");
    if (!styles) return;
    pugi::xml_document xml;
    if (!xml.load_buffer(styles->data(), styles->size(), kParse)) return;
    pugi::xml_node root = xml.document_element();
    with_prefix(root, [&] {
      for (pugi::xml_node style : root.children()) {
        if (!is(style, "style")) continue;
        StyleInfo info;
        info.name = docx_lower(val(style.child(q("name").c_str())));
        info.based_on = val(style.child(q("basedOn").c_str()));
        pugi::xml_node ppr = style.child(q("pPr").c_str());
        if (pugi::xml_node level = ppr.child(q("outlineLvl").c_str())) {
          info.outline = std::atoi(val(level).c_str());
        }
        info.numbered = static_cast<bool>(ppr.child(q("numPr").c_str()));
        pugi::xml_node rpr = style.child(q("rPr").c_str());
        info.bold = toggle(rpr.child(q("b").c_str()), q("val"));
        info.caps = toggle(rpr.child(q("caps").c_str()), q("val"));
        if (!info.caps) info.caps = toggle(rpr.child(q("smallCaps").c_str()), q("val"));
        styles_[style.attribute(q("styleId").c_str()).value()] = info;
      }
    });
  }

  // Follows a style's basedOn chain (bounded: documents can loop) until `get` answers.
  template <typename T, typename F>
  std::optional<T> inherited(std::string id, F&& get) const {
    for (int hops = 0; hops < 10 && !id.empty(); ++hops) {
      auto it = styles_.find(id);
      if (it == styles_.end()) break;
      if (std::optional<T> answer = get(it->second)) return answer;
      id = it->second.based_on;
    }
    return std::nullopt;
  }

  int heading_level(const std::string& style_id) const {
    std::optional<int> level =
        inherited<int>(style_id, [](const StyleInfo& s) -> std::optional<int> {
          if (s.name == "title") return 1;
          if (s.name.starts_with("heading ") && s.name.size() == 9 && s.name[8] >= '1' &&
              s.name[8] <= '9') {
            return s.name[8] - '0';
          }
          if (s.outline >= 0 && s.outline < 9) return s.outline + 1;
          return std::nullopt;
        });
    if (!level) {
      // Styles without a styles.xml entry: the built-in ids.
      std::string id = docx_lower(style_id);
      if (id == "title") return 1;
      if (id.starts_with("heading") && id.size() == 8 &&
          std::isdigit(static_cast<unsigned char>(id[7]))) {
        return id[7] - '0';
      }
      return 0;
    }
    return std::min(*level, 6);
  }

  // Block content of a body, cell, text box or content control.
  void blocks(const pugi::xml_node& parent, std::vector<Paragraph>& out) {
    for (pugi::xml_node node : parent.children()) {
      if (is(node, "p")) {
        paragraph(node, out);
      } else if (is(node, "tbl")) {
        table(node, out);
      } else if (is(node, "sdt")) {
        blocks(node.child(q("sdtContent").c_str()), out);
      } else if (is(node, "customXml") || is(node, "ins") || is(node, "moveTo")) {
        blocks(node, out);
      } else if (std::string_view(node.name()) == "mc:AlternateContent") {
        blocks(node.child("mc:Choice") ? node.child("mc:Choice") : node.child("mc:Fallback"), out);
      }
    }
  }

  void table(const pugi::xml_node& tbl, std::vector<Paragraph>& out) {
    std::vector<TableRow> rows;
    for (pugi::xml_node tr : tbl.children()) {
      if (!is(tr, "tr")) continue;
      TableRow row;
      for (pugi::xml_node tc : tr.children()) {
        pugi::xml_node cell = tc;
        if (is(tc, "sdt")) cell = tc.child(q("sdtContent").c_str()).child(q("tc").c_str());
        if (!is(cell, "tc")) continue;
        // A vertically merged cell's continuation repeats nothing; its first part has the text.
        pugi::xml_node merge = cell.child(q("tcPr").c_str()).child(q("vMerge").c_str());
        if (merge && val(merge) != "restart") continue;
        TableCell content;
        blocks(cell, content);
        row.push_back(std::move(content));
      }
      rows.push_back(std::move(row));
    }
    for (Paragraph& p : detail::flatten_table(rows)) out.push_back(std::move(p));
  }

  void paragraph(const pugi::xml_node& p, std::vector<Paragraph>& out) {
    Paragraph para;
    pugi::xml_node ppr = p.child(q("pPr").c_str());
    std::string style_id = val(ppr.child(q("pStyle").c_str()));
    para.style.heading_level = heading_level(style_id);
    if (pugi::xml_node level = ppr.child(q("outlineLvl").c_str())) {
      int outline = std::atoi(val(level).c_str());
      if (outline >= 0 && outline < 6) para.style.heading_level = outline + 1;
    }
    pugi::xml_node num = ppr.child(q("numPr").c_str());
    bool numbered = num ? val(num.child(q("numId").c_str())) != "0"
                        : inherited<bool>(style_id, [](const StyleInfo& s) {
                            return s.numbered ? std::optional<bool>(true) : std::nullopt;
                          }).value_or(false);
    if (numbered && para.style.heading_level == 0) {
      para.style.bullet_depth =
          std::clamp(std::atoi(val(num.child(q("ilvl").c_str())).c_str()), 0, 8);
    }
    bool style_bold =
        inherited<bool>(style_id, [](const StyleInfo& s) { return s.bold; }).value_or(false);
    std::vector<Paragraph> floating;  // text boxes anchored in this paragraph
    std::optional<bool> style_caps =
        inherited<bool>(style_id, [](const StyleInfo& s) { return s.caps; });
    inline_content(p, style_bold, style_caps, para, floating);
    out.push_back(std::move(para));
    for (Paragraph& f : floating) out.push_back(std::move(f));
  }

  void inline_content(const pugi::xml_node& parent, bool style_bold, std::optional<bool> style_caps,
                      Paragraph& para, std::vector<Paragraph>& floating) {
    for (pugi::xml_node node : parent.children()) {
      if (is(node, "r")) {
        run(node, style_bold, style_caps, para, floating);
      } else if (is(node, "hyperlink") || is(node, "ins") || is(node, "smartTag") ||
                 is(node, "fldSimple") || is(node, "customXml") || is(node, "moveTo")) {
        inline_content(node, style_bold, style_caps, para, floating);
      } else if (is(node, "sdt")) {
        inline_content(node.child(q("sdtContent").c_str()), style_bold, style_caps, para, floating);
      } else if (std::string_view(node.name()) == "mc:AlternateContent") {
        pugi::xml_node choice = node.child("mc:Choice");
        inline_content(choice ? choice : node.child("mc:Fallback"), style_bold, style_caps, para,
                       floating);
      }
    }
  }

  void run(const pugi::xml_node& r, bool style_bold, std::optional<bool> style_caps,
           Paragraph& para, std::vector<Paragraph>& floating) {
    pugi::xml_node rpr = r.child(q("rPr").c_str());
    if (toggle(rpr.child(q("vanish").c_str()), q("val")).value_or(false)) return;  // hidden text
    std::optional<bool> bold = toggle(rpr.child(q("b").c_str()), q("val"));
    if (!bold) {
      bold = inherited<bool>(val(rpr.child(q("rStyle").c_str())),
                             [](const StyleInfo& s) { return s.bold; });
    }
    const bool is_bold = bold.value_or(style_bold);
    // Capitals set by formatting ("EDUCATION" typed as "Education") read as capitals.
    std::optional<bool> caps = toggle(rpr.child(q("caps").c_str()), q("val"));
    if (!caps) caps = toggle(rpr.child(q("smallCaps").c_str()), q("val"));
    if (!caps) {
      caps = inherited<bool>(val(rpr.child(q("rStyle").c_str())),
                             [](const StyleInfo& s) { return s.caps; });
    }
    if (!caps) caps = style_caps;
    for (pugi::xml_node node : r.children()) {
      std::string text;
      if (is(node, "t")) {
        text = node.text().get();
        if (caps.value_or(false)) {
          std::transform(text.begin(), text.end(), text.begin(),
                         [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        }
      } else if (is(node, "tab") || is(node, "ptab")) {
        text = "\t";
      } else if (is(node, "br") || is(node, "cr")) {
        text = "\n";
      } else if (is(node, "noBreakHyphen")) {
        text = "-";
      } else {
        text_boxes(node, floating);
        continue;
      }
      // A run of spaces sets text apart like a table's cells ("Jane Doe<33
      // spaces>jane@x.org"): " | ", as the extractor separates fields.
      std::size_t wide = text.find("   ");
      while (wide != std::string::npos) {
        std::size_t end = text.find_first_not_of(' ', wide);
        para.runs.emplace_back(text.substr(0, wide), is_bold);
        para.runs.emplace_back(detail::kCellBreak, false);
        text = end == std::string::npos ? "" : text.substr(end);
        wide = text.find("   ");
      }
      para.runs.emplace_back(std::move(text), is_bold);
    }
  }

  // Drawings and shapes hold text boxes (the sidebars of designed CVs). Of an
  // mc:AlternateContent only the first choice counts: the fallback repeats it.
  void text_boxes(const pugi::xml_node& node, std::vector<Paragraph>& floating) {
    if (std::string_view(node.name()) == "mc:AlternateContent") {
      pugi::xml_node choice = node.child("mc:Choice");
      text_boxes(choice ? choice : node.child("mc:Fallback"), floating);
      return;
    }
    if (is(node, "txbxContent")) {
      blocks(node, floating);
      return;
    }
    for (pugi::xml_node child : node.children()) text_boxes(child, floating);
  }

  const detail::ZipArchive& zip_;
  std::map<std::string, StyleInfo> styles_;
  std::string prefix_ = "w:";
};

Error docx_input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

}  // namespace

std::string docx_to_text(std::string_view bytes) {
  detail::ZipArchive zip(bytes);
  return DocxParser(zip).run();
}

DocumentRecord read_docx(const ReaderInput& input) {
  std::string text;
  try {
    text = schema::normalize_text(docx_to_text(input.bytes));
  } catch (const Error& e) {
    throw docx_input_error(input.path, e.what());
  }
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    throw docx_input_error(input.path, "Word document without text");
  }
  return extract_cv(text, input.context);
}

}  // namespace savant::indexer
