#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N comments to stdout, shaped as WordPress writes one: posts of
about a hundred comments each, a third of them replies, every status, some pingbacks, HTML bodies with
paragraphs, entities and links, and comment meta. The same file for the same arguments (seeded)."""
import argparse
import random
import sys

WORDS = ("the vote budget minister council city people article report year school road tax plan water "
         "should would think really agree wrong right question answer thanks point fact number law "
         "week morning night local news page read before after because although however").split()


META = ('\t\t\t<wp:commentmeta>\n\t\t\t\t<wp:meta_key><![CDATA[akismet_result]]></wp:meta_key>\n'
        '\t\t\t\t<wp:meta_value><![CDATA[false]]></wp:meta_value>\n\t\t\t</wp:commentmeta>\n')


def body(rnd):
    paragraphs = []
    for _ in range(rnd.choice((1, 1, 1, 2))):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(6, 24))]
        text = " ".join(words).capitalize() + "."
        if rnd.random() < 0.15:
            text += ' See <a href="https://example.org/%d" rel="nofollow">this</a>.' % rnd.randint(1, 10**6)
        if rnd.random() < 0.2:
            text = text.replace(" and ", " &amp; ", 1) + " &laquo;quoted&raquo; &#8211; caf&eacute;"
        paragraphs.append(text)
    return "\n\n".join(paragraphs) if rnd.random() < 0.5 else "".join("<p>%s</p>" % p for p in paragraphs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--per-post", type=int, default=100)
    parser.add_argument("--seed", type=int, default=29)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0"\n'
              '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"\n'
              '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
              '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
              '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
              '\txmlns:wp="http://wordpress.org/export/1.2/"\n>\n<channel>\n\t<title>Bench news</title>\n'
              '\t<link>https://news.example.com</link>\n\t<wp:wxr_version>1.2</wp:wxr_version>\n')
    comment_id = 0
    post_id = 0
    while comment_id < args.comments:
        post_id += 1
        year, month = 2008 + post_id % 15, 1 + post_id % 12
        out.write('\t<item>\n\t\t<title>Post %d</title>\n\t\t<link>https://news.example.com/%d/%02d/post-%d/</link>\n'
                  '\t\t<pubDate>Mon, 01 Jan %d 00:00:00 +0000</pubDate>\n\t\t<dc:creator><![CDATA[editor]]></dc:creator>\n'
                  '\t\t<content:encoded><![CDATA[<p>The article.</p>]]></content:encoded>\n'
                  '\t\t<wp:post_id>%d</wp:post_id>\n\t\t<wp:status><![CDATA[publish]]></wp:status>\n'
                  '\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n' % (post_id, year, month, post_id, year, post_id))
        first = comment_id + 1
        for _ in range(min(args.per_post, args.comments - comment_id)):
            comment_id += 1
            parent = rnd.randint(first, comment_id - 1) if comment_id > first and rnd.random() < 0.33 else 0
            status = rnd.choices(("1", "0", "spam", "trash"), weights=(80, 5, 12, 3))[0]
            kind = "pingback" if rnd.random() < 0.01 else "comment"
            minute = comment_id % 60
            out.write('\t\t<wp:comment>\n\t\t\t<wp:comment_id>%d</wp:comment_id>\n'
                      '\t\t\t<wp:comment_author><![CDATA[Reader %d]]></wp:comment_author>\n'
                      '\t\t\t<wp:comment_author_email><![CDATA[reader%d@example.org]]></wp:comment_author_email>\n'
                      '\t\t\t<wp:comment_author_url>https://reader%d.example.org</wp:comment_author_url>\n'
                      '\t\t\t<wp:comment_author_IP><![CDATA[192.0.2.%d]]></wp:comment_author_IP>\n'
                      '\t\t\t<wp:comment_date><![CDATA[%d-%02d-14 10:%02d:00]]></wp:comment_date>\n'
                      '\t\t\t<wp:comment_date_gmt><![CDATA[%d-%02d-14 09:%02d:00]]></wp:comment_date_gmt>\n'
                      '\t\t\t<wp:comment_content><![CDATA[%s]]></wp:comment_content>\n'
                      '\t\t\t<wp:comment_approved><![CDATA[%s]]></wp:comment_approved>\n'
                      '\t\t\t<wp:comment_type><![CDATA[%s]]></wp:comment_type>\n'
                      '\t\t\t<wp:comment_parent>%d</wp:comment_parent>\n'
                      '\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n'
                      '%s\t\t</wp:comment>\n'
                      % (comment_id, comment_id % 5000, comment_id % 20000, comment_id % 3000, comment_id % 250,
                         year, month, minute, year, month, minute, body(rnd), status, kind, parent,
                         META if rnd.random() < 0.2 else ""))
        out.write('\t</item>\n')
    out.write('</channel>\n</rss>\n')


if __name__ == "__main__":
    main()
