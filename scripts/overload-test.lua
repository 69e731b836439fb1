-- wrk script for scripts/overload-test.sh. MODE=expensive: searches of three random two-letter
-- prefixes (each expands to many terms; random, so no cache helps) sorted by salary;
-- MODE=cheap: one selective word. Prints "OVERLOAD <mode> requests=.. status503=.. p99_ms=..".
local letters = "abcdefghilmnoprst"
local mode = os.getenv("MODE") or "cheap"
s503 = 0 -- global: setup() reads it per thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function prefix()
  local i = math.random(#letters)
  local j = math.random(#letters)
  return letters:sub(i, i) .. letters:sub(j, j) .. "*"
end

request = function()
  if mode == "expensive" then
    local q = prefix() .. "+" .. prefix() .. "+" .. prefix()
    return wrk.format("GET", "/api/search?q=" .. q .. "&sort=salary_desc&page=" .. math.random(5))
  end
  return wrk.format("GET", "/api/search?q=kubernetes")
end

response = function(status)
  if status == 503 then
    s503 = s503 + 1
  end
end

done = function(summary, latency)
  local total503 = 0
  for _, t in ipairs(threads) do
    total503 = total503 + (t:get("s503") or 0)
  end
  io.write(string.format("OVERLOAD %s requests=%d status503=%d non2xx=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    mode, summary.requests, total503, summary.errors.status, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
