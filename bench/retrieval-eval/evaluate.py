#!/usr/bin/env python3
"""Cross-language retrieval evaluation against a running Meridian server.

Loads the English-only articles of articles.json through the knowledge API (published,
for every market), waits until the search finds each of them by its own title, then asks
GET /api/v1/knowledge/search (the same KnowledgeSearch the help center and the bot use)
every question of questions.tsv with the row's language as locale, and prints per
language the share of questions whose article came first (top 1) and among the first
five (top 5), and the mean reciprocal rank over the first five.

Standard library only.
"""
import argparse
import collections
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path} -> {error.code}: {error.read().decode('utf-8', 'replace')[:500]}")


def search(base, token, text, locale, limit=5):
    query = urllib.parse.urlencode({"q": text, "locale": locale, "limit": limit})
    return call(base, token, "GET", "/api/v1/knowledge/search?" + query)["results"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--articles", required=True)
    parser.add_argument("--questions", required=True, action="append",
                        help="a questions file; repeat for several, each reported apart")
    parser.add_argument("--misses", default="", help="write the questions missed at top 1 here")
    args = parser.parse_args()

    articles = json.load(open(args.articles, encoding="utf-8"))
    ids = {}
    for article in articles:
        created = call(args.base_url, args.token, "POST", "/api/v1/knowledge/articles", {
            "sourceLocale": "en",
            "markets": [],
            "translations": [{"locale": "en", "title": article["title"], "body": article["body"],
                              "status": "published", "slug": article["key"]}],
        })
        ids[created["id"]] = article["key"]
    print(f"loaded {len(ids)} articles (English only, published, every market)")

    # Indexing happens when each request's transaction commits; wait until each article
    # is found by its own title anyway, so that nothing below races the index.
    deadline = time.time() + 120
    for article in articles:
        while True:
            hits = search(args.base_url, args.token, article["title"], "en", 10)
            if any(ids.get(hit["articleId"]) == article["key"] for hit in hits):
                break
            if time.time() > deadline:
                sys.exit(f"article {article['key']} not searchable after 120 s")
            time.sleep(0.5)
    print("index ready: every article found by its title")

    misses = []
    for path in args.questions:
        misses += evaluate(args, ids, path)
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as out:
            out.write("set\tlanguage\trank\texpected\tquestion\tfound\n" + "\n".join(misses) + "\n")
        print(f"\nmissed at top 1: {len(misses)} questions, listed in {args.misses}")


def evaluate(args, ids, path):
    rows = []
    with open(path, encoding="utf-8") as tsv:
        header = tsv.readline().rstrip("\n").split("\t")
        assert header == ["language", "question", "article"], header
        for number, line in enumerate(tsv, start=2):
            line = line.rstrip("\n")
            if not line:
                continue
            language, question, key = line.split("\t")
            if key not in ids.values():
                sys.exit(f"{path}:{number}: unknown article {key}")
            rows.append((language, question, key))

    name = path.rsplit("/", 1)[-1]
    stats = collections.OrderedDict()
    misses = []
    started = time.time()
    for language, question, key in rows:
        hits = search(args.base_url, args.token, question, language, 5)
        ranked = [ids.get(hit["articleId"], "?") for hit in hits]
        rank = ranked.index(key) + 1 if key in ranked else 0
        s = stats.setdefault(language, {"n": 0, "top1": 0, "top5": 0, "rr": 0.0})
        s["n"] += 1
        s["top1"] += rank == 1
        s["top5"] += rank >= 1
        s["rr"] += 1.0 / rank if rank else 0.0
        if rank != 1:
            misses.append(f"{name}\t{language}\t{rank}\t{key}\t{question}\t{' '.join(ranked[:3])}")
    took = time.time() - started

    print(f"\n{name}: {len(rows)} questions in {took:.1f} s ({1000 * took / max(1, len(rows)):.0f} ms per search)\n")
    print(f"{'language':<10}{'questions':>10}{'top 1':>8}{'top 5':>8}{'MRR@5':>8}")

    def line(label, s):
        n = max(1, s["n"])
        print(f"{label:<10}{s['n']:>10}{s['top1'] / n:>8.2f}{s['top5'] / n:>8.2f}{s['rr'] / n:>8.2f}")

    total = {"n": 0, "top1": 0, "top5": 0, "rr": 0.0}
    for language, s in stats.items():
        line(language, s)
        if language != "en":
            for field in total:
                total[field] += s[field]
    line("non-en", total)
    return misses


if __name__ == "__main__":
    main()
