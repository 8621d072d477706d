#!/usr/bin/env python3
"""Builds the general dev set: texts/*.txt + questions.txt -> dev-tune.jsonl, dev-check.jsonl.

usage: python3 build.py        (run in testdata/general; writes both files, checks every gold sentence)

Each line is a gold item as `symqa eval` reads it: id, question, contexts, prompt, answerable, answers (the gold
spans), evidence (the gold sentence), and type, text, source, split for analysis.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
STUFF = ("Use the following pieces of context to answer the question at the end. If you don't know the answer, "
         "just say that you don't know, don't try to make up an answer.\n\n{context}\n\nQuestion: {question}\n"
         "Helpful Answer:")
TEMPLATE = ("%INSTRUCTIONS:\nUse the provided pieces of context to answer the query in less than {limit} words. If you "
            "don't know the answer, just say that you don't know, don't try to make up an answer.\n\n%Query\n"
            "Query: \"{question}\"\n\nProvide your answer as follows:\n\nAnswer:::\nAnswer: (provide your answer to "
            "query in less than {limit} words)\n\nAnswer:::\n")
TYPES = {"yesno", "number", "entity", "place", "date", "definition", "reason", "other"}


def loose(text):
    """Text without case, spaces, hyphens and ligatures, to find a gold sentence in PDF text."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\-\u00ad]+", "", text)


def read_text(name):
    lines = (HERE / "texts" / (name + ".txt")).read_text(encoding="utf-8").split("\n")
    header = [l[2:] for l in lines if l.startswith("# ")]
    body = "\n".join(l for l in lines if not l.startswith("# "))
    chunks = [c.strip("\n") for c in body.split("\n----\n")]
    return header, chunks


def read_questions():
    split, items, cur = {}, [], None
    for n, raw in enumerate((HERE / "questions.txt").read_text(encoding="utf-8").split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith(("tune:", "check:")):
            part, names = raw.split(":", 1)
            for t in names.split():
                split[t] = part
            continue
        if not raw[0].isspace():
            parts = raw.split()
            if parts[1] not in TYPES or parts[2:] not in ([], ["unanswerable"]):
                sys.exit(f"questions.txt:{n}: bad item line {raw!r}")
            cur = {"id": parts[0], "type": parts[1], "answerable": not parts[2:], "line": n}
            items.append(cur)
            continue
        key, value = raw.strip().split(":", 1)
        cur[key] = value.strip()
    return split, items


def loose_map(text):
    """loose(text) and, for each of its characters, the index of the character of text it came from."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).lower():
            if not re.match(r"[\s\-\u00ad]", c):
                out.append(c)
                where.append(i)
    return "".join(out), where


def remove(chunks, sentence, where):
    """The chunks with the sentence cut out (found as loose text, so hyphenation and ligatures do not matter)."""
    want = loose(sentence)
    hits = [i for i, c in enumerate(chunks) if loose(c).count(want) == 1]
    if len(hits) != 1 or sum(loose(c).count(want) for c in chunks) != 1:
        sys.exit(f"{where}: text to remove is not found exactly once")
    i = hits[0]
    text, index = loose_map(chunks[i])
    at = text.index(want)
    start, end = index[at], index[at + len(want) - 1] + 1
    chunks = list(chunks)
    chunks[i] = (chunks[i][:start].rstrip(" ") + " " + chunks[i][end:].lstrip(" ")).strip()
    return [c for c in chunks if c]


def main():
    split, items = read_questions()
    for it in list(items):
        if "twin" in it:
            items.append({"id": it["id"] + "-removed", "type": it["type"], "answerable": False, "line": it["line"],
                          "q": it["q"], "remove": it["sentence"]})
    items.sort(key=lambda it: it["line"])
    out = {"tune": [], "check": []}
    seen = set()
    for it in items:
        where = f"questions.txt:{it['line']} ({it['id']})"
        text = it["id"].split(".")[0]
        if it["id"] in seen or text not in split or "q" not in it:
            sys.exit(f"{where}: duplicate id, text without split, or no q:")
        seen.add(it["id"])
        header, chunks = read_text(text)
        if "remove" in it:
            chunks = remove(chunks, it["remove"], where)
        whole = loose(" ".join(chunks))
        spans = [s.strip() for s in it.get("span", "").split(" | ") if s.strip()]
        evidence = [it["sentence"]] if "sentence" in it else []
        if it["answerable"] != bool(spans) or it["answerable"] != bool(evidence):
            sys.exit(f"{where}: an answerable item needs span: and sentence:, an unanswerable one neither")
        for s in evidence:
            if loose(s) not in whole:
                sys.exit(f"{where}: gold sentence not in the text")
        for s in spans:
            if it["type"] != "yesno" and loose(s) not in whole:
                sys.exit(f"{where}: span {s!r} not in the text")
        if spans and it["type"] != "yesno" and loose(spans[0]) not in loose(evidence[0]):
            sys.exit(f"{where}: the first span is not in the gold sentence")
            if it["type"] == "yesno" and s not in ("yes", "no", "unsettled"):
                sys.exit(f"{where}: a yes/no span is yes, no or unsettled")
        kommineni = text.startswith("K")
        question = it["q"]
        asked = TEMPLATE.format(limit=50, question=question) if kommineni else question
        out[split[text]].append({
            "id": "general:" + it["id"],
            "question": question,
            "answerable": it["answerable"],
            "answers": spans,
            "evidence": evidence,
            "type": it["type"],
            "text": text,
            "source": header[0].replace("source: ", ""),
            "licence": header[1].replace("licence: ", ""),
            "split": split[text],
            "contexts": chunks,
            "prompt": STUFF.format(context="\n\n".join(chunks), question=asked),
        })
    for part, lines in out.items():
        with open(HERE / f"dev-{part}.jsonl", "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        n = len(lines)
        a = sum(1 for x in lines if x["answerable"])
        print(f"dev-{part}.jsonl: {n} items, {a} answerable, {n - a} unanswerable")


if __name__ == "__main__":
    main()
