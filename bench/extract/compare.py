#!/usr/bin/env python3
"""Compares two extractor runs page by page (both scored by score.py with PER_PAGE=1).

Usage: compare.py DATASET BASE.jsonl NEW.jsonl
Prints the totals of both runs, then every page whose title, author or date match changed,
and the pages whose 4-gram F1 moved by more than 0.02, worst first.
"""
import json, os, subprocess, sys

def totals(dataset, run):
    out = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "score.py"), dataset, run],
                         capture_output=True, text=True, check=True, env={**os.environ, "PER_PAGE": "1"})
    return json.loads(out.stdout), json.load(open(run + ".pages.json"))

def f1(p):
    return 2 * p["p4"] * p["r4"] / (p["p4"] + p["r4"]) if p["p4"] + p["r4"] else 0.0

def main():
    dataset, base, new = sys.argv[1:4]
    if not os.path.exists(base):
        print("no baseline yet: run quick.sh --baseline first"); return
    (tb, pb), (tn, pn) = totals(dataset, base), totals(dataset, new)
    for k in ("gram4_f1", "gram4_precision", "gram4_recall", "bow_f1", "title_exact", "author_exact", "date_exact",
              "with_found", "without_absent"):
        print(f"{k:16} {tb[k]:.4f} -> {tn[k]:.4f}  ({tn[k] - tb[k]:+.4f})")
    predb = {json.loads(l)["id"]: json.loads(l) for l in open(base, encoding="utf-8")}
    predn = {json.loads(l)["id"]: json.loads(l) for l in open(new, encoding="utf-8")}
    for field, key in (("title", "title"), ("author", "authors"), ("date", "published")):
        for pid in sorted(pn):
            a, b = pb.get(pid, {}).get(field), pn[pid].get(field)
            if a is not None and a != b:
                print(f"{field:6} {'FIXED ' if b else 'BROKEN'} {pid}: {predb.get(pid, {}).get(key)!r} -> {predn[pid].get(key)!r}")
    moved = [(f1(pn[p]) - f1(pb[p]), p) for p in pn if p in pb and abs(f1(pn[p]) - f1(pb[p])) > 0.02]
    for d, p in sorted(moved):
        print(f"text   {d:+.3f} {p}: p4 {pb[p]['p4']:.2f}->{pn[p]['p4']:.2f} r4 {pb[p]['r4']:.2f}->{pn[p]['r4']:.2f}")

if __name__ == "__main__":
    main()
