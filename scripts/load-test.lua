-- wrk script for scripts/load-test.sh: rotates through realistic requests (searches with and
-- without filters, sorts and paging, a misspelling, completions, documents, health) with a think
-- time between a client's requests, and prints
-- one machine-readable summary line when the run ends. Every non-2xx answer counts as an error.

local paths = {
  "/api/search?q=python",
  "/api/search?q=machine+learning+engineer",
  "/api/search?q=senior+data+scientist+remote",
  "/api/search?q=pytorch+over+150k",
  "/api/search?q=data+engineer&seniority=senior",
  "/api/search?q=kubernetes&type=tool",
  "/api/search?q=nlp&sort=salary_desc",
  "/api/search?q=ml+ops&remote=remote",
  "/api/search?type=job&sort=date_desc",
  "/api/search?q=statistics&type=occupation",
  "/api/search?q=analyst&salary_band=100k-150k",
  "/api/search?q=tableau&page=2",
  "/api/search?q=software+developer&employment=full_time",
  "/api/search?q=data+scientist&type=salary_report&sort=salary_desc",
  "/api/search?q=computer+vision",
  "/api/search?q=deep+learning+researcher",
  "/api/search?q=sql&strict=true",
  "/api/search?q=spark+hadoop",
  "/api/search?q=machine+lerning",
  "/api/search?q=%22data+pipelines%22+-intern",
  "/api/search?q=devops+engineer&size=20",
  "/api/search?q=database+administrator&type=occupation&page=3",
  "/api/suggest?q=py",
  "/api/suggest?q=data+sc",
  "/api/suggest?q=kub",
  "/api/documents/tool:pytorch",
  "/api/documents/section:introduction",
  "/api/health",
}

local next_path = 1

-- think time between a client's requests, in ms (THINK_MS, default 1000; 0 = as fast as possible):
-- people read results before the next search, and a saturated machine would only measure its queue
local think_ms = tonumber(os.getenv("THINK_MS") or "1000")

function init(args)
  -- threads start at different places in the rotation
  next_path = math.random(#paths)
end

function delay()
  if think_ms <= 0 then
    return 0
  end
  return math.floor(think_ms * (0.5 + math.random()))
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local ms = function(us) return us / 1000.0 end
  io.write(string.format(
    "LOADTEST phase=%s requests=%d duration_s=%.1f rps=%.1f errors=%d connect=%d read=%d write=%d status=%d timeout=%d mean_ms=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f p999_ms=%.1f max_ms=%.1f\n",
    os.getenv("PHASE") or "run",
    summary.requests,
    summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6),
    e.connect + e.read + e.write + e.status + e.timeout,
    e.connect, e.read, e.write, e.status, e.timeout,
    ms(latency.mean),
    ms(latency:percentile(50)),
    ms(latency:percentile(90)),
    ms(latency:percentile(99)),
    ms(latency:percentile(99.9)),
    ms(latency.max)))
end
