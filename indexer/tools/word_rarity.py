#!/usr/bin/env python3
"""Writes word-rarity.tsv: in how many of a background of news articles each content word occurs.

Usage, from the repository's top folder:
    python3 indexer/tools/word_rarity.py > indexer/src/main/resources/newsarchive/enrich/word-rarity.tsv

With --leave-out FOLDER, the articles of files under FOLDER are left out: a table for measuring
the story rules on a labelled set as on news the table never saw.

The background is every labelled article under indexer/src/test/resources (the story, company and
topic sets) and the bundled corpus's JSON Lines: news of many trades, so that a word most news uses
("company", "billion", "quarter") weighs little and one few use ("coolant", "Nuvia") much. The
copies of one labelled story count once, so a story's own words are not made common by its copies.
Words are read as StorySignature reads them: lower-cased runs of letters and digits of three or more,
the first 512 of each article, the commonest forty left out; words in fewer than two units are left
out of the table (the signature weighs an unlisted word as the rarest).
"""
import collections
import glob
import json
import re
import sys

COMMON = set("""the and for with that this from into its are was were has have had will would said
says say after over than about not but also their they she his her our you been more new which who
out""".split())
MAX_WORDS = 512
WORD = re.compile(r"[^\W_]+")


def content_words(article):
    words = [w for w in WORD.findall((article["title"] + " " + article["body"]).lower())
             if len(w) >= 3 and w not in COMMON]
    return set(words[:MAX_WORDS])


def units(left_out):
    files = sorted(glob.glob("indexer/src/test/resources/**/*.jsonl", recursive=True))
    files += sorted(glob.glob("corpus/**/*.jsonl", recursive=True))
    for name in files:
        if left_out and name.startswith(left_out):
            continue
        stories = collections.defaultdict(set)
        for number, line in enumerate(open(name, encoding="utf-8")):
            try:
                article = json.loads(line)
            except ValueError:
                continue  # the reindex tests' malformed lines
            if not isinstance(article, dict) or not isinstance(article.get("title"), str) \
                    or not isinstance(article.get("body"), str):
                continue
            stories[article.get("story", number)] |= content_words(article)
        yield from stories.values()


counts = collections.Counter()
total = 0
left_out = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--leave-out" else None
for words in units(left_out):
    total += 1
    counts.update(words)
out = sys.stdout
out.write("# word\tunits (of %d: labelled articles, a labelled story's copies once; see "
          "indexer/tools/word_rarity.py)\n" % total)
out.write("*\t%d\n" % total)
for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    if count >= 2:
        out.write("%s\t%d\n" % (word, count))
