// SPDX-License-Identifier: MIT
#include "bench/generator/vocabulary.hpp"

#include "schema/taxonomy.hpp"
#include "schema/venues.hpp"

namespace savant::bench {
namespace {

// The most frequent words of abstracts and CV bullets, most frequent first.
// Ranks past this list are made-up words (see long_tail_word), so the
// vocabulary has the long tail real corpora have.
const std::vector<std::string> kCommonWords = {
    "the", "of", "and", "to", "in", "a", "for", "we", "on", "with", "is", "that", "by", "this",
    "as", "our", "are", "from", "an", "which", "model", "models", "learning", "data", "method",
    "based", "results", "show", "performance", "using", "propose", "training", "task", "tasks",
    "approach", "can", "new", "large", "network", "networks", "methods", "framework", "analysis",
    "these", "it", "be", "paper", "work", "problem", "state", "art", "two", "demonstrate",
    "experiments", "efficient", "novel", "existing", "over", "such", "more", "than", "also",
    "into", "improve", "different", "both", "while", "however", "representation", "neural",
    "deep", "dataset", "datasets", "benchmark", "benchmarks", "accuracy", "information", "system",
    "systems", "design", "time", "high", "quality", "multiple", "generation", "evaluation",
    "significantly", "achieves", "outperforms", "baseline", "baselines", "structure", "features",
    "robust", "robustness", "scale", "scalable", "efficiency", "inference", "optimization",
    "algorithm", "algorithms", "theoretical", "empirical", "study", "studies", "real", "world",
    "applications", "application", "domain", "domains", "knowledge", "human", "semantic", "text",
    "image", "images", "video", "language", "visual", "spatial", "temporal", "graph", "graphs",
    "attention", "transformer", "transformers", "pretraining", "fine", "tuning", "prompt",
    "reasoning", "agents", "agent", "policy", "reward", "control", "planning", "retrieval",
    "search", "ranking", "recommendation", "user", "users", "privacy", "security", "attack",
    "defense", "fairness", "bias", "uncertainty", "causal", "probabilistic", "bayesian",
    "sampling", "distribution", "distributions", "estimation", "prediction", "forecasting",
    "detection", "segmentation", "classification", "regression", "clustering", "compression",
    "sparse", "dense", "low", "rank", "memory", "compute", "hardware", "parallel", "distributed",
    "federated", "online", "offline", "adaptive", "dynamic", "hierarchical", "multimodal",
    "contrastive", "self", "supervised", "unsupervised", "semi", "transfer", "zero", "shot", "few",
    "generalization", "interpretability", "explanation", "alignment", "safety", "evaluation",
    "protocol", "simulation", "physics", "biology", "medical", "clinical", "health", "molecular",
    "protein", "chemistry", "materials", "climate", "energy", "robotics", "manipulation",
    "navigation", "autonomous", "driving", "speech", "audio", "music", "code", "program",
    "software", "verification", "theory", "bounds", "convergence", "gradient", "stochastic",
    "convex", "kernel", "matrix", "tensor", "signal", "processing", "noise", "loss", "objective",
    "regularization", "architecture", "layer", "layers", "token", "tokens", "embedding",
    "embeddings", "latent", "space", "diffusion", "generative", "adversarial", "variational"};

const std::vector<std::string> kTailSyllables = {"ka", "lo", "mi", "ren", "tor", "sa", "vel",
                                                 "qu", "dri", "pho", "ne", "zan", "tis", "gor",
                                                 "ul", "bex", "cri", "fen", "jo", "wy"};

std::string long_tail_word(std::size_t rank) {
  std::string word;
  std::size_t n = rank;
  do {
    word += kTailSyllables[n % kTailSyllables.size()];
    n /= kTailSyllables.size();
  } while (n > 0);
  return word + "ic";
}

constexpr std::size_t kVocabularySize = 30000;

}  // namespace

Vocabulary::Vocabulary() : topic_rank(1, 1.0), venue_rank(1, 1.0), word_rank(1, 1.0) {
  for (const schema::Topic& topic : schema::Taxonomy::builtin().topics()) {
    TopicWords words{topic.id, topic.label, {topic.label}};
    for (const std::string& alias : topic.aliases) words.phrases.push_back(alias);
    topics.push_back(std::move(words));
  }
  for (const schema::Venue& venue : schema::VenueTable::builtin().venues()) {
    if (venue.kind != "conference" && venue.kind != "journal") continue;
    venues.push_back({venue.id, venue.label, venue.kind == "journal"});
  }
  words = kCommonWords;
  for (std::size_t rank = words.size(); rank < kVocabularySize; ++rank) {
    words.push_back(long_tail_word(rank));
  }
  topic_rank = Zipf(topics.size(), 1.0);
  venue_rank = Zipf(venues.size(), 1.1);
  word_rank = Zipf(words.size(), 1.05);
}

const std::vector<std::string> kGivenNames = {
    "Alice", "Bo", "Carlos", "Daria", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jun", "Kamala",
    "Lars", "Mei", "Nikolai", "Olga", "Pablo", "Qing", "Rania", "Sven", "Tariq", "Uma", "Viktor",
    "Wen", "Xin", "Yara", "Zhen", "Amara", "Bruno", "Chiara", "Dmitri", "Esther", "Felix",
    "Giulia", "Hassan", "Ingrid", "Jonas", "Keiko", "Luca", "Maya", "Noah", "Oren", "Priya",
    "Rafael", "Sofia", "Tomas", "Ulla", "Vera", "Wei", "Yusuf", "Zoe"};

const std::vector<std::string> kSyllables = {
    "bar", "ken", "dor", "mal", "ves", "tin", "gar", "lon", "sor", "pel", "rik", "nat",
    "hal", "mer", "zun", "cal", "dev", "fos", "gil", "jar", "kov", "lis", "mon", "ras"};

const std::vector<std::string> kInstitutions = {
    "Peking University", "Tsinghua University", "Stanford University",
    "Massachusetts Institute of Technology", "University of Oxford", "ETH Zurich",
    "University of Toronto", "Carnegie Mellon University", "University of Tokyo",
    "National University of Singapore", "Technical University of Munich", "University of Edinburgh",
    "University of California, Berkeley", "KAIST", "University of Amsterdam", "EPFL",
    "University of Cambridge", "Fudan University", "University of Washington", "McGill University"};

const std::vector<std::string> kCompanies = {
    "Google DeepMind", "Microsoft Research", "Meta AI", "Alibaba DAMO Academy", "Baidu Research",
    "NVIDIA", "Amazon Science", "IBM Research", "Huawei Noah's Ark Lab", "Samsung AI Center"};

const std::vector<std::string> kPositions = {
    "Research Scientist", "Research Intern", "Postdoctoral Researcher", "Software Engineer",
    "Assistant Professor", "Machine Learning Engineer", "Visiting Researcher", "Teaching Assistant"};

const std::vector<std::string> kDegrees = {"PhD in Computer Science", "MS in Computer Science",
                                           "BS in Computer Science", "PhD in Statistics",
                                           "MS in Electrical Engineering", "BS in Mathematics"};

const std::vector<std::string> kSkills = {
    "Python", "C++", "PyTorch", "JAX", "TensorFlow", "CUDA", "Rust", "SQL", "Kubernetes", "Spark",
    "Julia", "MATLAB", "Go", "Docker", "Linux", "Hugging Face Transformers"};

}  // namespace savant::bench
