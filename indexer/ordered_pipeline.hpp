// SPDX-License-Identifier: MIT
// Work spread over threads, results taken in input order: reading, parsing
// and document building run on workers while the one Xapian writer consumes
// their results in the same order as a single-threaded run would, so the
// index does not depend on the number of threads.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace savant::indexer {

/// The worker count for `requested` jobs: 0 means one per hardware thread.
inline std::size_t effective_jobs(std::size_t requested) {
  if (requested > 0) return requested;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware == 0 ? 1 : hardware;
}

/// Calls `produce(i)` for every i in [0, count) on `jobs` worker threads and
/// `consume(i, result)` on the calling thread in increasing i. At most
/// `window` results are produced ahead of the consumer, which bounds memory.
/// With jobs <= 1 everything runs on the calling thread, one item at a time.
/// `produce` must be safe to call concurrently; an exception it throws is
/// rethrown on the calling thread when its item's turn comes (items after it
/// are not consumed). An exception from `consume` stops the workers and
/// propagates.
template <typename Produce, typename Consume>
void run_ordered(std::size_t count, std::size_t jobs, std::size_t window, Produce produce,
                 Consume consume) {
  using Result = std::invoke_result_t<Produce&, std::size_t>;
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  if (window < jobs) window = jobs;

  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool ready = false;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable produced;  // a slot became ready
  std::condition_variable freed;     // the consumer took a slot, or stop
  std::size_t next = 0;              // next item to hand out
  std::size_t consumed = 0;          // items the consumer has taken
  bool stop = false;

  auto work = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex);
        freed.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Slot done;
      try {
        done.result.emplace(produce(i));
      } catch (...) {
        done.error = std::current_exception();
      }
      done.ready = true;
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(done);
      }
      produced.notify_all();
    }
  };

  std::vector<std::thread> workers;
  auto finish = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    freed.notify_all();
    for (auto& worker : workers) worker.join();
  };
  try {
    for (std::size_t w = 0; w < jobs && w < count; ++w) workers.emplace_back(work);
    for (std::size_t i = 0; i < count; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        produced.wait(lock, [&] { return slots[i % window].ready; });
        slot = std::move(slots[i % window]);
        slots[i % window] = Slot{};
        ++consumed;
      }
      freed.notify_all();
      if (slot.error) std::rethrow_exception(slot.error);
      consume(i, std::move(*slot.result));
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

/// run_ordered() for the items of [0, count) where `needs_work(i)` holds; the
/// others are consumed in their place, in order, on the calling thread, with
/// a value-initialised result and without reaching a worker. A run where most
/// items need nothing (files unchanged, researchers kept) then costs no thread
/// hand-off per item: that was a futex wake-up or two each.
template <typename NeedsWork, typename Produce, typename Consume>
void run_ordered_where(std::size_t count, std::size_t jobs, std::size_t window,
                       NeedsWork needs_work, Produce produce, Consume consume) {
  using Result = std::invoke_result_t<Produce&, std::size_t>;
  std::vector<std::size_t> work;
  for (std::size_t i = 0; i < count; ++i) {
    if (needs_work(i)) work.push_back(i);
  }
  std::size_t taken = 0;
  auto take_until = [&](std::size_t end) {
    for (; taken < end; ++taken) consume(taken, Result{});
  };
  run_ordered(
      work.size(), jobs, window, [&](std::size_t k) { return produce(work[k]); },
      [&](std::size_t k, Result result) {
        take_until(work[k]);
        consume(work[k], std::move(result));
        ++taken;
      });
  take_until(count);
}

}  // namespace savant::indexer
