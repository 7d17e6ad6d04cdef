#!/usr/bin/env python3
"""Prints the SQL that fills the queue with N pending comments, as a spam wave leaves it, for bench/queue.

Usage: fill_queue.py h2|postgresql N. Set-based inserts of 50,000 rows each (one statement, one commit each),
straight into the tables: the submission path is not what bench/queue measures. Comment x (1..N) is written
2026-12-01 plus x ms; x % 10 decides the rest:
  0, 1, 2  thread bench/wave (30 %), else bench/t-<x % 1000> (700 threads of ~1,000)
  0, 5     reason honeypot;  1, 6  reason too_many_links  (so bench/wave + honeypot is 10 % of N)
  even     a spam score (random), odd unscored
"""
import sys

dialect, total = sys.argv[1], int(sys.argv[2])
STEP = 50_000
if dialect == "h2":
    rows = "system_range({a}, {b})"
    x = "x"
    uuid, rand = "random_uuid()", "rand()"
    at = "dateadd(millisecond, x, timestamp with time zone '2026-12-01 00:00:00+00')"
else:
    rows = "generate_series({a}, {b}) as g(x)"
    x = "x"
    uuid, rand = "gen_random_uuid()", "random()"
    at = "timestamptz '2026-12-01 00:00:00+00' + x * interval '1 millisecond'"

for a in range(1, total + 1, STEP):
    b = min(total, a + STEP - 1)
    print(f"""insert into comment (id, thread, author_name, email, body, status, ip, created_at, version, spam_score)
select {uuid}, case when mod(x, 10) < 3 then 'bench/wave' else 'bench/t-' || mod(x, 1000) end,
       'Bench ' || mod(x, 10), 'b' || x || '@example.org', 'A comment of the wave, number ' || x || '.',
       'PENDING', '127.0.0.1', {at}, 0, case when mod(x, 2) = 0 then {rand} else null end
from {rows.format(a=a, b=b)};""")
    print("commit;" if dialect == "h2" else "")
print("""insert into comment_reason (comment_id, position, code, detail, status, thread, created_at)
select id, 0, case when author_name in ('Bench 0', 'Bench 5') then 'honeypot' else 'too_many_links' end,
       null, status, thread, created_at
from comment where author_name in ('Bench 0', 'Bench 5', 'Bench 1', 'Bench 6');""")
print("commit;" if dialect == "h2" else "")
print("analyze;" if dialect == "h2" else "analyze comment; analyze comment_reason;")
