// SPDX-License-Identifier: MIT
// `savant eval extraction`: field-level precision and recall of the readers and
// the extractor on the golden set, and identity merging against MANIFEST.tsv.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "indexer/eval/extraction_eval.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace savant::cli {
namespace {

namespace po = boost::program_options;
using indexer::eval::ExtractionReport;
using indexer::eval::FieldScore;

std::string field_row(const std::string& field, const FieldScore& s) {
  return fmt::format("| {:<26} | {:>4} | {:>4} | {:>4} | {:.3f} | {:.3f} | {:.3f} |\n", field,
                     s.expected, s.found, s.correct, s.precision(), s.recall(), s.f1());
}

nlohmann::json score_json(const FieldScore& s) {
  return {{"expected", s.expected},     {"found", s.found},     {"correct", s.correct},
          {"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()}};
}

void print_text(const ExtractionReport& r, bool per_document) {
  const std::size_t n = r.documents.size();
  std::string formats;
  for (const auto& f : r.formats) formats += (formats.empty() ? "" : ", ") + f;
  fmt::print("{} golden documents ({})\n\n", n, formats);
  fmt::print(
      "| field                      | gold | found | ok | precision | recall | F1 |\n"
      "| -------------------------- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  fmt::print("{}", field_row("name", r.names));
  fmt::print("{}", field_row("e-mails", r.emails));
  fmt::print("{}", field_row("publication venue+year", r.venue_year));
  fmt::print("{}", field_row("publication status", r.status));
  fmt::print("\nnames right (including 'no name'): {}/{} ({:.1f}%)\n", r.names_right, n,
             n ? 100.0 * static_cast<double>(r.names_right) / static_cast<double>(n) : 0.0);
  fmt::print("formats detected right: {}/{}\n", r.formats_right, n);
  fmt::print("publication count exact: {}/{} documents; {} publications expected, {} found\n",
             r.counts_right, n, r.publications_expected, r.publications_found);
  const auto& m = r.merge;
  fmt::print(
      "\nmerging ({} manifest files): {} researchers expected, {} found "
      "({} over the whole corpus)\n",
      m.files, m.expected_researchers, m.found_researchers, m.corpus_researchers);
  fmt::print(
      "same-person pairs: {} expected, {} found, {} right: precision {:.3f}, recall {:.3f}\n",
      m.pairs.expected, m.pairs.found, m.pairs.correct, m.pairs.precision(), m.pairs.recall());
  for (const auto& s : m.split) fmt::print("  split:  {}\n", s);
  for (const auto& s : m.merged) fmt::print("  merged: {}\n", s);
  if (!per_document) return;
  fmt::print("\n");
  for (const auto& d : r.documents) {
    std::string names;
    for (const auto& name : d.names) names += (names.empty() ? "" : " / ") + name;
    fmt::print(
        "{:<45} {} name {:<3} [{}] vs [{}]; e-mails {}/{}/{}; pubs {}/{}; venue+year "
        "{}/{}/{}; status {}/{}/{}{}\n",
        d.file, d.format.empty() ? "-" : d.format, d.name_right ? "ok" : "BAD", d.found_name, names,
        d.emails.correct, d.emails.found, d.emails.expected, d.publications_found,
        d.publications_expected, d.venue_year.correct, d.venue_year.found, d.venue_year.expected,
        d.status.correct, d.status.found, d.status.expected,
        d.error.empty() ? "" : "; error: " + d.error);
  }
}

nlohmann::json report_json(const ExtractionReport& r) {
  nlohmann::json out{{"documents", r.documents.size()},
                     {"formats", r.formats},
                     {"name", score_json(r.names)},
                     {"names_right", r.names_right},
                     {"formats_right", r.formats_right},
                     {"emails", score_json(r.emails)},
                     {"venue_year", score_json(r.venue_year)},
                     {"status", score_json(r.status)},
                     {"publication_counts_right", r.counts_right},
                     {"publications_expected", r.publications_expected},
                     {"publications_found", r.publications_found}};
  const auto& m = r.merge;
  out["merge"] = {{"files", m.files},
                  {"expected_researchers", m.expected_researchers},
                  {"found_researchers", m.found_researchers},
                  {"corpus_researchers", m.corpus_researchers},
                  {"pairs", score_json(m.pairs)},
                  {"split", m.split},
                  {"merged", m.merged}};
  for (const auto& d : r.documents) {
    out["per_document"].push_back({{"file", d.file},
                                   {"format", d.format},
                                   {"expected_format", d.expected_format},
                                   {"error", d.error},
                                   {"name", d.names},
                                   {"found_name", d.found_name},
                                   {"name_right", d.name_right},
                                   {"emails", score_json(d.emails)},
                                   {"publications_expected", d.publications_expected},
                                   {"publications_found", d.publications_found},
                                   {"venue_year", score_json(d.venue_year)},
                                   {"status", score_json(d.status)}});
  }
  return out;
}

}  // namespace

int run_eval_extraction(const Args& args) {
  po::options_description options(
      "Usage: savant eval extraction [--golden DIR] [--corpus DIR] [--manifest FILE]\n\n"
      "Measure extraction on a golden set of documents (name, e-mails, publication venue+year\n"
      "and status: precision, recall, F1) and researcher merging against the corpus manifest\n"
      "(pairwise precision and recall of 'same person', researcher count). Needs no index.\n"
      "Options");
  indexer::eval::ExtractionEvalOptions eval;
  std::string what;
  std::string format;
  bool per_document = false;
  add_help_and_format(options, format, "text", "text or json");
  // clang-format off
  options.add_options()
      ("golden", po::value(&eval.golden_dir)->default_value("tests/golden"),
       "golden set: one JSON file per document (see tests/golden/README.md)")
      ("corpus", po::value(&eval.corpus_dir)->default_value("corpus"),
       "the corpus the golden files name documents of")
      ("manifest", po::value(&eval.manifest),
       "who is who: TSV with file and researcher columns (default CORPUS/real/MANIFEST.tsv)")
      ("per-document", po::bool_switch(&per_document), "also print each document's figures");
  // clang-format on
  if (!parse_command(args, options, "what", what)) return kExitOk;
  check_format(format, {"text", "json"});
  ExtractionReport report = indexer::eval::evaluate_extraction(eval);
  if (format == "json") {
    fmt::print("{}\n", report_json(report).dump(2));
  } else {
    print_text(report, per_document);
  }
  return kExitOk;
}

}  // namespace savant::cli
