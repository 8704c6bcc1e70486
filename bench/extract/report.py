#!/usr/bin/env python3
"""Writes the extract bench figures into BENCHMARKS.md between its markers, leaving the rest alone."""
import datetime, json, os, platform, subprocess, sys

out, dataset, command, md = sys.argv[1:5]
scores = [json.loads(l) for l in open(os.path.join(out, "scores.jsonl"))]
ours, peer, nourl = scores[0], scores[1], scores[2]
t_ours = json.load(open(os.path.join(out, "ours-timing.json")))
t_peer = json.load(open(os.path.join(out, "peer-timing.json")))

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"

java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()[0]
nproc = os.cpu_count()
pct = lambda v: "–" if v is None else f"{v:.3f}"

def rounds_line():
    path = os.path.join(out, "timing-rounds.json")
    if not os.path.exists(path):
        return ""
    r = json.load(open(path))
    ms = lambda xs: ", ".join(f"{x:.2f}" for x in xs)
    return (f"Timing alternates the two extractors for {len(r['ours'])} rounds; each side's row is its median round "
            f"(median page per round: newsdesk {ms(r['ours'])} ms, readability4j {ms(r['peer'])} ms).")
def interleaved_line():
    path = os.path.join(out, "interleaved-timing.json")
    if not os.path.exists(path):
        return ""
    t = json.load(open(path))
    return (f"Taking turns on every page in one JVM, each page's best of {t['rounds']} rounds (`InterleavedBench`, "
            f"steadier on a shared machine): median page newsdesk {t['ours']['median_ms']:.2f} ms "
            f"({1000 / t['ours']['median_ms']:.0f} pages/s), readability4j {t['peer']['median_ms']:.2f} ms "
            f"({1000 / t['peer']['median_ms']:.0f} pages/s); whole set {t['ours']['pages_per_s']:.0f} and "
            f"{t['peer']['pages_per_s']:.0f} pages/s; p95 {t['ours']['p95_ms']:.1f} and {t['peer']['p95_ms']:.1f} ms; "
            f"newsdesk's time over readability4j's, median page ratio {t['median_ratio']:.2f}.")
lines = [
    "<!-- bench:extract -->",
    "## Article extractor (`newsdesk/extract`)",
    "",
    f"Measured {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} with `{command}`",
    f"on {nproc} cores ({cpu()}), {java}; timing pinned to one core (`taskset -c 0`, JIT compiling in the foreground), one thread,",
    f"after a warm-up. Pages: {ours['pages']} dev pages of WCXB (`{os.path.basename(dataset.rstrip('/'))}`).",
    rounds_line(),
    "",
    "| | newsdesk | readability4j 1.0.8 |",
    "| --- | ---: | ---: |",
    f"| main text, token 4-gram F1 | {pct(ours['gram4_f1'])} | {pct(peer['gram4_f1'])} |",
    f"| … 4-gram precision / recall | {pct(ours['gram4_precision'])} / {pct(ours['gram4_recall'])} | {pct(peer['gram4_precision'])} / {pct(peer['gram4_recall'])} |",
    f"| main text, bag-of-words F1 (mean) | {pct(ours['bow_f1'])} | {pct(peer['bow_f1'])} |",
    f"| title exact ({ours['title_n']} pages) | {pct(ours['title_exact'])} | {pct(peer['title_exact'])} |",
    f"| author exact ({ours['author_n']} pages) | {pct(ours['author_exact'])} | {pct(peer['author_exact'])} |",
    f"| date exact, to the day ({ours['date_n']} pages) | {pct(ours['date_exact'])} | – (not extracted) |",
    f"| `with` snippets found ({ours['with_n']}) / `without` snippets absent ({ours['without_n']}) | {pct(ours['with_found'])} / {pct(ours['without_absent'])} | {pct(peer['with_found'])} / {pct(peer['without_absent'])} |",
    f"| pages/s, whole set, one core | {t_ours['pages_per_s']:.0f} | {t_peer['pages_per_s']:.0f} |",
    f"| median page time (pages/s at median) | {t_ours['median_ms']:.2f} ms ({t_ours['pages_per_s_at_median']:.0f}) | {t_peer['median_ms']:.2f} ms ({t_peer['pages_per_s_at_median']:.0f}) |",
    f"| p95 / slowest page | {t_ours['p95_ms']:.1f} / {t_ours['max_ms']:.0f} ms | {t_peer['p95_ms']:.1f} / {t_peer['max_ms']:.0f} ms |",
    "",
    interleaved_line(),
    "",
    f"The same pages without their URLs (as `newsdesk extract --batch` sees saved pages; the page's own",
    f"canonical link stands in): 4-gram F1 {pct(nourl['gram4_f1'])}, bag-of-words {pct(nourl['bow_f1'])}, title",
    f"{pct(nourl['title_exact'])}, author {pct(nourl['author_exact'])}, date {pct(nourl['date_exact'])}.",
    "",
    "Text metrics as the dataset's README defines them (`\\w+` tokens; bag of words lower-cased, per-page",
    "F1 averaged; 4-grams case kept, precision averaged over pages with output, recall over all pages).",
    "Title, author and date compare after normalising case, whitespace and punctuation (authors as a set",
    "of names; dates to the day), only on pages whose ground truth has the field. readability4j gets the",
    "page already decoded as UTF-8 text; newsdesk's time includes charset detection from bytes.",
    "<!-- /bench:extract -->",
]
block = "\n".join(lines)
text = open(md, encoding="utf-8").read() if os.path.exists(md) else "# Benchmarks\n"
start, end = "<!-- bench:extract -->", "<!-- /bench:extract -->"
if start in text and end in text:
    a = text.index(start)
    b = text.index(end) + len(end)
    text = text[:a] + block + text[b:]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(md, "w", encoding="utf-8").write(text)
