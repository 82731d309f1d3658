-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: POST /api/v1/ops batches of 100 new items (fresh op and entity ids each time), as many
-- clients pushing at once. FOLIO_TOKEN comes from the environment; done() prints figures for bench/run.
local token = os.getenv("FOLIO_TOKEN")
local label = os.getenv("FOLIO_LABEL") or "SQLite"
local batch = 100

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (args[1] and #args[1] or 0))
end

local function uuid()
  local template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (string.gsub(template, "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  local ops = {}
  for i = 1, batch do
    ops[i] = string.format('{"id":"%s","kind":"item.create","entity":"%s","fields":{"title":"wrk item %d","keywords":["bench","wrk"]}}',
      uuid(), uuid(), i)
  end
  return wrk.format("POST", "/api/v1/ops",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"ops":[' .. table.concat(ops, ",") .. ']}')
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("POST /ops (100/batch) ops/s, %s\t%.0f\t-\tops/s (higher is better)\t-\n",
    label, batch * summary.requests / (summary.duration / 1e6)))
  io.write(string.format("POST /ops p99 latency, %s\t%.1f\t-\tms\t-\n", label, latency:percentile(99) / 1000))
  io.write(string.format("POST /ops errors, %s\t%d\t-\tcount (0 expected)\t-\n", label, errors))
end
