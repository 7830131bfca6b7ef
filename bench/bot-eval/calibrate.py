#!/usr/bin/env python3
"""Fits the bot's confidence weights (AnswerConfidence) on a DUMP of bench/run-bot-eval.sh:
every article and 'none' question's top candidate, labelled right when it is the expected
article, by logistic regression (plain gradient descent, no libraries). Prints the weights
and, for thresholds from 0.3 to 0.9, the precision and answered share they would give."""
import json
import math
import sys

SCALE = 8.0  # score = own-language scale (signals.score)


def features(signals):
    score = signals["score"]
    return [1.0, signals["coverage"], signals["margin"], score / (score + SCALE) if score > 0 else 0.0]


rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    if record["kind"] == "intent":
        continue
    candidates = record["reply"].get("candidates") or []
    if not candidates:
        rows.append((None, False, record))
        continue
    top = candidates[0]
    rows.append((features(top["signals"]), top["articleId"] == record.get("expectedId"), record))

data = [(x, y) for x, y, _ in rows if x is not None]
weights = [0.0] * 4
for _ in range(20000):
    gradient = [0.0] * 4
    for x, y in data:
        p = 1 / (1 + math.exp(-sum(w * v for w, v in zip(weights, x))))
        for i in range(4):
            gradient[i] += (p - y) * x[i]
    weights = [w - 0.05 * g / len(data) for w, g in zip(weights, gradient)]
print("weights (bias, coverage, margin, strength):", [round(w, 2) for w in weights])
answerable = sum(1 for _, _, r in rows if r["kind"] == "article")
for threshold in [t / 20 for t in range(6, 19)]:
    answered = right = answered_answerable = 0
    for x, y, record in rows:
        if x is None:
            continue
        p = 1 / (1 + math.exp(-sum(w * v for w, v in zip(weights, x))))
        if p >= threshold:
            answered += 1
            right += y
            answered_answerable += record["kind"] == "article"
    print(f"threshold {threshold:.2f}: answers {answered}, precision {right / answered if answered else float('nan'):.2f},"
          f" answered share of article questions {answered_answerable / answerable:.2f}")
