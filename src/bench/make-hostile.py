#!/usr/bin/env python3
"""Makes a small three-connector site whose third doc is a pathological markdown doc (issue 13 item 5).

Usage: make-hostile.py TARGET_ROOT CASE      (CASE: plain, or one of the names below; `list` prints them)

Every doc is within the markdown limits (markdown/MarkdownLimits: 4 MiB, 20,000-character lines); each
case is a construct whose parsing or post-processing cost grew faster than the doc's length. The site
has the project layout of src/test/resources/sites/ (site.yaml, connectors/, docs/integrations/).
"""
import os, shutil, sys, uuid


def lines(line, count):
    return line * count


def paragraphs(unit, per_line, count):
    """`count` paragraphs, each one line of `per_line` copies of `unit`."""
    return ((unit * per_line).rstrip() + "\n\n") * count


PROSE = ("The quick brown fox jumps over the lazy dog, with some words. " * 20 + "\n") * 10 + "\n"

CASES = {
    # 200,000 setext headings, 800 KB
    "setext": lambda: lines("a\n=\n", 200_000),
    # 60,000 identical ATX headings, 540 KB
    "same-headings": lambda: lines("## Same\n\n", 60_000),
    # a paragraph of lines of opening brackets, 800 KB
    "brackets": lambda: lines("[" * 8_000 + "\n", 100),
    # unclosed link openers `[a](`, 800 KB
    "link-openers": lambda: lines("[a](" * 2_000 + "\n", 100),
    # mixed emphasis runs that never close, 800 KB
    "emphasis": lambda: lines("*a **b *c _d __e " * 470 + "\n", 100),
    # brace floods (MDX expressions), 800 KB
    "braces": lambda: lines("{" * 8_000 + "\n", 100),
    "mdx-expressions": lambda: lines("{a} " * 2_000 + "\n", 100),
    # entity floods, one paragraph per line, 800 KB
    "entities": lambda: paragraphs("&amp; ", 1_300, 100),
    "numeric-entities": lambda: paragraphs("&#123; ", 1_100, 100),
    # found while measuring: one-letter lines (one paragraph), in a code block, and unfinished imports
    # (each `import {` looked 50 lines ahead for its `from`), 4 MB each
    "lines": lambda: lines("a\n", 2_000_000),
    "code-lines": lambda: "```\n" + lines("a\n", 2_000_000) + "```\n",
    "imports": lambda: lines("import {\n", 460_000),
    # just within the limits (50,000 lines, 20,000 block starts, 200,000 inline markers), padded with
    # prose to about 3.8 MB: what a doc may cost and still render
    "lines-within": lambda: lines("a\n", 46_000) + PROSE * 300,
    "headings-within": lambda: lines("## Same\n", 19_500) + PROSE * 300,
    "emphasis-within": lambda: lines("*a **b *c _d __e " * 500 + "\n", 56) + PROSE * 250,
    "prose": lambda: PROSE * 300,
    # FieldAnchor items read in load (markdown/FieldAnchors): lists of 9,000 items a line, 3.6 MB (capped at
    # 10,000 items a doc), and lines of unclosed backtick runs of every length before a tag, 3.8 MB
    "field-anchors": lambda: lines('<FieldAnchor field="' + "a," * 9_000 + '">\n', 200),
    "field-anchor-ticks": lambda: lines(" ".join("`" * n for n in range(1, 190)) + ' <FieldAnchor field="x">\n', 200),
}

SITE_YAML = """title: Hostile Catalog
siteUrl: https://docs.example.org
repositoryUrl: https://github.com/example/connectors
"""


def metadata(name):
    return f"""data:
  name: "Connector {name}"
  definitionId: {uuid.uuid5(uuid.NAMESPACE_URL, name)}
  connectorType: source
  connectorSubtype: api
  dockerRepository: fixture/source-{name}
  dockerImageTag: 1.0.0
  license: MIT
  documentationUrl: https://docs.example.org/integrations/sources/{name}
  githubIssueLabel: source-{name}
  releaseStage: alpha
"""


def doc(name, body):
    return (f"# Connector {name}\n\n{body}\n\n## Changelog\n\n"
            "| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n"
            "| 1.0.0 | 2025-01-01 | [1](https://github.com/example/connectors/pull/1) | First release |\n")


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "list":
        print("\n".join(CASES))
        return
    if len(sys.argv) != 3 or (sys.argv[2] != "plain" and sys.argv[2] not in CASES):
        sys.exit(__doc__ + "cases: plain " + " ".join(CASES))
    root, case = sys.argv[1], sys.argv[2]
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "docs", "integrations", "sources"))
    with open(os.path.join(root, "site.yaml"), "w") as f:
        f.write(SITE_YAML)
    for name in ("alder", "birch", "cedar"):
        folder = os.path.join(root, "connectors", "source-" + name)
        os.makedirs(folder)
        with open(os.path.join(folder, "metadata.yaml"), "w") as f:
            f.write(metadata(name))
        body = "A well-behaved connector."
        if name == "cedar" and case != "plain":
            body = CASES[case]()
        with open(os.path.join(root, "docs", "integrations", "sources", name + ".md"), "w") as f:
            f.write(doc(name, body))


main()
