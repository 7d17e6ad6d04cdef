-- Approves pending comments, each request a different one. Environment:
--   BENCH_IDS      file of pending ids, one per line; thread <tid> of BENCH_THREADS owns the
--                  <tid>-th equal slice of it
--   BENCH_THREADS  the wrk thread count (-t)
--   BENCH_AUTH     base64 of user:password for HTTP Basic
-- Each thread reports first (the 1-based line its slice starts at), used (ids of its slice it
-- sent) and wrapped (requests sent after its slice ran out: those re-decide an approved comment,
-- an idempotent 200, and make the run unrepresentative).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local ids = bench.read_lines(os.getenv("BENCH_IDS"))
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
local first, last, pos

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")

function init(args)
  local per = math.floor(#ids / nthreads)
  assert(per > 0, "no pending ids for thread " .. tid)
  first = (tid - 1) * per + 1
  last = tid * per
  pos = first
  report = { first = first, used = 0, wrapped = 0 }
end

function request()
  if pos > last then
    pos = first
  end
  if report.used < last - first + 1 then
    report.used = report.used + 1
  else
    report.wrapped = report.wrapped + 1
  end
  local id = ids[pos]
  pos = pos + 1
  return wrk.format(nil, "/api/v1/moderation/comments/" .. id .. "/decision", nil, '{"action":"approve"}')
end
