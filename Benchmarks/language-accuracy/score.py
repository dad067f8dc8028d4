"""Scores detected languages against labels: a Markdown table, per language and overall.

score.py LABELS.tsv DETECTED.tsv: LABELS has "file<TAB>language" lines (a header line is
skipped); DETECTED has "file<TAB>library-1<TAB>library-2..." after a header line naming the
libraries. "-" means the library was unsure: counted wrong.
"""
import collections, sys

def read(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return rows[0], rows[1:]

_, label_rows = read(sys.argv[1])
header, detected_rows = read(sys.argv[2])
labels = {row[0]: row[1] for row in label_rows}
libraries = header[1:]
right = collections.defaultdict(lambda: [0] * len(libraries))
totals = collections.Counter()
unsure = [0] * len(libraries)
for row in detected_rows:
    if row[0] not in labels:
        continue
    language = labels[row[0]]
    totals[language] += 1
    for i, answer in enumerate(row[1:]):
        # A region (pt-BR) or script (zh-Hant) is not asked of this corpus: the primary subtag counts.
        primary = answer.split("-")[0].lower() if answer != "-" else "-"
        right[language][i] += primary == language
        unsure[i] += answer == "-"

def percent(n, d):
    return f"{100 * n / d:.1f} %" if d else "-"

print("| language | articles | " + " | ".join(libraries) + " |")
print("| --- | ---: | " + " | ".join("---:" for _ in libraries) + " |")
for language in sorted(totals, key=lambda l: (-totals[l], l)):
    cells = [f"{right[language][i]} ({percent(right[language][i], totals[language])})" for i in range(len(libraries))]
    print(f"| {language} | {totals[language]} | " + " | ".join(cells) + " |")
total = sum(totals.values())
overall = [sum(right[l][i] for l in totals) for i in range(len(libraries))]
print(f"| **all** | {total} | " + " | ".join(f"**{overall[i]} ({percent(overall[i], total)})**" for i in range(len(libraries))) + " |")
print(f"| unsure (no language) | | " + " | ".join(str(u) for u in unsure) + " |")
