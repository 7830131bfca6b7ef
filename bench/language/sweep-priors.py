#!/usr/bin/env python3
"""Re-weighs Lingua's evidence with other DetectionPriors constants, without Lingua.

Lingua takes seconds and hundreds of MB to load; the priors are arithmetic. So dump the
evidence once (EvidenceDump, see README.md), then try constants here. This mirrors
DetectionPriors.combine (likelihood = exp(-SHARPNESS x letters x (1/r - 1)), prior 1 per
language plus the hint weights, und below MINIMUM_CONFIDENCE): keep the two in step.

Usage: sweep-priors.py EVIDENCE.tsv [SHARPNESS,CUSTOMER_WEIGHT,MARKET_WEIGHT,MINIMUM_CONFIDENCE ...]
Prints right % / und / wrong per bucket for the 20 goal languages, the same columns as
LanguageEvaluation (none, customer, market, wrong-c, outside).
"""
import math
import sys

GOAL = set('en de fr es pt it nl sv pl ru tr ar he ja zh ko hi id vi th'.split())
CONDITIONS = ('none', 'customer', 'market', 'wrong-c', 'outside')


def read(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            language, kind, letters, confidences, text = line.rstrip('\n').split('\t', 4)
            evidence = {}
            for pair in filter(None, confidences.split(',')):
                code, value = pair.split('=')
                evidence[code] = float(value)
            rows.append((language, kind, int(letters), evidence))
    return rows


def hints(condition, language, customer_weight, market_weight):
    if condition == 'customer':
        return {language: customer_weight}
    if condition == 'market':
        return {language: market_weight, ('es' if language == 'en' else 'en'): market_weight}
    if condition == 'wrong-c':
        return {('de' if language == 'en' else 'en'): customer_weight}
    if condition == 'outside':
        market = ('de', 'fr') if language in ('en', 'es') else ('en', 'es')
        return {market[0]: market_weight, market[1]: market_weight}
    return {}


def detect(evidence, letters, weights, sharpness, minimum):
    if not evidence:
        return 'und'
    posterior = {code: math.exp(-sharpness * letters * (1 / r - 1)) * (1 + weights.get(code, 0))
                 for code, r in evidence.items()}
    best = max(posterior, key=posterior.get)
    return best if posterior[best] / sum(posterior.values()) >= minimum else 'und'


def evaluate(rows, sharpness, customer_weight, market_weight, minimum):
    line = []
    for kind in ('sentence', 'short'):
        for condition in CONDITIONS:
            right = und = wrong = 0
            for language, k, letters, evidence in rows:
                if k != kind or language not in GOAL:
                    continue
                got = detect(evidence, letters, hints(condition, language, customer_weight, market_weight),
                             sharpness, minimum)
                right += got == language
                und += got == 'und'
                wrong += got not in (language, 'und')
            total = right + und + wrong
            line.append(f'{kind[:5]} {condition:8} {100 * right / total:5.1f}/{und:3}u/{wrong:3}w')
    return '  '.join(line)


if __name__ == '__main__':
    rows = read(sys.argv[1])
    settings = sys.argv[2:] or ['1,40,3,0.4']
    for setting in settings:
        values = tuple(float(v) for v in setting.split(','))
        print(setting, evaluate(rows, *values))
