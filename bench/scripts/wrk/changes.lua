-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: GET /api/v1/changes pages of 500 from random cursors over the whole feed, as many clients
-- catching up at once. FOLIO_TOKEN (the bearer token) and FOLIO_HEAD (the feed's newest seq) come from the
-- environment; done() prints tab-separated figures for bench/run.
local token = os.getenv("FOLIO_TOKEN")
local head = tonumber(os.getenv("FOLIO_HEAD"))
local label = os.getenv("FOLIO_LABEL") or "SQLite"
local bad = 0

function setup(thread)
  thread:set("bad", 0)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local since = math.random(0, math.max(0, head - 500))
  return wrk.format("GET", "/api/v1/changes?since=" .. since .. "&limit=500",
    { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("GET /changes (500/page, 64 conn) requests/s, %s\t%.0f\t-\treq/s (higher is better)\t-\n",
    label, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("GET /changes p99 latency, %s\t%.1f\t-\tms\t-\n", label, latency:percentile(99) / 1000))
  io.write(string.format("GET /changes errors, %s\t%d\t-\tcount (0 expected)\t-\n", label, errors))
end
