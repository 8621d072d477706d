#!/usr/bin/env python3
"""Blind A/B pairs of symqa's answers and one LLM's, for a judge who must not know which is which.

    blind-pairs.py GOLD.jsonl PRED.jsonl OUT_DIR [--llm llama-3_70b_groq] [--n 40] [--seed 7]

Takes N prompts of GOLD (half answerable, half not; chosen by a seeded shuffle, so the same on every machine),
puts symqa's answer (PRED, the lines `symqa batch` writes) and the LLM's stored answer (GOLD's `llm_answers`)
side by side in a random order, and writes:
  OUT_DIR/judge.md   the pairs with the question and the context chunks: what the judge reads
  OUT_DIR/key.tsv    pair number -> which side is symqa: what the judge must not read
  OUT_DIR/verdicts.tsv  a form for the judge: pair, preferred (A|B|tie), A verdict right (y|n),
                     B verdict right (y|n), A unsupported (y|n), B unsupported (y|n), note
`blind-score.py` reads the filled form with the key and counts wins, ties and verdicts.
Use tune-part prompts only (../shared/eval/split.py): the judge reads them.
"""
import argparse, json, random, os, re

def strip_format(text):
    m = re.search(r"Answer:\s*(.*?)\s*(Answer:::)?\s*$", text, re.S)
    return text.strip()

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold"); ap.add_argument("pred"); ap.add_argument("out")
    ap.add_argument("--llm", default="llama-3_70b_groq"); ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    pred = {}
    for l in open(a.pred, encoding="utf-8"):
        if l.strip():
            p = json.loads(l); pred[p["id"]] = p
    rnd = random.Random(a.seed)
    yes = [g for g in gold if g["answerable"]]; no = [g for g in gold if not g["answerable"]]
    rnd.shuffle(yes); rnd.shuffle(no)
    chosen = yes[: a.n // 2] + no[: a.n - a.n // 2]
    rnd.shuffle(chosen)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "judge.md"), "w", encoding="utf-8") as j, \
         open(os.path.join(a.out, "key.tsv"), "w", encoding="utf-8") as k, \
         open(os.path.join(a.out, "verdicts.tsv"), "w", encoding="utf-8") as v:
        j.write("# Blind pairs\n\nFor each pair: which answer would a researcher auditing the paper rather receive?\n"
                "Judge only by the question and the context shown. Fill verdicts.tsv.\n\n")
        k.write("pair\tid\tsymqa\tanswerable\n")
        v.write("pair\tpreferred(A|B|tie)\tA_verdict_right(y|n)\tB_verdict_right(y|n)\tA_unsupported(y|n)\tB_unsupported(y|n)\tnote\n")
        for n, g in enumerate(chosen, 1):
            ours = pred[g["id"]]["answer"]
            theirs = g["llm_answers"][a.llm]
            symqa_side = "A" if rnd.random() < 0.5 else "B"
            sides = {symqa_side: ours, ("B" if symqa_side == "A" else "A"): theirs}
            j.write(f"## Pair {n}\n\n**Question:** {g['question'].strip()}\n\n**Context:**\n\n")
            for i, c in enumerate(g["contexts"], 1):
                j.write(f"[{i}] " + c.replace("\n", " ") + "\n\n")
            j.write("**Answer A:**\n\n" + sides["A"].strip() + "\n\n**Answer B:**\n\n" + sides["B"].strip() + "\n\n---\n\n")
            k.write(f"{n}\t{g['id']}\t{symqa_side}\t{g['answerable']}\n")
            v.write(f"{n}\t\t\t\t\t\t\n")

if __name__ == "__main__":
    main()
