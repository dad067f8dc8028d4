"""Prints "file<TAB>language" per article of a folder, as feedpub wrote it: the `language` of
its item in FEED.json (a feed of every article), matched by the article's URL; "-" for none.

feedpub_languages.py ARTICLES-FOLDER FEED.json
"""
import json, os, sys
import yaml

folder, feed = sys.argv[1], sys.argv[2]
with open(feed, encoding="utf-8") as f:
    by_url = {item["url"]: item.get("language") or "-" for item in json.load(f)["items"]}
for name in sorted(os.listdir(folder)):
    if not name.endswith(".md"):
        continue
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        data = yaml.safe_load(f.read().split("\n---", 1)[0].lstrip("-\n")) or {}
    url = str(data.get("webUrl") or data.get("originalUrl") or "")
    # feedpub writes canonical URLs; the corpus's are already canonical, else the row reads "-".
    print(name + "\t" + by_url.get(url, "-"))
