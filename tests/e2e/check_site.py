#!/usr/bin/python3
"""Check a built site with real parsers.

usage: check_site.py SITE_DIR [--hostile]
- every href and src of every page resolves to a file of the site (and every
  #fragment to an id in it): relative links only, so file:// works;
- no page makes a request to another host, or links to one, except the
  "Tanyakan" links to the question channel of sumber/pemda.ini, each of
  which carries exactly the channel's parameters, one value each;
- with --hostile: no text from the inputs became markup (no script element
  but our own, no on* attribute, no javascript: URL), in pages, feed and
  sitemap, and the hostile texts are there as text.
Prints ok / not ok lines; exits 1 on a failure.
"""
import configparser
import html.parser
import json
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ET

site = sys.argv[1]
hostile = "--hostile" in sys.argv
failed = []


def check(cond, name, detail=""):
    print(("ok " if cond else "not ok ") + name)
    if not cond:
        failed.append(name)
        if detail:
            print("   ", detail[:400])


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.ids, self.scripts, self.bad_attrs, self.text = [], set(), [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for k, v in attrs:
            if k.startswith("on"):
                self.bad_attrs.append((tag, k, v))
            if k in ("href", "src", "action") and v is not None:
                self.links.append((tag, k, v))
                if v.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                    self.bad_attrs.append((tag, k, v))
        if tag == "script":
            self.scripts.append(a)

    def handle_data(self, data):
        self.text.append(data)


ini = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";",))
ini.read(os.path.join(site, "sumber", "pemda.ini"), encoding="utf-8")
channel = ini.get("pemda", "kanal_pertanyaan", fallback="")
channel_base = channel.split("?")[0]
channel_keys = sorted(urllib.parse.parse_qs(urllib.parse.urlsplit(channel).query, keep_blank_values=True))
questions = []

pages = {}
for root, _, files in os.walk(site):
    for f in files:
        if f.endswith(".html"):
            path = os.path.join(root, f)
            p = Page()
            with open(path, encoding="utf-8") as fh:
                p.feed(fh.read())
            pages[os.path.relpath(path, site)] = p

check(len(pages) > 0, "the site has pages (%d)" % len(pages))
broken, external, fragments = [], [], []
for rel, p in pages.items():
    base = os.path.dirname(rel)
    for tag, attr, v in p.links:
        u = urllib.parse.urlsplit(v)
        if u.scheme in ("http", "https"):
            if tag == "a" and channel_base.startswith("http") and v.startswith(channel_base + "?"):
                questions.append((rel, v))
            else:
                external.append((rel, v))
            continue
        if u.scheme in ("mailto",):
            continue
        if tag == "form":
            target = os.path.normpath(os.path.join(base, urllib.parse.unquote(u.path)))
        elif not u.path:
            target = rel
        else:
            target = os.path.normpath(os.path.join(base, urllib.parse.unquote(u.path)))
        if target.startswith(".."):
            broken.append((rel, v))
            continue
        full = os.path.join(site, target)
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
            target = os.path.join(target, "index.html")
        if not os.path.exists(full):
            broken.append((rel, v))
        elif u.fragment and target.endswith(".html"):
            t = pages.get(os.path.normpath(target))
            if t is not None and u.fragment not in t.ids:
                fragments.append((rel, v))
check(not broken, "every href and src resolves inside the site", repr(broken[:5]))
check(not fragments, "every #fragment names an id of its page", repr(fragments[:5]))
check(not external, "no page loads from or links to another host", repr(external[:5]))
if channel_base.startswith("http"):
    odd = [(r, v) for r, v in questions
           if sorted(urllib.parse.parse_qs(urllib.parse.urlsplit(v).query, keep_blank_values=True)) != channel_keys
           or any(len(x) != 1 for x in urllib.parse.parse_qs(urllib.parse.urlsplit(v).query,
                                                               keep_blank_values=True).values())]
    check(questions and not odd, "question links carry exactly the channel's parameters (%d links)"
          % len(questions), repr(odd[:3]))
ours = [s for p in pages.values() for s in p.scripts
        if not (s.get("src", "").endswith("assets/apbd.js") or s.get("type") == "application/ld+json")]
check(not ours, "the only scripts are apbd.js and JSON-LD", repr(ours[:3]))
bad = [(r, x) for r, p in pages.items() for x in p.bad_attrs]
check(not bad, "no on* attribute and no javascript: URL anywhere", repr(bad[:3]))
ld = 0
for rel, p in pages.items():
    with open(os.path.join(site, rel), encoding="utf-8") as fh:
        text = fh.read()
    start = text.find('<script type="application/ld+json">')
    if start >= 0:
        end = text.index("</script>", start)
        doc = json.loads(text[start + len('<script type="application/ld+json">'):end])
        ld += doc.get("@type") == "Dataset"
check(ld > 0, "schema.org Dataset JSON-LD parses on the pages with downloads (%d)" % ld)

for name in ("feed.xml", "sitemap.xml"):
    try:
        ET.parse(os.path.join(site, name))
        check(True, name + " is well-formed XML")
    except ET.ParseError as e:
        check(False, name + " is well-formed XML", str(e))
with open(os.path.join(site, "search.json"), encoding="utf-8") as fh:
    index = json.load(fh)
missing = [e for e in index if not os.path.exists(os.path.join(site, e["u"].split("#")[0]))]
check(index and not missing, "search.json entries point at pages (%d)" % len(index), repr(missing[:3]))

if hostile:
    texts = " ".join(" ".join(p.text) for p in pages.values())
    for needle in ("<script>alert(1)</script>", "</title><b>x</b>", "\"onload=alert(1)", "]]>"):
        check(needle in texts, "hostile text shown as text: %s" % needle)
    feed = ET.parse(os.path.join(site, "feed.xml")).getroot()
    check(all(not (e.get("href") or "").lower().startswith("javascript:") for e in feed.iter()),
          "no javascript: link in the feed")
    names = [urllib.parse.parse_qs(urllib.parse.urlsplit(v).query).get("n", [""])[0] for _, v in questions]
    check("<script>alert(1)</script>" in names and "</title><b>x</b>" in names,
          "hostile names reach the question channel intact, as values")
    title = feed.find("{http://www.w3.org/2005/Atom}title").text
    check("<script>alert(1)</script>" in title, "the feed's title carries the name as text")
sys.exit(1 if failed else 0)
