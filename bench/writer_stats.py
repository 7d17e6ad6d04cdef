"""The comment writer's group commits between two scrapes of /q/metrics.

Usage: writer_stats.py <before.txt> <after.txt>. Prints how many commits ran, their mean
duration, the histogram bucket holding their p99, and how many comments a commit carried on
average, as key=value fields for bench/quick.
"""
import re
import sys

BUCKET = re.compile(r'^moderato_writer_commit_seconds_bucket\{.*le="([^"]+)".*\} (\S+)$')
TOTAL = re.compile(r'^moderato_writer_(commit_seconds|batch_size)_(count|sum)(?:\{.*\})? (\S+)$')


def scrape(path):
    buckets, totals = {}, {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if m := BUCKET.match(line):
                buckets[float(m.group(1))] = float(m.group(2))
            elif m := TOTAL.match(line):
                totals[m.group(1) + "_" + m.group(2)] = float(m.group(3))
    return buckets, totals


def main(before, after):
    b0, t0 = scrape(before)
    b1, t1 = scrape(after)
    delta = lambda key: t1.get(key, 0) - t0.get(key, 0)
    commits = delta("commit_seconds_count")
    if commits <= 0:
        print("commits=0")
        return
    counts = {le: b1[le] - b0.get(le, 0) for le in sorted(b1)}
    p99 = next(le for le, n in counts.items() if n >= 0.99 * commits)
    print(f"commits={commits:.0f} commit_mean_ms={delta('commit_seconds_sum') / commits * 1000:.2f}"
          f" commit_p99_le_ms={p99 * 1000:.1f} comments_per_commit={delta('batch_size_sum') / commits:.1f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
