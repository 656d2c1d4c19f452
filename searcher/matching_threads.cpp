// SPDX-License-Identifier: MIT
#include "searcher/matching_threads.hpp"

#include <algorithm>
#include <thread>

namespace savant::searcher {

MatchingThreads::MatchingThreads(unsigned cores) : cores_(std::max(cores, 1u)) {}

MatchingThreads::Lease::Lease(Lease&& other) noexcept
    : owner_(other.owner_), threads_(other.threads_) {
  other.owner_ = nullptr;
}

MatchingThreads::Lease::~Lease() {
  if (owner_) owner_->end(threads_);
}

MatchingThreads::Lease MatchingThreads::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  // A matching that finds no core free still runs (on its own thread): it
  // counts, so the next one does not split either.
  const unsigned threads = in_use_ + 2 <= cores_ ? 2 : 1;
  in_use_ += threads;
  return Lease(this, threads);
}

unsigned MatchingThreads::in_use() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return in_use_;
}

void MatchingThreads::end(unsigned threads) {
  std::lock_guard<std::mutex> lock(mutex_);
  in_use_ -= threads;
}

MatchingThreads& process_matching_threads() {
  static MatchingThreads instance(std::thread::hardware_concurrency());
  return instance;
}

}  // namespace savant::searcher
