#!/usr/bin/env python3
"""Queue page latency and a decision by filter, for bench/queue.

Usage: queue_latency.py BASE_URL PASSWORD ROUNDS PAGES JOB_TIMEOUT_S
For each filter combination, ROUNDS walks of PAGES pages of 50 by the `next` cursor from the first page,
and as many from deep in the queue (a cursor at comment 600,000 of bench/fill_queue.py's wave, made the
way the service makes them); then a few offset pages 10,000 deep for comparison. Times each request on
one keep-alive connection and prints a Markdown table: p50, p99, max per combination. Then asks for
`reject` on everything pending in bench/wave with reason honeypot and times it to its end.
"""
import base64
import http.client
import json
import statistics
import sys
import time
import urllib.parse

base, password, rounds, pages, job_timeout = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
url = urllib.parse.urlsplit(base)
auth = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)


def call(method, path, body=None):
    headers = {"Authorization": auth}
    if body is not None:
        headers["Content-Type"] = "application/json"
    start = time.perf_counter()
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status >= 300:
        sys.exit(f"ERROR: {method} {path} answered {response.status}: {data[:300]!r}")
    return elapsed, json.loads(data) if data else None


def cursor(order, score, created_at, uid="00000000-0000-0000-0000-000000000000"):
    text = f"{order}~{'' if score is None else score}~{created_at}~{uid}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


DEEP_AT = "2026-12-01T00:10:00Z"  # comment 600,000: 600 s after the first
COMBOS = [
    ("status", {}, None),
    ("status + thread (wave, 30 %)", {"thread": "bench/wave"}, None),
    ("status + thread (small, 0.1 %)", {"thread": "bench/t-7"}, None),
    ("status + reason honeypot", {"reason": "honeypot"}, None),
    ("status + thread + reason", {"thread": "bench/wave", "reason": "honeypot"}, None),
    ("status, by score", {"sort": "score"}, "score"),
    ("status + thread (small), by score", {"thread": "bench/t-7", "sort": "score"}, "score"),
]
rows = []
for name, params, order in COMBOS:
    query = dict(params, status="pending", size=50)
    first, deep = [], []
    totals = None
    for _ in range(rounds):
        for start, times in ((None, first), ("deep", deep)):
            q = dict(query)
            if start == "deep":
                q["after"] = cursor("s", 0.5, DEEP_AT) if order == "score" else cursor("o", None, DEEP_AT)
            for _ in range(pages):
                elapsed, page = call("GET", "/api/v1/moderation/comments?" + urllib.parse.urlencode(q))
                times.append(elapsed)
                totals = (page["total"], page["totalExact"])
                if not page["next"]:
                    break
                q = dict(query, after=page["next"])
    for label, times in (("from the first page", first), ("from comment 600,000", deep)):
        times.sort()
        p99 = times[min(len(times) - 1, int(round(0.99 * len(times))) - 1)]
        rows.append(f"| {name} | {label} | {len(times)} | {statistics.median(times):.1f} | {p99:.1f} | {times[-1]:.1f} | "
                    f"{totals[0]}{'' if totals[1] else '+'} |")

offset = []
for _ in range(3):
    elapsed, _page = call("GET", "/api/v1/moderation/comments?status=pending&thread=bench%2Fwave&size=50&page=4000")
    offset.append(elapsed)
rows.append(f"| status + thread (wave), by offset | page=4000 (200,000 deep) | 3 | {statistics.median(offset):.1f} | "
            f"{max(offset):.1f} | {max(offset):.1f} | |")

print("| filters | pages | requests | p50 ms | p99 ms | max ms | total |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print("\n".join(rows))

started = time.perf_counter()
_, job = call("POST", "/api/v1/moderation/decision-jobs",
              {"action": "reject", "reason": "bench wave", "filter": {"thread": "bench/wave", "reason": "honeypot"}})
accepted = (time.perf_counter() - started) * 1000
while job["state"] != "done":
    if time.perf_counter() - started > job_timeout:
        sys.exit(f"ERROR: the decision job was not done after {job_timeout} s: {job}")
    time.sleep(2)
    _, job = call("GET", f"/api/v1/moderation/decision-jobs/{job['id']}")
took = time.perf_counter() - started
print()
print(f"Decision by filter (reject, bench/wave + honeypot): 202 in {accepted:.0f} ms, matched {job['matched']},"
      f" applied {job['applied']}, skipped {job['skipped']}, done in {took:.1f} s ({job['applied'] / took:.0f} comments/s)")
_, left = call("GET", "/api/v1/moderation/comments?status=pending&thread=bench%2Fwave&reason=honeypot&size=1")
print(f"Pending in bench/wave with honeypot afterwards: {left['total']}")
