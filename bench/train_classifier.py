#!/usr/bin/env python3
"""Teaches the learning spam filter of a running service the YouTube Spam Collection, as moderators
would: submits every comment of the four videos, has the administrator decide each (spam for CLASS 1,
approve otherwise) in bulk, and waits until GET /api/v1/admin/classifier says the filter is active.
Forgets every earlier example first (the seeded read scenarios approved comments of either kind).
Usage: train_classifier.py <base-url> <admin-password> <youtube-spam-dir> <nonce>"""
import base64, csv, glob, html, http.client, json, os, re, sys, time, urllib.parse

base, password, folder, nonce = sys.argv[1:5]
url = urllib.parse.urlsplit(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
auth = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
TAGS = re.compile(r"<[^>]+>")
REFUSED = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]")


def call(method, path, payload=None):
    conn.request(method, path, json.dumps(payload) if payload is not None else None,
                 {"Content-Type": "application/json", "Authorization": auth})
    resp = conn.getresponse()
    return resp.status, resp.read()


def plain(text):
    """The text a reader saw of YouTube's HTML, without the characters Moderato refuses."""
    return REFUSED.sub("", html.unescape(TAGS.sub("", text.replace("<br />", "\n")))).strip()


comments = []
for path in sorted(glob.glob(os.path.join(folder, "*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        comments += [(plain(row["AUTHOR"]) or "Reader", plain(row["CONTENT"]), row["CLASS"].strip() == "1")
                     for row in csv.DictReader(f) if plain(row["CONTENT"])]
if not comments:
    sys.exit(f"no comments in {folder}: the filter cannot be trained without the YouTube Spam Collection")

status, _ = call("DELETE", "/api/v1/admin/classifier")
if status != 204:
    sys.exit(f"DELETE /api/v1/admin/classifier answered {status}")
ids = {True: [], False: []}
for n, (author, body, spam) in enumerate(comments):
    status, answer = call("POST", "/api/v1/comments", {"thread": f"bench/classifier-{nonce}", "name": author[:200],
                                                       "email": f"train{nonce}.{n}@bench.example.org", "body": body})
    if status != 202:
        sys.exit(f"a training comment was refused ({status}): {answer[:200]!r}")
    ids[spam].append(json.loads(answer)["id"])
for spam, action in ((True, "spam"), (False, "approve")):
    for start in range(0, len(ids[spam]), 200):
        status, answer = call("POST", "/api/v1/moderation/decisions", {"action": action, "ids": ids[spam][start:start + 200]})
        if status != 200:
            sys.exit(f"bulk {action} answered {status}: {answer[:200]!r}")
deadline = time.time() + 120
while time.time() < deadline:
    status, answer = call("GET", "/api/v1/admin/classifier")
    learned = json.loads(answer)
    if learned.get("active") and learned["spam"] == len(ids[True]) and learned["legitimate"] == len(ids[False]):
        print(f"spam filter trained on {learned['spam']} spam and {learned['legitimate']} legitimate comments", file=sys.stderr)
        sys.exit(0)
    time.sleep(0.5)
sys.exit(f"the filter did not learn every decision within 120 s: {learned}")
