-- Loaded first by every scenario script (dofile). Gives each wrk thread a number (global `tid`,
-- set from setup(): never declare `local tid`, it would hide it) and prints one machine-readable
-- line per run from done():
--   BENCH requests=N duration_s=S rps=R p50_ms=A p99_ms=B status_errors=E socket_errors=F [t<tid>_<key>=V ...]
-- status_errors are responses >= 400 (wrk counts 304 as success); socket_errors are connect,
-- read, write and timeout errors. A thread may publish numbers through the global table `report`.

bench = {}

function bench.read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  return lines
end

local threads = {}   -- only filled in the setup/done environment
local next_tid = 1

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local e = summary.errors
  local duration_s = summary.duration / 1e6
  local extra = {}
  for _, t in ipairs(threads) do
    local r = t:get("report")
    if type(r) == "table" then
      local keys = {}
      for k in pairs(r) do keys[#keys + 1] = k end
      table.sort(keys)
      for _, k in ipairs(keys) do
        extra[#extra + 1] = string.format("t%d_%s=%s", t:get("tid"), k, tostring(r[k]))
      end
    end
  end
  io.write(string.format(
    "BENCH requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f status_errors=%d socket_errors=%d%s\n",
    summary.requests, duration_s, summary.requests / duration_s,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout,
    #extra > 0 and (" " .. table.concat(extra, " ")) or ""))
end
