#!/usr/bin/env python3
"""Checks the demo site's content (src/main/resources/demo) against docs/post-json.md.

Run from anywhere: python3 tools/check-demo.py
Exits 1 with one line per problem when something is wrong.
"""
import json, os, re, sys
from collections import Counter
from datetime import datetime

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
DEMO = os.path.join(ROOT, 'src', 'main', 'resources', 'demo')
problems = []
def bad(where, msg): problems.append(f'{where}: {msg}')

def time(v, where, field):
    if not isinstance(v, str) or not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)', v):
        bad(where, f'{field} is not an ISO 8601 time with an offset: {v!r}')
        return None
    return datetime.fromisoformat(v.replace('Z', '+00:00'))

def http_url(v): return isinstance(v, str) and re.match(r'https?://[^/\s]+', v) is not None
def src_ok(v): return http_url(v) or (isinstance(v, str) and v.startswith('/'))
def text(v, lo=1, hi=None): return isinstance(v, str) and len(v.strip()) >= lo and (hi is None or len(v) <= hi)
def words(s): return len(s.split())
def example_host(u): return re.match(r'https?://([a-z0-9-]+\.)*example\.(com|org|net)(/|$)', u) is not None

def only(obj, allowed, where):
    if not isinstance(obj, dict):
        bad(where, 'is not an object'); return False
    for k in obj:
        if k not in allowed: bad(where, f'unknown field {k!r}')
    return True

POST = {'id', 'title', 'slug', 'status', 'published', 'updated', 'labels', 'lead_image', 'blocks'}
IMAGE = {'src', 'alt', 'caption', 'credit'}
BLOCK = {'excerpt': {'type', 'source', 'paragraphs'}, 'note': {'type', 'markdown', 'label'},
         'coverage': {'type', 'items'}, 'text': {'type', 'markdown'}, 'image': {'type'} | IMAGE}

def image_file(src, where):
    if isinstance(src, str) and src.startswith('/media/demo/'):
        if not os.path.isfile(os.path.join(DEMO, 'images', src[len('/media/demo/'):])):
            bad(where, f'no image file for {src}')

def check_posts(posts):
    slugs, days, published, labels, outlets = Counter(), Counter(), {}, Counter(), Counter()
    for i, p in enumerate(posts):
        where = f'post {i + 1} ({p.get("title", "?")!r})' if isinstance(p, dict) else f'post {i + 1}'
        if not only(p, POST, where): continue
        if not text(p.get('title'), 1, 300): bad(where, 'title missing or longer than 300 characters')
        s = p.get('slug')
        if s is not None and not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', s or ''): bad(where, f'bad slug {s!r}')
        slugs[s] += 1
        if p.get('status', 'published') != 'published': bad(where, f'status is {p.get("status")!r}, demo posts are published')
        t = time(p.get('published'), where, 'published')
        if t:
            published[s] = t
            days[t.date()] += 1
            if t.utcoffset().total_seconds() != 0 or not p['published'].endswith('Z'): bad(where, 'published is not in UTC with Z')
            if not ('2026-11-08' <= p['published'][:10] <= '2026-11-24'): bad(where, 'published outside 2026-11-08..24')
        if 'updated' in p:
            u = time(p['updated'], where, 'updated')
            if t and u and u < t: bad(where, 'updated is before published')
        ls = p.get('labels', [])
        if not isinstance(ls, list) or not 1 <= len(ls) <= 3 or not all(text(l, 1, 60) for l in ls):
            bad(where, 'labels: want 1-3 names of 1-60 characters')
        else: labels.update(ls)
        li = p.get('lead_image')
        if only(li, IMAGE, where + ' lead_image'):
            for f in ('src', 'alt', 'caption', 'credit'):
                if not text(li.get(f)): bad(where, f'lead_image.{f} missing')
            if not src_ok(li.get('src')): bad(where, 'lead_image.src is not a URL or a path')
            image_file(li.get('src'), where)
        blocks = p.get('blocks')
        if not isinstance(blocks, list) or not blocks: bad(where, 'blocks: at least one'); continue
        kinds = Counter()
        for j, b in enumerate(blocks):
            bw = f'{where} block {j + 1}'
            if not isinstance(b, dict) or b.get('type') not in BLOCK: bad(bw, f'unknown block type'); continue
            only(b, BLOCK[b['type']], bw); kinds[b['type']] += 1
            if b['type'] == 'excerpt':
                src = b.get('source')
                if only(src, {'url', 'title', 'authors', 'outlet', 'published'}, bw + ' source'):
                    if not http_url(src.get('url')): bad(bw, 'source.url is not http(s)')
                    elif not example_host(src['url']): bad(bw, 'source.url is not on example.com/org/net')
                    for f in ('title', 'outlet'):
                        if not text(src.get(f)): bad(bw, f'source.{f} missing')
                    a = src.get('authors')
                    if not isinstance(a, list) or not 1 <= len(a) <= 2 or not all(text(x) for x in a): bad(bw, 'source.authors: want 1-2 names')
                    st = time(src.get('published'), bw, 'source.published')
                    if st and t and st > t: bad(bw, 'source published after the post')
                    outlets[src.get('outlet')] += 1
                ps = b.get('paragraphs')
                if not isinstance(ps, list) or not 2 <= len(ps) <= 4: bad(bw, 'paragraphs: want 2-4')
                else:
                    for k, para in enumerate(ps):
                        if not text(para, 1, 2000): bad(bw, f'paragraph {k + 1} empty or over 2,000 characters')
                        elif not 40 <= words(para) <= 120: bad(bw, f'paragraph {k + 1} has {words(para)} words, want 40-120')
            elif b['type'] == 'note':
                if not text(b.get('markdown')): bad(bw, 'note.markdown missing')
                if b.get('label', 'Editor') != 'Editor': bad(bw, 'note label is not Editor')
            elif b['type'] == 'coverage':
                items = b.get('items')
                if not isinstance(items, list) or not 2 <= len(items) <= 3: bad(bw, 'coverage: want 2-3 items'); continue
                mine = {x['source']['outlet'] for x in blocks if isinstance(x, dict) and x.get('type') == 'excerpt'}
                for k, it in enumerate(items):
                    iw = f'{bw} item {k + 1}'
                    if only(it, {'url', 'title', 'outlet'}, iw):
                        if not http_url(it.get('url')) or not example_host(it['url']): bad(iw, 'url is not http(s) on example.*')
                        for f in ('title', 'outlet'):
                            if not text(it.get(f)): bad(iw, f'{f} missing')
                        if it.get('outlet') in mine: bad(iw, 'coverage names an outlet already excerpted')
                        outlets[it.get('outlet')] += 1
            elif b['type'] == 'text':
                if not text(b.get('markdown')): bad(bw, 'text.markdown missing')
            elif b['type'] == 'image':
                if not src_ok(b.get('src')): bad(bw, 'image.src is not a URL or a path')
                image_file(b.get('src'), bw)
        if not 1 <= kinds['excerpt'] <= 2: bad(where, 'want 1-2 excerpt blocks')
        if kinds['note'] != 1: bad(where, 'want one note block')
        if kinds['coverage'] != 1: bad(where, 'want one coverage block')
    for s, n in slugs.items():
        if n > 1: bad('posts', f'slug {s!r} used {n} times')
    if len(posts) < 40: bad('posts', f'only {len(posts)} posts, want at least 40')
    if len(days) < 10: bad('posts', f'only {len(days)} days, want at least 10')
    for d, n in days.items():
        if not 2 <= n <= 6: bad('posts', f'{d} has {n} posts, want 2-6')
    if not 10 <= len(labels) <= 14: bad('posts', f'{len(labels)} labels, want 10-14')
    return published, days, labels, outlets

def check_comments(comments, published):
    status = Counter()
    def one(c, where, parent_time, post_time, reply):
        keys = {'post', 'author', 'website', 'body', 'status', 'created'} | (set() if reply else {'replies'})
        if reply: keys.discard('post')
        if not only(c, keys, where): return
        for f in ('author', 'body'):
            if not text(c.get(f)): bad(where, f'{f} missing')
        w = c.get('website')
        if w is not None and not http_url(w): bad(where, 'website is not null or an http(s) URL')
        if c.get('status') not in ('approved', 'pending', 'spam'): bad(where, f'bad status {c.get("status")!r}')
        status[c.get('status')] += 1
        ct = time(c.get('created'), where, 'created')
        if ct and post_time and ct <= post_time: bad(where, 'created is not after the post was published')
        if ct and parent_time and ct <= parent_time: bad(where, 'reply created before its parent')
        return ct
    for i, c in enumerate(comments):
        where = f'comment {i + 1}'
        if not isinstance(c, dict): bad(where, 'is not an object'); continue
        pt = published.get(c.get('post'))
        if pt is None: bad(where, f'no post with slug {c.get("post")!r}')
        ct = one(c, where, None, pt, False)
        replies = c.get('replies', [])
        if not isinstance(replies, list): bad(where, 'replies is not a list'); continue
        for j, r in enumerate(replies):
            one(r, f'{where} reply {j + 1}', ct, pt, True)
    return status

def main():
    posts = json.load(open(os.path.join(DEMO, 'posts.json'), encoding='utf-8'))
    if not isinstance(posts, list): print('posts.json is not an array'); return 1
    published, days, labels, outlets = check_posts(posts)
    status = Counter()
    cpath = os.path.join(DEMO, 'comments.json')
    if os.path.exists(cpath):
        status = check_comments(json.load(open(cpath, encoding='utf-8')), published)
    else:
        bad('comments.json', 'missing')
    images = [f for f in os.listdir(os.path.join(DEMO, 'images')) if f.endswith('.jpg')]
    sizes = [os.path.getsize(os.path.join(DEMO, 'images', f)) for f in images]
    for f, n in zip(images, sizes):
        if n > 120 * 1024: bad(f'images/{f}', f'{n} bytes, over 120 KB')
    print(f'{len(posts)} posts over {len(days)} days, {len(labels)} labels, {len(outlets)} outlets; '
          f'comments {dict(status)}; {len(images)} images, {sum(sizes) // 1024} KB')
    for p in problems: print('PROBLEM', p)
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
