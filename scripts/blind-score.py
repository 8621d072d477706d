#!/usr/bin/env python3
"""Counts a blind judge's verdicts against the key of blind-pairs.py.

    blind-score.py OUT_DIR

Reads OUT_DIR/verdicts.tsv (filled by the judge) and OUT_DIR/key.tsv, and prints: pairs where symqa was
preferred, where the LLM was, ties; how often each side's verdict (answers / does not answer) was right; how many
of each side's answers hold at least one statement the context does not support.
"""
import csv, os, sys

def main():
    out = sys.argv[1]
    key = {r["pair"]: r for r in csv.DictReader(open(os.path.join(out, "key.tsv")), delimiter="\t")}
    rows = list(csv.DictReader(open(os.path.join(out, "verdicts.tsv")), delimiter="\t"))
    c = {"symqa": 0, "llm": 0, "tie": 0, "symqa_right": 0, "llm_right": 0, "symqa_unsup": 0, "llm_unsup": 0, "n": 0}
    for r in rows:
        k = key[r["pair"]]; s = k["symqa"]; o = "B" if s == "A" else "A"
        pref = r["preferred(A|B|tie)"].strip().upper()
        if pref not in ("A", "B", "TIE"):
            sys.exit(f"pair {r['pair']}: preferred must be A, B or tie, got {pref!r}")
        c["n"] += 1
        c["tie" if pref == "TIE" else ("symqa" if pref == s else "llm")] += 1
        c["symqa_right"] += r[f"{s}_verdict_right(y|n)"].strip().lower() == "y"
        c["llm_right"] += r[f"{o}_verdict_right(y|n)"].strip().lower() == "y"
        c["symqa_unsup"] += r[f"{s}_unsupported(y|n)"].strip().lower() == "y"
        c["llm_unsup"] += r[f"{o}_unsupported(y|n)"].strip().lower() == "y"
    decided = c["symqa"] + c["llm"]
    print(f"pairs {c['n']}: symqa preferred {c['symqa']}, LLM preferred {c['llm']}, ties {c['tie']}"
          f" (symqa {c['symqa'] / max(decided, 1):.0%} of decided)")
    print(f"verdict right: symqa {c['symqa_right']}/{c['n']}, LLM {c['llm_right']}/{c['n']}")
    print(f"at least one unsupported statement: symqa {c['symqa_unsup']}/{c['n']}, LLM {c['llm_unsup']}/{c['n']}")

if __name__ == "__main__":
    main()
