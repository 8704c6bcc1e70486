#!/usr/bin/env python3
"""Scores extractor output (JSON lines) against the WCXB dev ground truth.

Usage: score.py DATASET RUN.jsonl [RUN2.jsonl ...]  -> prints one JSON object per run.
Text: bag-of-words F1 mean (WCXB) and token 4-gram F1 (precision averaged where something was
extracted, recall over all pages). Title, author, date: exact match after normalising, scored
only on pages whose ground truth has the field. Snippets: the share of the ground truth's `with` snippets
found in the text and of its `without` snippets absent from it (lower-cased `\w+` token runs).
"""
import collections, glob, json, os, re, sys, unicodedata

WORD = re.compile(r"\w+")

def tokens(s):
    return WORD.findall(s or "")

def bow_f1(pred, gold):
    p = collections.Counter(t.lower() for t in tokens(pred))
    g = collections.Counter(t.lower() for t in tokens(gold))
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)

def snippet_key(s):
    # a leading space only: snippets are cut off mid-word at their end
    return " " + " ".join(t.lower() for t in tokens(s))

def grams(s, n=4):
    t = tokens(s)
    return collections.Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))

def norm_text(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[\u2018\u2019\u201c\u201d]", "'", s)
    return " ".join(re.sub(r"[^\w' ]+", " ", s).split())

def norm_authors(s):
    s = (s or "").replace("&", ",").replace(";", ",")
    parts = [norm_text(p) for p in re.split(r",|\band\b", s)]
    return sorted(p for p in parts if p)

def main():
    dataset, runs = sys.argv[1], sys.argv[2:]
    gold = {}
    for f in glob.glob(os.path.join(dataset, "ground-truth", "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        gold[os.path.basename(f).split(".")[0]] = d["ground_truth"]
    for run in runs:
        pred = {}
        for line in open(run, encoding="utf-8"):
            o = json.loads(line)
            pred[o["id"]] = o
        bows, precs, recs = [], [], []
        title = [0, 0]; author = [0, 0]; date = [0, 0]; with_ = [0, 0]; without = [0, 0]
        per_page = {}
        for pid, g in sorted(gold.items()):
            o = pred.get(pid, {})
            text = o.get("text") or ""
            gt = g.get("main_content") or ""
            bows.append(bow_f1(text, gt))
            pg, gg = grams(text), grams(gt)
            common = sum((pg & gg).values())
            if sum(pg.values()):
                precs.append(common / sum(pg.values()))
            rec = common / sum(gg.values()) if sum(gg.values()) else 1.0
            recs.append(rec)
            per_page[pid] = {"bow": bows[-1], "p4": common / sum(pg.values()) if sum(pg.values()) else 0.0, "r4": rec}
            key = snippet_key(text)
            for snip in g.get("with") or []:
                if snippet_key(snip).strip():
                    with_[1] += 1
                    with_[0] += snippet_key(snip) in key
            for snip in g.get("without") or []:
                if snippet_key(snip).strip():
                    without[1] += 1
                    without[0] += snippet_key(snip) not in key
            if g.get("title"):
                title[1] += 1
                ok = norm_text(o.get("title")) == norm_text(g["title"])
                title[0] += ok
                per_page[pid]["title"] = ok
            if g.get("author"):
                author[1] += 1
                a = o.get("authors") or []
                ok = norm_authors(", ".join(a)) == norm_authors(g["author"])
                author[0] += ok
                per_page[pid]["author"] = ok
            if g.get("publish_date"):
                date[1] += 1
                ok = (o.get("published") or "")[:10] == g["publish_date"][:10]
                date[0] += ok
                per_page[pid]["date"] = ok
        p4 = sum(precs) / len(precs) if precs else 0.0
        r4 = sum(recs) / len(recs) if recs else 0.0
        result = {
            "run": os.path.basename(run), "pages": len(gold),
            "bow_f1": sum(bows) / len(bows), "gram4_precision": p4, "gram4_recall": r4,
            "gram4_f1": 2 * p4 * r4 / (p4 + r4) if p4 + r4 else 0.0,
            "title_exact": title[0] / title[1] if title[1] else None, "title_n": title[1],
            "author_exact": author[0] / author[1] if author[1] else None, "author_n": author[1],
            "date_exact": date[0] / date[1] if date[1] else None, "date_n": date[1],
            "with_found": with_[0] / with_[1] if with_[1] else None, "with_n": with_[1],
            "without_absent": without[0] / without[1] if without[1] else None, "without_n": without[1],
        }
        print(json.dumps(result))
        if os.environ.get("PER_PAGE"):
            json.dump(per_page, open(run + ".pages.json", "w"))

if __name__ == "__main__":
    main()
