// SPDX-License-Identifier: MIT
// Tests for the topic taxonomy: the TSV parser, lookups, mentions in CV text
// and the integrity of the built-in schema/data/topics.tsv.
#include "schema/taxonomy.hpp"

#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace savant::schema {
namespace {

std::vector<std::string> hit_ids(const std::vector<TopicHit>& hits) {
  std::vector<std::string> ids;
  for (const TopicHit& hit : hits) ids.push_back(hit.topic->id);
  return ids;
}

TEST(Taxonomy, ParseReadsFieldsAndSkipsCommentsAndBlankLines) {
  const Taxonomy taxonomy = Taxonomy::parse(
      "# a comment\n"
      "\n"
      "mixture-of-experts\tMixture of experts\tmachine learning\tMoE| sparse MoE ||SMoE\r\n"
      "   # an indented comment\n"
      "robotics\tRobotics\trobotics\n",
      "test.tsv");
  ASSERT_EQ(taxonomy.topics().size(), 2u);
  const Topic& moe = taxonomy.topics()[0];
  EXPECT_EQ(moe.id, "mixture-of-experts");
  EXPECT_EQ(moe.label, "Mixture of experts");
  EXPECT_EQ(moe.area, "machine learning");
  EXPECT_EQ(moe.aliases, (std::vector<std::string>{"MoE", "sparse MoE", "SMoE"}));
  EXPECT_EQ(taxonomy.topics()[1].id, "robotics");
  EXPECT_TRUE(taxonomy.topics()[1].aliases.empty());
}

TEST(Taxonomy, BroaderTopicsAreClosedTransitively) {
  const Taxonomy taxonomy = Taxonomy::parse(
      "vae\tVariational autoencoders\tml\tVAE\tvariational-inference|generative-models\n"
      "variational-inference\tVariational inference\tml\tvariational Bayes\tprobabilistic-ml\n"
      "probabilistic-ml\tProbabilistic ML\tml\tGaussian processes\n"
      "generative-models\tGenerative models\tml\tgenerative models\n",
      "test.tsv");
  EXPECT_EQ(taxonomy.find("VAE")->broader,
            (std::vector<std::string>{"variational-inference", "probabilistic-ml",
                                      "generative-models"}));
  EXPECT_EQ(taxonomy.find("variational-inference")->broader,
            (std::vector<std::string>{"probabilistic-ml"}));
  EXPECT_TRUE(taxonomy.find("probabilistic-ml")->broader.empty());
}

// The built-in narrow topics: a query naming one stays narrow, while evidence
// about it still counts for its broader topics.
TEST(Taxonomy, BuiltinNarrowTopicsHaveTheirBroaderOnes) {
  const Taxonomy& taxonomy = Taxonomy::builtin();
  struct Narrow {
    const char* alias;
    const char* id;
    const char* broader;
  };
  for (const Narrow& n :
       {Narrow{"knowledge distillation", "knowledge-distillation", "model-compression"},
        Narrow{"variational inference", "variational-inference", "probabilistic-ml"},
        Narrow{"VAE", "variational-autoencoders", "generative-models"},
        Narrow{"NeRF", "neural-radiance-fields", "3d-vision"},
        Narrow{"information visualization", "data-visualization", "human-computer-interaction"},
        Narrow{"augmented reality", "virtual-reality", "human-computer-interaction"},
        Narrow{"semantic segmentation", "image-segmentation", "computer-vision"},
        Narrow{"diffusion language models", "diffusion-models", "generative-models"},
        Narrow{"exoplanet atmospheres", "exoplanets", "planetary-science"},
        Narrow{"hot Jupiters", "exoplanets", "astrophysics"},
        Narrow{"vector databases", "vector-databases", "database-systems"},
        Narrow{"vector databases", "vector-databases", "dense-retrieval"}}) {
    const Topic* topic = taxonomy.find(n.alias);
    ASSERT_NE(topic, nullptr) << n.alias;
    EXPECT_EQ(topic->id, n.id) << n.alias;
    EXPECT_NE(std::find(topic->broader.begin(), topic->broader.end(), n.broader),
              topic->broader.end())
        << n.alias;
  }
  // NeRF is under 3D vision, which is under nothing: the chain is followed.
  const Topic* nerf = taxonomy.find("NeRF");
  EXPECT_EQ(nerf->broader, (std::vector<std::string>{"3d-vision", "computer-vision"}));
  // "Cross-Space Distillation", "dataset distillation": the longer phrase wins.
  EXPECT_EQ(hit_ids(taxonomy.find_in("Cross-Space Distillation")),
            (std::vector<std::string>{"knowledge-distillation"}));
  EXPECT_EQ(hit_ids(taxonomy.find_in("dataset distillation")),
            (std::vector<std::string>{"model-compression"}));
}

struct MalformedCase {
  const char* tsv;
  const char* expected_prefix;  // origin:line:
  const char* expected_reason;  // a fragment of the reason
};

class TaxonomyMalformed : public testing::TestWithParam<MalformedCase> {};

TEST_P(TaxonomyMalformed, ParseThrowsInputErrorNamingOriginAndLine) {
  const MalformedCase& c = GetParam();
  try {
    (void)Taxonomy::parse(c.tsv, "topics-under-test.tsv");
    FAIL() << "no exception for: " << c.tsv;
  } catch (const Error& error) {
    EXPECT_EQ(error.category(), ErrorCategory::input);
    const std::string message = error.what();
    EXPECT_EQ(message.rfind(c.expected_prefix, 0), 0u) << message;
    EXPECT_NE(message.find(c.expected_reason), std::string::npos) << message;
  }
}

const MalformedCase kMalformedCases[] = {
    {"# header\nrobotics\tRobotics\n", "topics-under-test.tsv:2: ", "field"},
    {"a\tA\tarea\n\nno-tabs-here\n", "topics-under-test.tsv:3: ", "field"},
    {"\tNo id\tarea\talias\n", "topics-under-test.tsv:1: ", "empty id"},
    {"x\t\tarea\n", "topics-under-test.tsv:1: ", "empty label"},
    {"a\tA\tarea\nb\tB\tarea\na\tA again\tarea\n", "topics-under-test.tsv:3: ", "duplicate id 'a'"},
    // Ids differing only in case or '-' versus ' ' are the same id to find().
    {"deep-learning\tD\tml\nDeep Learning\tD2\tml\n", "topics-under-test.tsv:2: ", "duplicate id"},
    {"a\tA\tarea\talias\tb\textra\n", "topics-under-test.tsv:1: ", "at most 5"},
    // Broader topics must exist and must not lead back to the topic.
    {"a\tA\tarea\talias\tnowhere\n", "topics-under-test.tsv:1: ", "'nowhere' of 'a' is not"},
    {"a\tA\tarea\talias\tb\nb\tB\tarea\tbee\tc\nc\tC\tarea\tsea\ta\n",
     "topics-under-test.tsv:", "leads back"},
};

INSTANTIATE_TEST_SUITE_P(Table, TaxonomyMalformed, testing::ValuesIn(kMalformedCases));

TEST(Taxonomy, BuiltinLoadsWithEnoughTopics) {
  const Taxonomy& taxonomy = Taxonomy::builtin();
  EXPECT_GE(taxonomy.topics().size(), 40u);
  EXPECT_EQ(&taxonomy, &Taxonomy::builtin());
}

TEST(Taxonomy, BuiltinIsSharedAcrossThreads) {
  std::vector<const Taxonomy*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] { seen[i] = &Taxonomy::builtin(); });
  }
  for (std::thread& t : threads) t.join();
  for (const Taxonomy* t : seen) EXPECT_EQ(t, &Taxonomy::builtin());
}

TEST(Taxonomy, BuiltinIdsAreUniqueAndWellFormed) {
  const std::regex well_formed("[a-z0-9]+(-[a-z0-9]+)*");
  std::set<std::string> ids;
  for (const Topic& topic : Taxonomy::builtin().topics()) {
    EXPECT_TRUE(std::regex_match(topic.id, well_formed)) << topic.id;
    EXPECT_TRUE(ids.insert(topic.id).second) << "duplicate id " << topic.id;
    EXPECT_FALSE(topic.label.empty()) << topic.id;
    EXPECT_FALSE(topic.area.empty()) << topic.id;
    EXPECT_FALSE(topic.aliases.empty()) << topic.id;
  }
}

// Every id, label and alias must lead back to its own topic. If an alias were
// claimed by two topics (in any case, plural or spelling with hyphens), find()
// would return the first of them for both, and this test names the pair.
TEST(Taxonomy, BuiltinNamesBelongToExactlyOneTopic) {
  const Taxonomy& taxonomy = Taxonomy::builtin();
  for (const Topic& topic : taxonomy.topics()) {
    std::vector<std::string> names = topic.aliases;
    names.push_back(topic.id);
    names.push_back(topic.label);
    for (const std::string& name : names) {
      const Topic* found = taxonomy.find(name);
      ASSERT_NE(found, nullptr) << "'" << name << "' of " << topic.id << " is not found";
      EXPECT_EQ(found->id, topic.id)
          << "'" << name << "' is claimed by both " << topic.id << " and " << found->id;
    }
  }
}

// Each alias, written in a sentence as given, is found as a mention of its topic.
TEST(Taxonomy, BuiltinAliasesAreFoundInText) {
  const Taxonomy& taxonomy = Taxonomy::builtin();
  for (const Topic& topic : taxonomy.topics()) {
    for (const std::string& alias : topic.aliases) {
      const std::string text = "Worked on " + alias + ".";
      const auto hits = taxonomy.find_in(text);
      ASSERT_FALSE(hits.empty()) << alias;
      EXPECT_EQ(hits[0].topic->id, topic.id) << alias;
      EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin).size(), alias.size())
          << alias;
    }
  }
}

struct FindCase {
  const char* name;
  const char* id;  // nullptr: not a topic
};

class TaxonomyFind : public testing::TestWithParam<FindCase> {};

TEST_P(TaxonomyFind, FindsByIdLabelOrAliasInAnyCase) {
  const FindCase& c = GetParam();
  const Topic* topic = Taxonomy::builtin().find(c.name);
  if (c.id == nullptr) {
    EXPECT_EQ(topic, nullptr) << c.name << " found " << topic->id;
  } else {
    ASSERT_NE(topic, nullptr) << c.name;
    EXPECT_EQ(topic->id, c.id) << c.name;
  }
}

const FindCase kFindCases[] = {
    {"mixture-of-experts", "mixture-of-experts"},
    {"Mixture of Experts", "mixture-of-experts"},
    {"MIXTURE-OF-EXPERTS", "mixture-of-experts"},
    {"mixtures of experts", "mixture-of-experts"},
    {"MoE", "mixture-of-experts"},
    {"moe", "mixture-of-experts"},
    {"smoe", "mixture-of-experts"},
    {"machine translation", "machine-translation"},
    {"NMT", "machine-translation"},
    {"llms", "large-language-models"},
    {"Large Language Model", "large-language-models"},
    {"rl", "reinforcement-learning"},
    {"information retrieval", "information-retrieval"},
    {"GNN", "graph-neural-networks"},
    {"nlp", "natural-language-processing"},
    {"cosmic microwave background", "cosmology"},
    {"fMRI", "neuroimaging"},
    {"philosophy", "philosophy"},
    // Not topics: excluded abbreviations, fragments and noise.
    {"CV", nullptr},
    {"MT", nullptr},
    {"AI", nullptr},
    {"mixture of", nullptr},
    {"", nullptr},
    {"   ", nullptr},
    {"Doctor of Philosophy", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Table, TaxonomyFind, testing::ValuesIn(kFindCases));

TEST(Taxonomy, FindInReportsMentionsOfASeedCv) {
  const std::string text =
      "Current Sparse Mixture-of-Experts (SMoE) solutions neglect the language features in "
      "multilingual machine translation. MoE models are on par with dense LLMs.";
  const auto hits = Taxonomy::builtin().find_in(text);
  EXPECT_EQ(hit_ids(hits), (std::vector<std::string>{"mixture-of-experts", "mixture-of-experts",
                                                     "machine-translation", "mixture-of-experts",
                                                     "large-language-models"}));
  ASSERT_EQ(hits.size(), 5u);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "Sparse Mixture-of-Experts");
  EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "SMoE");
  EXPECT_EQ(text.substr(hits[2].begin, hits[2].end - hits[2].begin),
            "multilingual machine translation");
  EXPECT_EQ(text.substr(hits[3].begin, hits[3].end - hits[3].begin), "MoE models");
  EXPECT_EQ(text.substr(hits[4].begin, hits[4].end - hits[4].begin), "LLMs");
}

TEST(Taxonomy, FindInHonoursAbbreviationCaseUnlessIgnoringCase) {
  const Taxonomy& taxonomy = Taxonomy::builtin();
  EXPECT_TRUE(taxonomy.find_in("moe and llm and nlp").empty());
  EXPECT_EQ(hit_ids(taxonomy.find_in("moe and llm and nlp", /*ignore_case=*/true)),
            (std::vector<std::string>{"mixture-of-experts", "large-language-models",
                                      "natural-language-processing"}));
}

// Ordinary CV lines that must not produce any topic.
class TaxonomyNoFalsePositives : public testing::TestWithParam<const char*> {};

TEST_P(TaxonomyNoFalsePositives, OrdinaryTextHasNoTopics) {
  const auto hits = Taxonomy::builtin().find_in(GetParam());
  EXPECT_TRUE(hits.empty())
      << GetParam() << " -> " << hits.front().topic->id << " at '"
      << std::string(GetParam()).substr(hits.front().begin, hits.front().end - hits.front().begin)
      << "'";
}

const char* const kOrdinaryLines[] = {
    "Please find my CV attached.",
    "Doctor of Philosophy (Ph.D.)",
    "Master of Philosophy, University of Cambridge",
    "Shanghai AI Lab, Research Assistant",
    "Moe Szyslak, bartender",
    "MT-Bench evaluation; IR camera; QA engineer; ML engineer",
    "ZHE GAN, MEG RYAN and BERT SMITH",
    "Award of SGD 10,000 from the Ministry of Finance",
    "Letter of recommendation available on request",
    "Online learning platforms for schools",
    "Built a database of customers",
    "Power transformer maintenance",
    "the nature of the problem",
};

INSTANTIATE_TEST_SUITE_P(Table, TaxonomyNoFalsePositives, testing::ValuesIn(kOrdinaryLines));

// Synonyms the judged queries rest on (tests/relevance): each CV phrase is found
// as the topic a recruiter's words name.
TEST(Taxonomy, BuiltinFindsJudgedSynonymsInCvPhrases) {
  struct Synonym {
    const char* cv_text;
    const char* topic;
  };
  const Taxonomy& taxonomy = Taxonomy::builtin();
  for (const Synonym& s : {
           // Aaron David Schneider's thesis (adschneider__cv-en.tex) for "planetary science"
           Synonym{"Connecting the atmosphere with the interior in hot giant exoplanets",
                   "exoplanets"},
           Synonym{"How drifting and evaporating pebbles shape giant planets", "exoplanets"},
           // Abdulrahman Alkurdi's dissertation (aalkurdi__cv.yml) for "mental health"
           Synonym{"ML-based Anxiety detection using wearables in real-world", "mental-health"},
           Synonym{"Estimation of Depression Level from Text", "mental-health"},
           // Database work that never says "database systems" (czhang, yfwu, zli)
           Synonym{"Benchmarking HTAP Databases", "database-systems"},
           Synonym{"Serverless Data Warehouse for cloud data warehouses", "database-systems"},
           Synonym{"Interactive Data Analytics; Vector Databases", "database-systems"},
       }) {
    const std::vector<std::string> ids = hit_ids(taxonomy.find_in(s.cv_text));
    EXPECT_NE(std::find(ids.begin(), ids.end(), s.topic), ids.end()) << s.cv_text;
  }
  // The query words themselves name the topics.
  EXPECT_EQ(taxonomy.find("planetary science")->id, "planetary-science");
  EXPECT_EQ(taxonomy.find("mental health")->id, "mental-health");
  // "depression" alone is also an economic or a geological term: not an alias.
  EXPECT_TRUE(taxonomy.find_in("the Great Depression and labor markets").empty());
}

}  // namespace
}  // namespace savant::schema
