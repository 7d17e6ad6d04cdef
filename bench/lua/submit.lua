-- Submissions with comment bodies prepared by bench/bodies.py (the YouTube Spam Collection, or
-- generated bodies without it), spread over 50 threads.
-- Environment:
--   BENCH_BODIES   prefix of the prepared bodies: <prefix>.json (JSON literals), <prefix>.form (url-encoded)
--   BENCH_FORMAT   json (default) or form
--   BENCH_NONCE    unique per wrk run: with the thread number and a counter it makes every email
--                  unique, so duplicate detection (same thread+email+body -> 409) never fires
--   BENCH_THREAD_PREFIX  article threads are <prefix>0..49 (default bench/article-)
--   BENCH_RECORD   when set, the id of every 202 is appended to <BENCH_RECORD>-t<tid>.ids,
--                  one flushed line per acknowledgement
--   BENCH_RECORD_PENDING_ONLY=1  record only the 202s whose status is pending
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local format = os.getenv("BENCH_FORMAT") or "json"
local nonce = assert(os.getenv("BENCH_NONCE"), "BENCH_NONCE is required")
local prefix = os.getenv("BENCH_THREAD_PREFIX") or "bench/article-"
local record = os.getenv("BENCH_RECORD")
local pending_only = os.getenv("BENCH_RECORD_PENDING_ONLY") == "1"
local bodies = bench.read_lines(os.getenv("BENCH_BODIES") .. "." .. format)
local counter = 0
local out

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local articles = {}
for i = 0, 49 do
  local name = prefix .. i
  articles[i] = format == "json" and name or urlencode(name)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = format == "json" and "application/json" or "application/x-www-form-urlencoded"

function init(args)
  if record then
    out = assert(io.open(record .. "-t" .. tid .. ".ids", "a"))
  else
    response = nil   -- wrk then skips parsing headers and bodies
  end
end

function request()
  counter = counter + 1
  local body = bodies[(counter + tid * 7919) % #bodies + 1]
  local article = articles[counter % 50]
  local email = string.format("b%s.t%d.%d@bench.example.org", nonce, tid, counter)
  local payload
  if format == "json" then
    payload = string.format('{"thread":"%s","name":"Bench reader %d","email":"%s","body":%s}',
                            article, tid, email, body)
  else
    payload = string.format("thread=%s&name=Bench+reader+%d&email=%s&body=%s",
                            article, tid, urlencode(email), body)
  end
  return wrk.format(nil, nil, nil, payload)
end

function response(status, headers, body)
  if status ~= 202 then return end
  local id = body:match('"id"%s*:%s*"([^"]+)"')
  if id and (not pending_only or body:find('"status"%s*:%s*"pending"')) then
    out:write(id .. "\n")
    out:flush()
  end
end
