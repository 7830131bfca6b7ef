#!/usr/bin/env python3
"""Sends labelled questions to POST /api/v1/bot/answer and prints, per language, the
answered share of answerable questions, the precision of answers, the hand-off share and
the p95 latency; then p50, the slowest questions, the load average and the server's CPU
time per question. See bench/run-bot-eval.sh for the scoring rules."""
import argparse
import csv
import json
import math
import os
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            payload = json.load(response)
            status = response.status
    except urllib.error.HTTPError as error:
        payload = {"error": error.read().decode(errors="replace")}
        status = error.code
    return status, payload, (time.perf_counter() - started) * 1000


def article_keys(base, token):
    """Every slug of every article, and the id, leads to the article's id."""
    keys = {}
    _, listing, _ = call(base, token, "GET", "/api/v1/knowledge/articles")
    for item in listing["items"]:
        _, article, _ = call(base, token, "GET", "/api/v1/knowledge/articles/" + item["id"])
        keys[item["id"]] = item["id"]
        for translation in article["translations"]:
            keys[translation["slug"]] = item["id"]
    return keys


SLOWEST = 20


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1))]


def p95(values):
    return percentile(values, 0.95)


def server_pid(base_url):
    """The process listening on the server's port (Linux /proc), or None: its CPU time over
    the question pass is the cost per question whatever the load, which latencies are not."""
    try:
        port = int(base_url.rsplit(":", 1)[1].split("/")[0])
        inodes = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as handle:
                for line in list(handle)[1:]:
                    fields = line.split()
                    if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":
                        inodes.add(fields[9])
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                for fd in os.listdir(f"/proc/{pid}/fd"):
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if target.startswith("socket:[") and target[8:-1] in inodes:
                        return int(pid)
            except OSError:
                continue
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid):
    """User and system CPU time of a process so far, in seconds."""
    if pid is None:
        return float("nan")
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


def request_cpu_seconds(pid):
    """CPU time so far of the server's request threads (Tomcat's http-nio-* workers; Linux
    names a thread by its first 15 characters): the answers' own cost, without GC, JIT
    and background work."""
    total = 0
    if pid is None:
        return float("nan")
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return float("nan")
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        if name.startswith("http-nio"):
            fields = stat.rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load_average():
    """The 1, 5 and 15 minute load averages: latencies on a shared machine follow them."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg()) + f" ({os.cpu_count()} cores)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--locale-hint", default="1")
    parser.add_argument("--dump", default="")
    parser.add_argument("--require", action="store_true",
                        help="exit 1 unless precision >= 0.90 overall and in every language and the answered"
                             " share >= 0.60 overall (the issue's goals; latency is reported, never gated)")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    rows = []
    for name in args.files:
        with open(name, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("question"):
                    rows.append((row["language"].strip(), row["question"].strip(), row["expected"].strip(),
                                 name.rsplit("/", 1)[-1]))
    keys = article_keys(args.base_url, args.token)
    unknown = sorted({e for _, _, e, _ in rows if not e.startswith("intent:") and e != "none" and e not in keys})
    if unknown:
        print("expected article keys not in the knowledge base (counted as wrong):", ", ".join(unknown))

    def ask(language, question):
        body = {"text": question}
        if args.locale_hint == "1":
            body["locale"] = language
        return call(args.base_url, args.token, "POST", "/api/v1/bot/answer", body)

    warm = []
    for language, question, _, _ in rows:
        warm.append(ask(language, question)[2])
    print(f"warm-up pass: {len(rows)} questions, p95 {p95(warm):.0f} ms, max {max(warm):.0f} ms")
    print("load average at the question pass' start: " + load_average())
    pid = server_pid(args.base_url)
    cpu_started = cpu_seconds(pid)
    requests_started = request_cpu_seconds(pid)

    stats = defaultdict(lambda: defaultdict(float))
    latencies = defaultdict(list)
    timed = []
    misses = []
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for language, question, expected, source in rows:
        status, reply, millis = ask(language, question)
        if status != 200:
            print(f"HTTP {status} for {language} {question!r}: {reply}")
            continue
        answer = reply.get("answer")
        intent = reply.get("intent")
        handoff = bool(reply.get("handoff"))
        got_article = answer["articleId"] if answer else None
        if expected == "none":
            kind = "none"
            answered = answer is not None or intent is not None
            right = not answered
        elif expected.startswith("intent:"):
            kind = "intent"
            wanted = expected.split(":", 1)[1]
            answered = intent is not None or answer is not None
            right = intent == wanted and (wanted != "handoff" or handoff)
        else:
            kind = "article"
            answered = answer is not None
            right = answered and keys.get(expected) == got_article
        for group in (language, "ALL"):
            s = stats[group]
            s["questions"] += 1
            s["answerable"] += kind != "none"
            s["answered"] += answered and kind != "none"
            s["responses"] += answered
            s["right"] += answered and right
            s["handoff"] += handoff
            s["none_right"] += kind == "none" and right
            s["none"] += kind == "none"
            latencies[group].append(millis)
        timed.append((millis, language, question, reply.get("outcome")))
        if answered and not right:
            got = f"article {answer['title']!r} ({answer['confidence']})" if answer else f"intent {intent}"
            misses.append(f"{language} {question!r}: expected {expected}, got {got}")
        if dump:
            dump.write(json.dumps({"language": language, "question": question, "expected": expected,
                                   "expectedId": keys.get(expected), "kind": kind, "reply": reply,
                                   "millis": millis}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()

    print()
    print(f"{'language':<9}{'questions':>10}{'answered':>10}{'precision':>11}{'handoff':>9}"
          f"{'none ok':>9}{'p95 ms':>8}")
    for group in sorted(stats, key=lambda g: (g == "ALL", g)):
        s = stats[group]
        answered = s["answered"] / s["answerable"] if s["answerable"] else float("nan")
        precision = s["right"] / s["responses"] if s["responses"] else float("nan")
        none_ok = s["none_right"] / s["none"] if s["none"] else float("nan")
        print(f"{group:<9}{int(s['questions']):>10}{answered:>10.2f}{precision:>11.2f}"
              f"{s['handoff'] / s['questions']:>9.2f}{none_ok:>9.2f}{p95(latencies[group]):>8.0f}")
    print()
    print("load average at the question pass' end: " + load_average())
    cpu_used = cpu_seconds(pid) - cpu_started
    print(f"server CPU time over the question pass: {cpu_used:.1f} s, {1000 * cpu_used / max(1, len(rows)):.1f} ms"
          f" per question (pid {pid}; all its threads, background work included)")
    requests_used = request_cpu_seconds(pid) - requests_started
    print(f"request threads' CPU time over the question pass: {requests_used:.1f} s,"
          f" {1000 * requests_used / max(1, len(rows)):.1f} ms per question")
    print(f"all: p50 {percentile(latencies['ALL'], 0.50):.0f} ms, p95 {p95(latencies['ALL']):.0f} ms,"
          f" max {max(latencies['ALL'], default=float('nan')):.0f} ms")
    print()
    print(f"slowest {SLOWEST} questions (ms, language, outcome, question):")
    for millis, language, question, outcome in sorted(timed, reverse=True)[:SLOWEST]:
        print(f"  {millis:6.0f}  {language}  {outcome or '-':<22} {question}")
    print()
    print("answered: share of answerable questions (articles, intents) answered; precision: right answers")
    print("among all answers and intents given, 'none' questions included; none ok: 'none' questions left")
    print("unanswered; handoff: share of all questions handed to a person.")
    if misses:
        print()
        print("wrong answers:")
        for miss in misses:
            print("  " + miss)
    if args.require:
        failed = []
        for group, s in sorted(stats.items()):
            if s["responses"] and s["right"] / s["responses"] < 0.90:
                failed.append(f"precision {s['right'] / s['responses']:.2f} < 0.90 in {group}")
        total = stats["ALL"]
        if not total["answerable"] or total["answered"] / total["answerable"] < 0.60:
            failed.append("answered share below 0.60 overall")
        errors = len(rows) - int(total["questions"])
        if errors:
            failed.append(f"{errors} questions failed with an HTTP error")
        print()
        if failed:
            print("GOALS NOT MET: " + "; ".join(failed))
            return 1
        print("goals met: precision >= 0.90 overall and in every language, answered >= 0.60")
    return 0


if __name__ == "__main__":
    sys.exit(main())
