-- SPDX-License-Identifier: MIT
-- wrk script: cycles through the request paths listed in the file given after
-- `--` (one a line), and prints requests/s, latency percentiles and errors.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- Threads start at different places in the list.
  counter = math.random(#paths)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[counter % #paths + 1])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("requests:     %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s:   %.1f\n", summary.requests / seconds))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%-5s %.2f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max   %.2f ms\n", latency.max / 1000))
  io.write(string.format("errors:       %d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    e.connect + e.read + e.write + e.timeout + e.status, e.connect, e.read, e.write, e.timeout,
    e.status))
end
