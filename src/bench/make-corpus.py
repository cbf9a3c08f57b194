#!/usr/bin/env python3
"""Makes an N-times copy of a connector monorepo for scaling benchmarks.

Usage: make-corpus.py SOURCE_ROOT TARGET_ROOT N

Every connector folder X becomes X-cK (K = 0..N-1) with its metadata's documentationUrl, name and
dockerRepository renamed to match, and every doc under docs/integrations/<type>s/<name>.md (and
<name>-migrations.md) becomes <name>-cK.md, so each copy is a separate, consistent connector. Other
docs are copied once per K under a cK/ folder so the doc count also grows N times.
"""
import os, re, shutil, sys

src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
conn_src = os.path.join(src, "airbyte-integrations", "connectors")
docs_src = os.path.join(src, "docs", "integrations")
conn_dst = os.path.join(dst, "airbyte-integrations", "connectors")
docs_dst = os.path.join(dst, "docs", "integrations")
shutil.rmtree(dst, ignore_errors=True)
os.makedirs(conn_dst)
os.makedirs(docs_dst)

doc_names = set()
for k in range(n):
    suffix = "-c%d" % k
    for d in sorted(os.listdir(conn_src)):
        meta = os.path.join(conn_src, d, "metadata.yaml")
        if not os.path.isfile(meta):
            continue
        out = os.path.join(conn_dst, d + suffix)
        os.makedirs(out)
        for f in os.listdir(os.path.join(conn_src, d)):
            p = os.path.join(conn_src, d, f)
            if os.path.isfile(p) and f != "metadata.yaml":
                shutil.copy(p, out)
        text = open(meta, encoding="utf-8", errors="replace").read()
        def rename_url(m):
            doc_names.add(m.group(2))
            return m.group(1) + m.group(2) + suffix
        text = re.sub(r"(documentationUrl:\s*\S*/integrations/(?:sources|destinations)/)([A-Za-z0-9_.-]+)", rename_url, text)
        text = re.sub(r"(dockerRepository:\s*\S+)", r"\1" + suffix, text, count=1)
        text = re.sub(r"^(\s*name:\s*)(.+)$", lambda m: m.group(1) + m.group(2) + " " + suffix[1:], text, count=1, flags=re.M)
        open(os.path.join(out, "metadata.yaml"), "w", encoding="utf-8").write(text)

for k in range(n):
    suffix = "-c%d" % k
    for root, _, files in os.walk(docs_src):
        rel = os.path.relpath(root, docs_src)
        for f in files:
            if not f.endswith(".md"):
                continue
            stem = f[:-3]
            base = stem[:-len("-migrations")] if stem.endswith("-migrations") else stem
            kind = rel.split(os.sep)[0]
            if kind in ("sources", "destinations") and rel.count(os.sep) == 0 and base in doc_names:
                target_dir = os.path.join(docs_dst, rel)
                name = base + suffix + ("-migrations" if stem.endswith("-migrations") else "") + ".md"
            else:
                target_dir = os.path.join(docs_dst, "c%d" % k, rel)
                name = f
            os.makedirs(target_dir, exist_ok=True)
            shutil.copy(os.path.join(root, f), os.path.join(target_dir, name))
print("made %d copies into %s" % (n, dst))
