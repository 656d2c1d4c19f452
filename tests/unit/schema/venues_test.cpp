// SPDX-License-Identifier: MIT
// Tests for the venue table: the TSV parser, lookups, identify() on real
// publication lines and the integrity of the built-in schema/data/venues.tsv.
#include "schema/venues.hpp"

#include "schema/taxonomy.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace savant::schema {
namespace {

constexpr std::size_t npos = std::string_view::npos;

TEST(VenueTable, ParseReadsFields) {
  const VenueTable table = VenueTable::parse(
      "# venues\n"
      "NeurIPS\tConference on Neural Information Processing Systems\tconference\tNIPS|NeurIPs\n"
      "arXiv\tarXiv\tpreprint\r\n",
      "test.tsv");
  ASSERT_EQ(table.venues().size(), 2u);
  EXPECT_EQ(table.venues()[0].id, "NeurIPS");
  EXPECT_EQ(table.venues()[0].kind, "conference");
  EXPECT_EQ(table.venues()[0].aliases, (std::vector<std::string>{"NIPS", "NeurIPs"}));
  EXPECT_EQ(table.venues()[1].kind, "preprint");
  EXPECT_TRUE(table.venues()[1].aliases.empty());
}

TEST(VenueTable, ParseReadsTopicsOfTheOptionalFifthField) {
  const VenueTable table = VenueTable::parse(
      "SIGMOD\tACM SIGMOD\tconference\tACM SIGMOD\tdatabase-systems\n"
      "HRI\tHuman-Robot Interaction\tconference\t\trobotics| human-computer-interaction\n"
      "NeurIPS\tNeural Information Processing Systems\tconference\tNIPS\n",
      "test.tsv");
  EXPECT_EQ(table.venues()[0].topics, (std::vector<std::string>{"database-systems"}));
  EXPECT_TRUE(table.venues()[1].aliases.empty());
  EXPECT_EQ(table.venues()[1].topics,
            (std::vector<std::string>{"robotics", "human-computer-interaction"}));
  EXPECT_TRUE(table.venues()[2].topics.empty());
}

struct MalformedVenueCase {
  const char* tsv;
  const char* expected_prefix;
  const char* expected_reason;
};

class VenueTableMalformed : public testing::TestWithParam<MalformedVenueCase> {};

TEST_P(VenueTableMalformed, ParseThrowsInputErrorNamingOriginAndLine) {
  const MalformedVenueCase& c = GetParam();
  try {
    (void)VenueTable::parse(c.tsv, "venues-under-test.tsv");
    FAIL() << "no exception for: " << c.tsv;
  } catch (const Error& error) {
    EXPECT_EQ(error.category(), ErrorCategory::input);
    const std::string message = error.what();
    EXPECT_EQ(message.rfind(c.expected_prefix, 0), 0u) << message;
    EXPECT_NE(message.find(c.expected_reason), std::string::npos) << message;
  }
}

const MalformedVenueCase kMalformedVenueCases[] = {
    {"ACL\tAnnual Meeting of the ACL\n", "venues-under-test.tsv:1: ", "field"},
    {"# c\n# c\n\tNo id\tjournal\n", "venues-under-test.tsv:3: ", "empty id"},
    {"ACL\tACL\tconference\nacl\tacl\tjournal\n", "venues-under-test.tsv:2: ", "duplicate id"},
    {"Nature\tNature\tmagazine\n", "venues-under-test.tsv:1: ", "unknown kind 'magazine'"},
    {"CHI\tCHI\tconference\tACM CHI\thci\textra\n",
     "venues-under-test.tsv:1: ", "at most 5 fields"},
};

INSTANTIATE_TEST_SUITE_P(Table, VenueTableMalformed, testing::ValuesIn(kMalformedVenueCases));

TEST(VenueTable, BuiltinLoadsWithEnoughVenues) {
  const VenueTable& table = VenueTable::builtin();
  EXPECT_GE(table.venues().size(), 100u);
  EXPECT_EQ(&table, &VenueTable::builtin());
}

TEST(VenueTable, BuiltinIdsAreUniqueAndKindsValid) {
  const std::set<std::string> kinds = {"conference", "journal", "preprint", "workshop"};
  std::set<std::string> ids;
  for (const Venue& venue : VenueTable::builtin().venues()) {
    EXPECT_TRUE(ids.insert(venue.id).second) << "duplicate id " << venue.id;
    EXPECT_EQ(kinds.count(venue.kind), 1u) << venue.id << ": " << venue.kind;
    EXPECT_FALSE(venue.label.empty()) << venue.id;
  }
}

// A venue's topics are taxonomy ids, and only venues of one community have any.
TEST(VenueTable, BuiltinTopicsAreTaxonomyIds) {
  std::size_t with_topics = 0;
  for (const Venue& venue : VenueTable::builtin().venues()) {
    for (const std::string& id : venue.topics) {
      const Topic* topic = Taxonomy::builtin().find(id);
      ASSERT_NE(topic, nullptr) << venue.id << ": " << id;
      EXPECT_EQ(topic->id, id) << venue.id;
    }
    with_topics += venue.topics.empty() ? 0 : 1;
  }
  EXPECT_GE(with_topics, 10u);
  EXPECT_EQ(VenueTable::builtin().find("VLDB")->topics,
            (std::vector<std::string>{"database-systems"}));
  EXPECT_EQ(VenueTable::builtin().find("CHI")->topics,
            (std::vector<std::string>{"human-computer-interaction"}));
  EXPECT_TRUE(VenueTable::builtin().find("NeurIPS")->topics.empty());
}

// Every id, label and alias must lead back to its own venue; an alias claimed by
// two venues (in any case or spelling) would make find() return the wrong one.
TEST(VenueTable, BuiltinNamesBelongToExactlyOneVenue) {
  const VenueTable& table = VenueTable::builtin();
  for (const Venue& venue : table.venues()) {
    std::vector<std::string> names = venue.aliases;
    names.push_back(venue.id);
    names.push_back(venue.label);
    for (const std::string& name : names) {
      const Venue* found = table.find(name);
      ASSERT_NE(found, nullptr) << "'" << name << "' of " << venue.id << " is not found";
      EXPECT_EQ(found->id, venue.id)
          << "'" << name << "' is claimed by both " << venue.id << " and " << found->id;
    }
  }
}

// Each alias, written in a publication line as given, identifies its venue.
TEST(VenueTable, BuiltinAliasesIdentifyTheirVenue) {
  const VenueTable& table = VenueTable::builtin();
  for (const Venue& venue : table.venues()) {
    for (const std::string& alias : venue.aliases) {
      const std::string line = "Some Title. " + alias + " 2023";
      const Venue* found = table.identify(line);
      ASSERT_NE(found, nullptr) << line;
      EXPECT_EQ(found->id, venue.id) << line;
    }
  }
}

struct RequiredCase {
  const char* name;
  const char* id;
  const char* kind;
};

class VenueTableRequired : public testing::TestWithParam<RequiredCase> {};

TEST_P(VenueTableRequired, FindsRequiredVenueByAnyName) {
  const RequiredCase& c = GetParam();
  const Venue* venue = VenueTable::builtin().find(c.name);
  ASSERT_NE(venue, nullptr) << c.name;
  EXPECT_EQ(venue->id, c.id) << c.name;
  EXPECT_EQ(venue->kind, c.kind) << c.name;
}

const RequiredCase kRequiredCases[] = {
    {"NeurIPS", "NeurIPS", "conference"},
    {"NIPS", "NeurIPS", "conference"},
    {"NeurIPs", "NeurIPS", "conference"},
    {"neurips", "NeurIPS", "conference"},
    {"Advances in Neural Information Processing Systems", "NeurIPS", "conference"},
    {"Conference on Neural Information Processing Systems", "NeurIPS", "conference"},
    {"International Conference on Machine Learning", "ICML", "conference"},
    {"International Conference on Learning Representations", "ICLR", "conference"},
    {"Annual Meeting of the Association for Computational Linguistics", "ACL", "conference"},
    {"Empirical Methods in Natural Language Processing", "EMNLP", "conference"},
    {"Findings of EMNLP", "EMNLP-Findings", "conference"},
    {"EMNLP Findings", "EMNLP-Findings", "conference"},
    {"emnlp-findings", "EMNLP-Findings", "conference"},
    {"Findings of the Association for Computational Linguistics: EMNLP", "EMNLP-Findings",
     "conference"},
    {"Findings of ACL", "ACL-Findings", "conference"},
    {"NAACL", "NAACL", "conference"},
    {"EACL", "EACL", "conference"},
    {"COLING", "COLING", "conference"},
    {"AAAI", "AAAI", "conference"},
    {"IJCAI", "IJCAI", "conference"},
    {"CVPR", "CVPR", "conference"},
    {"ICCV", "ICCV", "conference"},
    {"European Conference on Computer Vision", "ECCV", "conference"},
    {"IEEE/CVF Winter Conference on Applications of Computer Vision", "WACV", "conference"},
    {"SIGIR", "SIGIR", "conference"},
    {"KDD", "KDD", "conference"},
    {"The Web Conference", "WWW", "conference"},
    {"ICASSP", "ICASSP", "conference"},
    {"Interspeech", "Interspeech", "conference"},
    {"IEEE-TIP", "TIP", "journal"},
    {"IEEE Transactions on Image Processing", "TIP", "journal"},
    {"TPAMI", "TPAMI", "journal"},
    {"JMLR", "JMLR", "journal"},
    {"TMLR", "TMLR", "journal"},
    {"COLM", "COLM", "conference"},
    {"arXiv preprint", "arXiv", "preprint"},
    {"ArXiv", "arXiv", "preprint"},
    {"bioRxiv", "bioRxiv", "preprint"},
    {"medRxiv", "medRxiv", "preprint"},
    {"SSRN", "SSRN", "preprint"},
    {"Nature", "Nature", "journal"},
    {"Science", "Science", "journal"},
    {"Phys. Rev. Lett.", "PRL", "journal"},
    {"Physical Review D", "PRD", "journal"},
    {"ApJ", "ApJ", "journal"},
    {"MNRAS", "MNRAS", "journal"},
    {"JASA", "JASA", "journal"},
    {"Annals of Statistics", "Annals-of-Statistics", "journal"},
    {"Econometrica", "Econometrica", "journal"},
    {"American Economic Review", "AER", "journal"},
};

INSTANTIATE_TEST_SUITE_P(Table, VenueTableRequired, testing::ValuesIn(kRequiredCases));

TEST(VenueTable, FindRejectsUnknownNames) {
  const VenueTable& table = VenueTable::builtin();
  EXPECT_EQ(table.find("Journal of Imaginary Results"), nullptr);
  EXPECT_EQ(table.find(""), nullptr);
  EXPECT_EQ(table.find("Proceedings of"), nullptr);
}

struct IdentifyCase {
  const char* line;
  const char* id;       // nullptr: no venue
  const char* mention;  // the text locate() must cut out
};

class VenueTableIdentify : public testing::TestWithParam<IdentifyCase> {};

TEST_P(VenueTableIdentify, IdentifiesAndLocatesTheVenueOfALine) {
  const IdentifyCase& c = GetParam();
  const std::string line = c.line;
  const VenueTable& table = VenueTable::builtin();
  const Venue* venue = table.identify(line);
  const auto [begin, end] = table.locate(line);
  if (c.id == nullptr) {
    EXPECT_EQ(venue, nullptr) << line << " -> " << venue->id;
    EXPECT_EQ(begin, npos);
    EXPECT_EQ(end, npos);
    return;
  }
  ASSERT_NE(venue, nullptr) << line;
  EXPECT_EQ(venue->id, c.id) << line;
  ASSERT_NE(begin, npos);
  EXPECT_EQ(line.substr(begin, end - begin), c.mention) << line;
}

const IdentifyCase kIdentifyCases[] = {
    // The European symposium is not IEEE S&P, whose name it contains.
    {"6th IEEE European Symposium on Security and Privacy (Euro S&P)", "IEEE-EuroSP",
     "IEEE European Symposium on Security and Privacy"},
    {"Proceedings of Machine Learning and Systems 2", "MLSys", "Machine Learning and Systems"},
    // Lines from the seed corpus.
    {"Proceedings of The 61st Annual Meeting of the Association for Computational Linguistics (ACL "
     "2023).",
     "ACL", "Annual Meeting of the Association for Computational Linguistics"},
    {"Findings of The 2022 Conference on Empirical Methods in Natural Language Processing (EMNLP "
     "2022).",
     "EMNLP-Findings", "Conference on Empirical Methods in Natural Language Processing"},
    {"IEEE/CVF Winter Conference on Applications of Computer Vision, 2023 (WACV 2023)", "WACV",
     "IEEE/CVF Winter Conference on Applications of Computer Vision"},
    {"Under Review by The 41st International Conference on Machine Learning (ICML 2024).", "ICML",
     "International Conference on Machine Learning"},
    {"Under Review by European Conference on Computer Vision 2024 (ECCV 2024).", "ECCV",
     "European Conference on Computer Vision"},
    {"Under Review by IEEE Transactions on Image Processing (IEEE-TIP).", "TIP",
     "IEEE Transactions on Image Processing"},
    {"ICLR 2024", "ICLR", "ICLR"},
    {"To Repeat or Not To Repeat: Insights from Scaling LLM under Token-Crisis. NeurIPS 2023",
     "NeurIPS", "NeurIPS"},
    {"Sequence Parallelism: Long Sequence Training from System Perspective, ACL 2023", "ACL",
     "ACL"},
    {"Conference 2023: EMNLP Reviewer, NeurIPs Reviewer, ACL PC Member", "EMNLP", "EMNLP"},
    // The Findings rule.
    {"Findings of ACL 2023", "ACL-Findings", "Findings of ACL"},
    {"EMNLP 2023 (Findings)", "EMNLP-Findings", "EMNLP"},
    {"NAACL 2024 (FINDINGS)", "NAACL-Findings", "NAACL"},
    {"Findings of NAACL 2024", "NAACL-Findings", "Findings of NAACL"},
    {"Findings from a user study. ICML 2023", "ICML", "ICML"},
    // Workshops held at a venue are not the venue (corpus lines).
    {"Geometry-grounded Representation Learning and Generative Modeling Workshop (GRaM) @ ICML",
     nullptr, ""},
    {"The 4th CVPR Workshop on Computer Vision for Fashion, Art, and Design, 2021 (CVFAD@CVPR'21)",
     nullptr, ""},
    {"Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) "
     "Workshops",
     nullptr, ""},
    {"Robotics: Science and Systems (RSS), RSS Pioneer Workshop. Pittsburgh, USA, 2018.", nullptr,
     ""},
    {"ECML PKDD Workshop on Mining and Learning with Graphs", nullptr, ""},
    {"AdvML@KDD'21", nullptr, ""},
    {"Training for Speech Recognition on Coprocessors. ADMS@VLDB 2020", nullptr, ""},
    // ... but the table's own workshops name the word inside their mention.
    {"Proceedings of the 17th International Workshop on Semantic Evaluation (SemEval-2023)",
     "SemEval", "International Workshop on Semantic Evaluation"},
    {"Proceedings of the Second Workshop on Statistical Machine Translation", "WMT",
     "Workshop on Statistical Machine Translation"},
    {"Proc. of the 2016 CHI Conference Extended Abstracts on Human Factors in Computing Systems",
     "CHI", "Human Factors in Computing Systems"},
    // Case-exact names and common words.
    {"The Web Conference 2024 (WWW '24)", "WWW", "The Web Conference"},
    {"see www.example.org for details", nullptr, ""},
    {"Nature 620, 47-60 (2023)", "Nature", "Nature"},
    {"On the nature of science", nullptr, ""},
    {"In Nature 620 (2023)", "Nature", "Nature"},
    {"Published in Science, 2023", "Science", "Science"},
    {"Cell 186(2), 2023", "Cell", "Cell"},
    // One-word journal names inside longer names are not venues.
    {"Huangzhong University of Science and Technology", nullptr, ""},
    {"Minor in Computer Science and Technology", nullptr, ""},
    {"Bachelor of Science in Physics", nullptr, ""},
    {"Institute of Physics, Chinese Academy of Sciences", nullptr, ""},
    {"Supported by the National Science Foundation", nullptr, ""},
    {"Towards Science-Based Policy", nullptr, ""},
    {"Stem Cell Biology", nullptr, ""},
    {"The Nature of Code. NeurIPS 2023", "NeurIPS", "NeurIPS"},
    {"Nature Communications 14, 2023", "Nature-Communications", "Nature Communications"},
    {"Phys. Rev. D 105, 023520 (2022)", "PRD", "Phys. Rev. D"},
    {"arXiv preprint arXiv:2401.00001", "arXiv", "arXiv preprint"},
    {"Nips and tucks", nullptr, ""},
    {"An unpublished note", nullptr, ""},
};

INSTANTIATE_TEST_SUITE_P(Table, VenueTableIdentify, testing::ValuesIn(kIdentifyCases));

}  // namespace
}  // namespace savant::schema
