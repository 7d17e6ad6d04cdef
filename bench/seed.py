#!/usr/bin/env python3
"""Seeds the read scenarios of bench/run through the public API:
thread bench/list-200 with exactly 200 approved comments, threads bench/count-1..20 with a few
approved comments each. Usage: seed.py <base-url> <admin-password> <bodies.json file> <nonce>"""
import base64, http.client, json, sys, urllib.parse

base, password, bodies_file, nonce = sys.argv[1:5]
url = urllib.parse.urlsplit(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
auth = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
bodies = [json.loads(line) for line in open(bodies_file, encoding="utf-8") if line.strip()]
if not bodies:
    sys.exit(f"no comment bodies in {bodies_file}: nothing to seed the read scenarios with")
sent = 0


def call(method, path, payload=None, headers=None):
    hdrs = {"Content-Type": "application/json", **(headers or {})}
    conn.request(method, path, json.dumps(payload) if payload is not None else None, hdrs)
    resp = conn.getresponse()
    return resp.status, resp.read()


def submit(thread):
    global sent
    sent += 1
    status, body = call("POST", "/api/v1/comments", {
        "thread": thread, "name": "Seed reader",
        "email": f"seed{nonce}.{sent}@bench.example.org", "body": bodies[sent % len(bodies)]})
    if status != 202:
        sys.exit(f"seed submission to {thread} answered {status}: {body[:300]!r}")
    return json.loads(body)["id"]


def approve(ids):
    for i in range(0, len(ids), 500):
        status, body = call("POST", "/api/v1/moderation/decisions",
                            {"action": "approve", "ids": ids[i:i + 500]}, {"Authorization": auth})
        if status != 200:
            sys.exit(f"bulk approval answered {status}: {body[:300]!r}")
        outcomes = {r["outcome"] for r in json.loads(body)["results"]}
        if outcomes != {"applied"}:
            sys.exit(f"bulk approval outcomes {outcomes}, expected only 'applied'")


approve([submit("bench/list-200") for _ in range(200)])
count_threads = [f"bench/count-{n}" for n in range(1, 21)]
approve([submit(t) for t in count_threads for _ in range(3)])

status, body = call("GET", "/api/v1/comments?thread=bench/list-200&size=200")
listed = json.loads(body)
if status != 200 or listed["total"] != 200 or len(listed["items"]) != 200:
    sys.exit(f"bench/list-200 lists {listed.get('total')} comments ({status}), expected 200")
query = "&".join("thread=" + urllib.parse.quote(t, safe="") for t in count_threads)
status, body = call("GET", "/api/v1/comments/count?" + query)
counts = json.loads(body)
if status != 200 or any(counts.get(t) != 3 for t in count_threads):
    sys.exit(f"counts answered {status}: {body[:300]!r}")
print(f"seeded bench/list-200 (200 approved) and bench/count-1..20 (3 approved each): {sent} submissions")
