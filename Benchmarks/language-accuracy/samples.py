"""Prints "file<TAB>text" per article of a folder: the text feedpub identifies a language from.

The title without a trailing " - <provider>" (also |, – and —), then the excerpt unless it is raw
JSON, markup without text, or the title repeated; HTML tags removed and entities decoded, as
feedpub's reading does (Sources/FeedModel/Article+LanguageSample.swift).
"""
import html, json, os, re, sys, unicodedata
import yaml

def clean(text):
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text)).split())

def without_provider(title, provider):
    if not provider:
        return title
    for sep in (" - ", " | ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip().casefold() == provider.strip().casefold():
            return head.strip()
    return title

def comparable(text):
    return unicodedata.normalize("NFC", " ".join(text.split())).lower().rstrip(" .,;:!?…-–—")

def is_raw(excerpt):
    stripped = excerpt.strip()
    if stripped.startswith('{"_id":'):
        return True
    if stripped[:1] + stripped[-1:] in ("{}", "[]"):
        try:
            json.loads(stripped)
            return True
        except ValueError:
            pass
    return re.sub(r"<[^>]*>", "", stripped) != stripped and not re.sub(r"<[^>]*>", "", stripped).strip()

def sample(path):
    with open(path, encoding="utf-8") as f:
        front = f.read().split("\n---", 1)[0].lstrip("-\n")
    data = yaml.safe_load(front) or {}
    provider = (data.get("provider") or {}).get("name") if isinstance(data.get("provider"), dict) else None
    raw_title = clean(str(data.get("title") or ""))
    title = without_provider(raw_title, provider)
    excerpt = data.get("excerpt")
    parts = [title]
    if isinstance(excerpt, str) and not is_raw(excerpt) and comparable(excerpt) not in (comparable(raw_title), comparable(title)):
        parts.append(clean(excerpt))
    return " ".join(p for p in parts if p)

folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if name.endswith(".md"):
        print(name + "\t" + sample(os.path.join(folder, name)).replace("\t", " "))
