// SPDX-License-Identifier: MIT
// `savant eval ranking --qrels FILE`: ranking quality on a judged query set,
// next to a plain whole-document BM25 baseline.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/settings.hpp"
#include "searcher/eval/ablation.hpp"
#include "searcher/eval/evaluation.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace savant::cli {
namespace {

namespace po = boost::program_options;
using searcher::eval::EvaluationReport;
using searcher::eval::Scores;

std::string row(const std::string& label, std::size_t n, const Scores& ours, const Scores& theirs) {
  return fmt::format(
      "| {:<14} | {:>3} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | "
      "{:.3f} | {:.3f} |\n",
      label, n, ours.ndcg10, theirs.ndcg10, ours.p5, theirs.p5, ours.ap, theirs.ap, ours.rr,
      theirs.rr);
}

std::string table(const EvaluationReport& report) {
  std::string out =
      "| kind           |   n | nDCG@10 | base | P@5 | base | MAP | base | MRR | base |\n"
      "| -------------- | --: | ------: | ---: | --: | ---: | --: | ---: | --: | ---: |\n";
  std::map<std::string, std::size_t> counts;
  for (const auto& q : report.queries) ++counts[q.kind];
  for (const auto& [kind, scores] : report.by_kind) {
    out += row(kind.empty() ? "-" : kind, counts[kind], scores.first, scores.second);
  }
  out += row("all", report.queries.size(), report.savant_mean, report.baseline_mean);
  return out;
}

// What each component of the model is worth: nDCG@10 with it and without it.
std::string ablation_table(const Scores& full,
                           const std::vector<searcher::eval::AblationRow>& rows) {
  std::string out = fmt::format(
      "ablation: nDCG@10 {:.3f} with every component; each row turns one off\n\n"
      "| component | turned off by | nDCG@10 without | change |\n"
      "| --- | --- | --: | --: |\n",
      full.ndcg10);
  for (const auto& row : rows) {
    out += fmt::format("| {} | `{}` | {:.3f} | {:+.3f} |\n", row.name, row.off, row.without.ndcg10,
                       row.without.ndcg10 - row.with.ndcg10);
  }
  return out;
}

nlohmann::json scores_json(const Scores& s) {
  return {{"ndcg@10", s.ndcg10}, {"p@5", s.p5}, {"map", s.ap}, {"mrr", s.rr}};
}

}  // namespace

int run_eval(const Args& args) {
  if (!args.empty() && args.front() == "extraction") {
    return run_eval_extraction(Args(args.begin() + 1, args.end()));
  }
  po::options_description options(
      "Usage: savant eval ranking --qrels FILE [--db DIR] [--ranking NAME=VALUE] [--ablation]\n\n"
      "Measure ranking quality on a judged query set (nDCG@10, P@5, MAP, MRR), with the same\n"
      "figures for a plain baseline: BM25 over each document's whole text, each researcher\n"
      "counted at their best document.\n"
      "'savant eval extraction --help' tells how extraction is measured.\nOptions");
  std::string what;
  IndexLocationOptions location;
  std::string qrels;
  std::string queries;
  std::string researchers;
  std::string format;
  std::vector<std::string> ranking;
  bool per_query = false;
  bool ablation = false;
  add_help_and_format(options, format, "text", "text or json");
  location.add_to(options);
  // clang-format off
  options.add_options()
      ("qrels", po::value(&qrels), "graded judgments: qid, researcher, grade (TSV)")
      ("queries", po::value(&queries), "queries TSV (default: queries.tsv beside --qrels)")
      ("researchers", po::value(&researchers),
       "researcher-to-files TSV (default: researchers.tsv beside --qrels)")
      ("per-query", po::bool_switch(&per_query), "also print each query's figures")
      ("ranking", po::value(&ranking)->composing()->value_name("NAME=VALUE"),
       "evaluate with this ranking setting (repeatable)")
      ("ablation", po::bool_switch(&ablation),
       "evaluate again with each component of the ranking turned off in turn");
  // clang-format on
  if (!parse_command(args, options, "what", what)) return kExitOk;
  if (what != "ranking")
    throw Error(ErrorCategory::usage, "eval: say what to evaluate: 'ranking' or 'extraction'");
  if (qrels.empty()) throw Error(ErrorCategory::usage, "eval ranking: --qrels FILE is required");
  check_format(format, {"text", "json"});
  const Settings settings = resolve_settings(location.db, location.config);
  const std::string& db = settings.db;
  RankingSettings weights = settings.ranking;
  apply_ranking_flags(ranking, weights);
  check_ranking_settings(weights);
  const std::filesystem::path dir = std::filesystem::path(qrels).parent_path();
  if (queries.empty()) queries = (dir / "queries.tsv").string();
  if (researchers.empty()) researchers = (dir / "researchers.tsv").string();

  auto set = searcher::eval::load_judged_set(queries, qrels, researchers);
  if (ablation) {
    Scores full;
    const auto rows = searcher::eval::ablate(db, set, weights, full);
    if (format == "json") {
      nlohmann::json out{{"savant", scores_json(full)}, {"ablation", nlohmann::json::array()}};
      for (const auto& row : rows) {
        out["ablation"].push_back(
            {{"component", row.name}, {"off", row.off}, {"without", scores_json(row.without)}});
      }
      fmt::print("{}\n", out.dump(2));
    } else {
      fmt::print("{}", ablation_table(full, rows));
    }
    return kExitOk;
  }
  EvaluationReport report = searcher::eval::evaluate(db, set, weights);
  if (format == "json") {
    nlohmann::json out{{"queries", report.queries.size()},
                       {"savant", scores_json(report.savant_mean)},
                       {"baseline", scores_json(report.baseline_mean)}};
    for (const auto& [kind, scores] : report.by_kind) {
      out["by_kind"][kind] = {{"savant", scores_json(scores.first)},
                              {"baseline", scores_json(scores.second)}};
    }
    for (const auto& q : report.queries) {
      out["per_query"].push_back({{"id", q.id},
                                  {"kind", q.kind},
                                  {"query", q.query},
                                  {"savant", scores_json(q.savant)},
                                  {"baseline", scores_json(q.baseline)},
                                  {"savant_top", q.savant_top},
                                  {"baseline_top", q.baseline_top}});
    }
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  fmt::print("{} queries; savant vs baseline (BM25 over whole documents)\n\n{}",
             report.queries.size(), table(report));
  const double our_error = 1.0 - report.savant_mean.ndcg10;
  const double their_error = 1.0 - report.baseline_mean.ndcg10;
  fmt::print("\nerror (1 - nDCG@10): savant {:.3f}, baseline {:.3f} (ratio {:.2f})\n", our_error,
             their_error, their_error > 0 ? our_error / their_error : 0.0);
  if (per_query) {
    fmt::print("\n");
    for (const auto& q : report.queries) {
      fmt::print("{:<5} {:<12} nDCG@10 {:.3f} (base {:.3f})  {}\n", q.id, q.kind, q.savant.ndcg10,
                 q.baseline.ndcg10, q.query);
    }
  }
  return kExitOk;
}

}  // namespace savant::cli
