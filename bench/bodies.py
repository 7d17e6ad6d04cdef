#!/usr/bin/env python3
"""Prepares the comment bodies the wrk scripts submit, one per line:
<out>.json holds JSON string literals, <out>.form application/x-www-form-urlencoded values.

Usage: bodies.py <youtube-spam-dir> <out-prefix>

The bodies are the comments of the YouTube Spam Collection (its *.csv files, column CONTENT)
when the folder holds them. The data set is not part of the repository, so without it the
bodies are generated: 3,000 distinct comments of realistic lengths (from a few words to over a
thousand characters, most of them short as in the data set, some with links, some in French),
the same ones on every run. One line on stderr says which; exit status 1 with the reason when
no body could be prepared."""
import csv
import glob
import json
import os
import random
import sys
import urllib.parse

GENERATED = 3000
MAX_LENGTH = 10000  # moderato.body.max-length


def from_youtube(folder):
    bodies = []
    for path in sorted(glob.glob(os.path.join(folder, "*.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                body = (row.get("CONTENT") or "").strip()
                if 0 < len(body) <= MAX_LENGTH:
                    bodies.append(body)
    return bodies


OPENERS = ["Great piece.", "Thanks for writing this.", "I disagree.", "Finally someone says it.",
           "Interesting, but incomplete.", "Well argued.", "Not convinced.", "Good reporting.",
           "This is the third article on the subject this month.", "As a local resident:",
           "Small correction:", "Honest question:", "Same here.", "Merci pour cet article."]
SUBJECTS = ["the council", "the mayor", "the new tram line", "the budget", "this vote",
            "the school board", "the minister", "the opposition", "the river project",
            "the housing plan", "the bike lanes", "the hospital", "the port", "local shops",
            "the tax on second homes", "the market hall", "the night buses", "the referendum"]
VERBS = ["should have waited for", "ignores", "will pay for", "has nothing to do with",
         "was promised before", "depends on", "makes no sense without", "comes years after",
         "could still change", "was already voted with", "is a direct answer to", "forgets"]
OBJECTS = ["the people who live here", "last year's report", "the figures in the third paragraph",
           "the traffic on the ring road", "the small businesses", "the families in the north district",
           "the cost overruns", "the public consultation", "what happened in 2019",
           "the climate targets", "the neighbouring towns", "the teachers' union"]
TAILS = ["", "", "", " Just my opinion.", " Check the minutes of the last meeting.",
         " We will see at the next election.", " Nobody asked the residents.",
         " The numbers do not add up.", " Let's talk about it again in a year."]
FRENCH = ["Le conseil municipal a voté trop vite.", "Je ne suis pas d'accord avec l'élu cité.",
          "Les habitants du quartier n'ont pas été consultés.", "Très bon article, merci.",
          "Où peut-on lire le rapport complet ?", "Cela coûtera cher aux contribuables."]
SHORT = ["Typical of", "What about", "Love", "Nobody cares about", "Stop blaming", "Thank you,",
         "So much for", "Vote against", "Who still trusts", "Same story with", "Good news for",
         "Bad news for", "Not again,", "Long live", "Shame on"]
REACTIONS = ["Agreed.", "Exactly!", "Why now?", "Source?", "lol", "So true", "Nope.", "Well said!",
             "Who pays?", "About time.", "Bof.", "Enfin !"]
SPAM = ["Check out my channel for more!", "Subscribe and win a free phone",
        "I make $500 a day from home, ask me how", "Best prices here", "Follow me for daily videos"]


def sentence(rng):
    if rng.random() < 0.08:
        return rng.choice(FRENCH)
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
    return s[0].upper() + s[1:] + rng.choice(TAILS)


def link(rng):
    slug = "-".join(rng.choice(OBJECTS).split()[:3]).replace("'", "")
    return rng.choice([f"https://example.org/{slug}", f"http://www.example.com/watch?v={rng.randrange(10**9):09d}",
                       f"https://news.example.net/2026/{rng.randrange(1, 13):02d}/{slug}"])


def generated(rng):
    bodies, seen = [], set()
    while len(bodies) < GENERATED:
        roll = rng.random()
        if roll < 0.15:  # short spam, often with a link, like much of the YouTube data set
            body = rng.choice(SPAM) + (" " + link(rng) if rng.random() < 0.7 else "")
        elif roll < 0.45:  # a reaction of a few words
            body = rng.choice(REACTIONS) if rng.random() < 0.1 else \
                f"{rng.choice(SHORT)} {rng.choice(SUBJECTS)}{rng.choice(['.', '?', '!', '...', ' :('])}"
        else:
            count = 1 if roll < 0.70 else rng.randint(2, 4) if roll < 0.88 else rng.randint(5, 12) if roll < 0.98 else rng.randint(13, 20)
            parts = [rng.choice(OPENERS)] if rng.random() < 0.5 else []
            parts += [sentence(rng) for _ in range(count)]
            if rng.random() < 0.12:
                parts.append("More here: " + link(rng))
            if rng.random() < 0.02:  # more links than moderato.screening.max-links: held for a moderator
                parts.append(" ".join(link(rng) for _ in range(3)))
            paragraphs, paragraph = [], []
            for part in parts:
                paragraph.append(part)
                if len(paragraph) >= 4 and rng.random() < 0.4:
                    paragraphs.append(" ".join(paragraph))
                    paragraph = []
            paragraphs.append(" ".join(paragraph))
            body = "\n\n".join(p for p in paragraphs if p)
        body = body.strip()[:MAX_LENGTH]
        if body and body not in seen:
            seen.add(body)
            bodies.append(body)
    return bodies


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    folder, out = sys.argv[1], sys.argv[2]
    csvs = glob.glob(os.path.join(folder, "*.csv"))
    if csvs:
        bodies = from_youtube(folder)
        if not bodies:
            sys.exit(f"no comment body in the CSV files of {folder} (column CONTENT): is it the YouTube Spam Collection?")
        source = f"the YouTube Spam Collection in {folder}"
    else:
        bodies = generated(random.Random(1586))
        print(f"the YouTube Spam Collection was not found at {folder}: using {len(bodies)} generated comment "
              f"bodies instead (put its CSV files there, or name their folder in BENCH_DATA_DIR)", file=sys.stderr)
        source = "generated"
    with open(out + ".json", "w", encoding="utf-8") as f:
        for b in bodies:
            f.write(json.dumps(b, ensure_ascii=True) + "\n")
    with open(out + ".form", "w", encoding="utf-8") as f:
        for b in bodies:
            f.write(urllib.parse.quote_plus(b) + "\n")
    print(f"{len(bodies)} comment bodies ({source})")


if __name__ == "__main__":
    main()
