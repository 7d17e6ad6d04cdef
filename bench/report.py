#!/usr/bin/env python3
"""Turns bench/run's raw runs into the Markdown report.
Usage: report.py <results.tsv> key=value...  (tsv columns: round scenario rps p50_ms p99_ms
status_errors socket_errors max_rss_kb note; warm-up rounds are named warmup1, warmup2)"""
import re, statistics, sys
from collections import OrderedDict

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
meta = dict(arg.split("=", 1) for arg in sys.argv[2:])
measured = [r for r in rows if not r[0].startswith("warmup")]


def num(s):
    return float(s) if s else None


ceiling = {r[0]: num(r[2]) for r in measured if r[1] == "ceiling"}
scenarios = OrderedDict()
for r in measured:
    scenarios.setdefault(r[1], []).append(r)

max_rss_kb = max((int(r[7] or 0) for r in rows), default=0)
stored = int(meta.get("stored") or 0)
print(f"# Moderato benchmark — {meta['db']}\n")
print(f"- date: {meta['date']}")
print(f"- git commit: {meta['commit']}")
print(f"- JDK: {meta['jdk']}")
print(f"- service: -Xmx{meta['xmx']}, {meta['db']}, submission rate limit off "
      f"(MODERATO_SCREENING_RATE_LIMIT_ENABLED=false), duplicate detection on")
if "classifier" in meta:
    print(f"- spam filter: {meta['classifier']}")
if meta.get("webhooks", "0") != "0":
    print(f"- webhooks: {meta['webhooks']} endpoints for every event, a local receiver answering 204; "
          f"{meta.get('delivered', '?')} deliveries received")
print(f"- load: wrk, {meta['connections']} connections, {meta['threads']} threads, "
      f"{meta['duration']} s per run, {meta['runs']} runs, {meta['warmup']} s warm-up")
print(f"- max RSS of the service: {max_rss_kb / 1024:.0f} MiB (VmRSS, warm-up included)")
print(f"- comments stored at the end: {stored}")
if meta.get("h2_bytes"):
    per = int(meta["h2_bytes"]) / stored if stored else 0
    print(f"- H2 file: {int(meta['h2_bytes']) / 1048576:.1f} MiB, {per:.0f} bytes per stored comment")
print()
print("Medians over the runs; errors are responses >= 400 plus socket errors, summed over the runs;")
print("vs ceiling is the median of each run's req/s over the ping req/s of the same round.\n")
print("| scenario | req/s | p50 ms | p99 ms | errors | vs ceiling | note |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
def summarise_notes(runs):
    """The distinct notes of a scenario's runs, with the longest settling wait only."""
    parts, busy = [], 0
    for r in runs:
        for part in (r[8].split("; ") if len(r) > 8 and r[8] else []):
            waited = re.fullmatch(r"service busy for (\d+)s after the run", part)
            if waited:
                busy = max(busy, int(waited.group(1)))
            elif part not in parts:
                parts.append(part)
    if busy:
        parts.append(f"service busy up to {busy}s after a run")
    return "; ".join(parts)


def ms(value):
    return "–" if value != value else f"{value:.2f}"   # NaN: no run had a response


for name, runs in scenarios.items():
    notes = summarise_notes(runs)
    done = [r for r in runs if r[2]]
    if not done:
        print(f"| {name} | – | – | – | – | – | {notes} |")
        continue
    rps = statistics.median(num(r[2]) for r in done)
    timed = [r for r in done if r[3]]   # a run with no response has no latency
    p50 = statistics.median(num(r[3]) for r in timed) if timed else float("nan")
    p99 = statistics.median(num(r[4]) for r in timed) if timed else float("nan")
    errors = sum(int(r[5]) + int(r[6]) for r in done)
    ratios = [num(r[2]) / ceiling[r[0]] for r in done if ceiling.get(r[0])]
    ratio = f"{statistics.median(ratios):.3f}" if ratios else "–"
    print(f"| {name} | {rps:,.0f} | {ms(p50)} | {ms(p99)} | {errors} | {ratio} | {notes} |")
