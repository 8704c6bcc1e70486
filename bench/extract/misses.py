#!/usr/bin/env python3
"""Lists the dev pages where a run misses a field, with the ground truth beside the output.

Usage: misses.py DATASET RUN.jsonl title|author|date|text   (text: pages by 4-gram F1, worst first)
"""
import json, os, sys

def main():
    dataset, run, field = sys.argv[1:4]
    pages = json.load(open(run + ".pages.json"))
    pred = {json.loads(l)["id"]: json.loads(l) for l in open(run, encoding="utf-8")}
    gold = lambda pid: json.load(open(os.path.join(dataset, "ground-truth", pid + ".json")))
    if field == "text":
        f1 = lambda p: 2 * p["p4"] * p["r4"] / (p["p4"] + p["r4"]) if p["p4"] + p["r4"] else 0.0
        for pid in sorted(pages, key=lambda k: f1(pages[k])):
            p = pages[pid]
            if f1(p) < 0.9:
                print(f"{pid} f1 {f1(p):.2f} p4 {p['p4']:.2f} r4 {p['r4']:.2f} {gold(pid)['url']}")
        return
    key, gkey = {"title": ("title", "title"), "author": ("authors", "author"), "date": ("published", "publish_date")}[field]
    for pid in sorted(pages):
        if pages[pid].get(field) is False:
            g = gold(pid)
            print(f"{pid} {g['url']}\n   want {g['ground_truth'].get(gkey)!r}\n   got  {pred[pid].get(key)!r}")

if __name__ == "__main__":
    main()
