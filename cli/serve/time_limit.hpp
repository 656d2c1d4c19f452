// SPDX-License-Identifier: MIT
// A time limit for the API's work. Each piece of work runs on a thread of its
// own while the HTTP worker that asked for it waits at most the limit, so a
// pathological query cannot hold a worker (and the connections it serves).
// Work that overruns cannot be interrupted (a Xapian match runs to its end):
// it finishes in the background and its answer is dropped. At most
// `max_overrunning` such pieces may run at once; beyond that new work is
// refused at once, so overrunning queries cannot pile up without bound.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace savant::serve {

/// Thread-safe. The destructor waits for overrunning work to end.
class TimeLimit {
 public:
  enum class Outcome {
    done,     ///< Finished within the limit: its result is returned.
    overran,  ///< Still running at the limit: left to finish, result dropped.
    refused,  ///< Not started: `max_overrunning` overrunning pieces still run.
  };

  TimeLimit(std::chrono::milliseconds limit, std::size_t max_overrunning)
      : limit_(limit), max_overrunning_(max_overrunning) {}
  ~TimeLimit() {
    std::unique_lock<std::mutex> lock(mutex_);
    ended_.wait(lock, [this] { return running_ == 0; });
  }
  TimeLimit(const TimeLimit&) = delete;
  TimeLimit& operator=(const TimeLimit&) = delete;

  std::chrono::milliseconds limit() const { return limit_; }

  /// Overrunning pieces still running.
  std::size_t overrunning() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return overrunning_;
  }

  /// Runs `work` (which must own everything it uses: it may outlive the
  /// caller) and returns its result when it finishes within the limit;
  /// `outcome` says what happened. Exceptions from `work` reach the caller.
  template <class T>
  std::optional<T> run(std::function<T()> work, Outcome& outcome) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (overrunning_ >= max_overrunning_) {
        outcome = Outcome::refused;
        return std::nullopt;
      }
      ++running_;
    }
    auto task = std::make_shared<std::packaged_task<T()>>(std::move(work));
    std::future<T> result = task->get_future();
    auto abandoned = std::make_shared<bool>(false);  // guarded by mutex_
    std::thread([this, task, abandoned] {
      (*task)();
      std::lock_guard<std::mutex> lock(mutex_);
      if (*abandoned) --overrunning_;
      --running_;
      ended_.notify_all();  // the last use of *this: the destructor may run once the lock goes
    }).detach();
    if (result.wait_for(limit_) != std::future_status::ready) {
      std::lock_guard<std::mutex> lock(mutex_);
      // Checked again under the lock: the thread may have just finished.
      if (result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        *abandoned = true;
        ++overrunning_;
        outcome = Outcome::overran;
        return std::nullopt;
      }
    }
    outcome = Outcome::done;
    return result.get();
  }

 private:
  const std::chrono::milliseconds limit_;
  const std::size_t max_overrunning_;
  mutable std::mutex mutex_;
  std::condition_variable ended_;
  std::size_t running_ = 0;
  std::size_t overrunning_ = 0;
};

}  // namespace savant::serve
