// SPDX-License-Identifier: MIT
// What the readers of structured formats (BibTeX, JSON, YAML, Markdown front
// matter) share: author names, the file's owner, and publication evidence
// built from fields rather than from lines of prose.
#pragma once

#include "schema/venues.hpp"
#include <savant/records.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::structured {

/// One author of a publication, as a structured source gives it.
struct AuthorName {
  std::string first;        ///< Given names or initials ("Boqi", "A. D."); may be empty.
  std::string last;         ///< Family name with particles ("van der Berg").
  std::string display;      ///< "First Last", clean text.
  bool marked = false;      ///< Carries an equal-contribution mark (*, †, ‡, #, §).
  bool emphasised = false;  ///< Set in bold or underlined: sites mark their owner so.
};

/// Parses a plain-text name in any of the shapes publication lists use:
/// "Boqi Chen", "Chen, Boqi", "Chen, B.", "B. Chen", "Dean KM" (PubMed),
/// with bold or underline markup (`**x**`, `<b>x</b>`, `<u><strong>x</strong></u>`)
/// and equal-contribution marks (`Name*`, `Name<sup>✱</sup>`, `Name†`) noted and
/// removed. Empty `display` when nothing name-like is left.
AuthorName parse_author(std::string_view text);

/// Splits an author string ("A, B and C", "A; B; C", "A, B, & C") into names.
/// "Last, First" pairs are kept together when the whole list is written that
/// way ("Chen, Boqi, Smith, John" is ambiguous and read as four names only
/// when every piece is one word). "et al." and "others" are dropped.
std::vector<AuthorName> parse_author_list(std::string_view text);

/// A key under which spellings of one person meet: the folded family name and
/// the first initial ("chen b" for "Boqi Chen", "Chen, B." and "{\bf Chen}, Boqi").
std::string person_key(const AuthorName& name);

/// The owner of a publication list.
struct Owner {
  std::string key;      ///< Folded family name.
  std::string display;  ///< The most complete spelling seen, in display case.
  /// Folded spellings of the owner seen in the lists ("belonovskii|a v ").
  std::vector<std::string> signatures;
};

/// The author who appears on most of `lists`, spellings folded (initials or
/// full given names, transliterated family names): on more than half of them
/// when there are two or more. A tie at the top (owner and advisor on every
/// paper) goes to the one set in bold, else to the one more often first
/// author, else to the one earlier on the lists. Nothing when no one
/// qualifies; a single list qualifies only with one author or one emphasised.
std::optional<Owner> infer_owner(const std::vector<std::vector<AuthorName>>& lists);

/// The owner a document names outright (JSON Resume basics, YAML name).
Owner owner_named(std::string_view display);

/// Index of the owner in `authors`, or -1.
int owner_index(const std::vector<AuthorName>& authors, const Owner& owner);

/// Index of the author who is the person `display` names (same family name,
/// compatible given names), or -1.
int index_of(const std::vector<AuthorName>& authors, std::string_view display);

/// Equal-contribution facts stated next to an author list.
struct EqualContribution {
  std::size_t first_n = 0;           ///< "First two authors contributed equally" -> 2.
  std::vector<std::size_t> indices;  ///< Authors named or indexed as equal contributors.
  bool marks_mean_equal = false;     ///< A note says the marks mean equal contribution.
};

/// Reads equal-contribution facts from a note ("*Equal contribution", "First
/// two authors contributed equally to this work (Ho Bae and Younghan Lee)").
EqualContribution read_equal_contribution(std::string_view note,
                                          const std::vector<AuthorName>& authors);

/// The owner's role: first author; co-first when marked as an equal
/// contributor with the first author or stated so; co-author otherwise;
/// unknown when `index` is -1.
AuthorRole role_of(const std::vector<AuthorName>& authors, int index,
                   const EqualContribution& equal);

/// The fields of one publication, already clean text.
struct PublicationFields {
  std::string title;
  std::vector<AuthorName> authors;
  /// Candidate venue names, the outlet first (booktitle, journal), then
  /// fallbacks (abbreviation, "arXiv" for an eprint). The first may state a
  /// status ("arXiv preprint", "Under review").
  std::vector<std::string> venue_names;
  /// Notes that may state a status ("submitted", "to appear", "arXiv preprint").
  std::vector<std::string> status_notes;
  bool eprint_only = false;  ///< Only an arXiv/eprint identifier, no journal or proceedings.
  bool has_outlet = false;   ///< Names a journal or proceedings, known or not.
  int year = 0;
  std::string text;  ///< Abstract, keywords, description.
  EqualContribution equal;
};

/// The publication evidence `fields` describe, with role relative to `owner`
/// (unknown without one): venue = the first candidate the table identifies
/// (an unidentified outlet's name goes first in `text`, so it stays searchable);
/// status under review or preprint when a note or the venue says so, else
/// published when it names an outlet.
Evidence make_publication(const PublicationFields& fields, const std::optional<Owner>& owner,
                          const schema::VenueTable& venues);

/// An experience or education entry from its fields: title "Position,
/// Organisation" (whichever are given), year the last year of `dates` (0 when
/// it runs to the present or has none).
Evidence make_entry(EvidenceKind kind, std::string_view position, std::string_view organisation,
                    std::string_view dates, std::string_view text);

/// "start - end" as written; an entry with a start and no end runs to the
/// present when `open_ended`; a lone end date stands alone.
std::string date_range(std::string_view start, std::string_view end, bool open_ended);

/// An e-mail field's address, lower case, undoing "name at host dot org" and
/// "name [at] host [dot] org"; "" when no address comes out.
std::string deobfuscate_email(std::string_view text);

/// The first plausible year (1950-2035) in `text`, or 0.
int year_in(std::string_view text);

/// `html` reduced to text: tags removed (block tags become line breaks when
/// `keep_lines`), entities decoded, spaces collapsed.
std::string strip_html(std::string_view html, bool keep_lines = false);

/// `text` with HTML entities decoded ("&nbsp;" -> " ", "&#233;" -> "é"); tags kept.
std::string decode_entities(std::string_view text);

/// The text a structured reader parses: the raw bytes (the normaliser turns
/// curly quotes into ASCII ones, which would end quoted JSON, YAML and BibTeX
/// strings early) without a byte-order mark; `input.text` when no bytes are
/// given. Values taken from it are normalised one by one.
std::string_view source_text(std::string_view bytes, std::string_view text);

/// A person's name for DocumentRecord::name: display case, parenthesised
/// parts dropped ("Hongyan Chang (常红燕)" -> "Hongyan Chang", "Yuheng (Aaron)
/// Ding" -> "Yuheng Ding"), so that documents spelling it plainly match.
std::string person_name(std::string_view text);

/// A section heading the CV extractor recognises: `heading` itself when it
/// does, else the section name its keywords point to ("Selected Publications
/// and Research Outputs" -> "Publications", "Berufserfahrung" -> "Experience"),
/// else `heading` unchanged.
std::string canonical_heading(std::string_view heading);

/// For a record without a name (a bare publication list read by the CV
/// extractor): the owner inferred from its publications' author lists as
/// infer_owner does, when there are at least three, the owner is on three
/// quarters of them and is spelled with a given name, not an initial; sets
/// the name and the roles left unknown. Returns whether it found one.
bool name_from_publications(DocumentRecord& record);

/// The name a biography opens with ("Bin Wang is an AI Research Scientist
/// ...", "Ercan E. Kuruoglu received ..."), in display case, or "".
std::string name_opening(std::string_view bio);

/// For a record without a name: the name its summary evidence opens with
/// (name_opening). Returns whether it found one.
bool name_from_bio(DocumentRecord& record);

/// Markdown with a "## Publications" heading inserted before each run of two
/// or more citation-like list items (names, then a year: "He, Y., Wu, C., and
/// Pan, W. (2021) ...") under a heading the extractor does not recognise (or
/// none): research pages list papers under topic headings it cannot know.
std::string label_citation_runs(std::string_view markdown);

/// Adds `organisation` to the record's affiliations unless already there.
void add_affiliation(DocumentRecord& record, std::string_view organisation);

/// Words of `text` split at white space.
std::vector<std::string> words_of(std::string_view text);

/// Collapses runs of white space to one space and trims.
std::string clean_spaces(std::string_view text);

}  // namespace savant::indexer::structured
