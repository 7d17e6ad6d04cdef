-- A plain GET of the URL given to wrk (headers through wrk -H): ping, lists, counts, queue page.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
