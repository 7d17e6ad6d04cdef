-- A plain GET of the URL given to wrk (headers through wrk -H): ping, lists, counts, queue page.
-- BENCH_EXPECT_STATUS=304 (say) counts the responses with another status in report.unexpected;
-- without it wrk skips parsing responses.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local expected = tonumber(os.getenv("BENCH_EXPECT_STATUS") or "")

function init(args)
  if expected then
    report = { unexpected = 0 }
  else
    response = nil
  end
end

function response(status, headers, body)
  if status ~= expected then report.unexpected = report.unexpected + 1 end
end
