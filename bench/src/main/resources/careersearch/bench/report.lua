-- wrk script: prints one machine-readable line with the figures careersearch's HttpBench reads.
-- Optional arguments (after --) are request paths to rotate over, one per request; each wrk
-- thread starts at a different one.
local paths = {}
local counter = 0
local threads = 0

setup = function(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

init = function(args)
  for _, a in ipairs(args) do
    paths[#paths + 1] = a
  end
  counter = (thread_id or 0) * 3
end

request = function()
  if #paths == 0 then
    return wrk.request()
  end
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
