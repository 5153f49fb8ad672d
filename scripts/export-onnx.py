#!/usr/bin/env python3
"""Export a Hugging Face DeBERTa-v2 NLI model directory (contra's default, models/contra-nli3)
to ONNX in fp32, for scripts/bench-nli.sh's onnxruntime baseline. Runs in .venv-train (PyTorch
and transformers; scripts/setup-train.sh makes it). onnxruntime's own dynamic quantisation
then makes the int8 model (scripts/onnx_reference.py quantize, in .venv).

  .venv-train/bin/python scripts/export-onnx.py MODEL_DIR OUT.onnx
"""
import json
import os
import sys

import torch
from safetensors.torch import load_file
from transformers import DebertaV2Config, DebertaV2ForSequenceClassification


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    model_dir, out = sys.argv[1], sys.argv[2]
    cfg = json.load(open(os.path.join(model_dir, "config.json"), encoding="utf-8"))
    cfg.pop("contra", None)
    model = DebertaV2ForSequenceClassification(DebertaV2Config(**cfg))
    missing, unexpected = model.load_state_dict(load_file(os.path.join(model_dir, "model.safetensors")), strict=False)
    if missing or unexpected:
        sys.exit(f"{model_dir}: weights do not fit the config: missing {missing}, unexpected {unexpected}")
    model.eval()
    ids = torch.ones(2, 16, dtype=torch.long)
    mask = torch.ones(2, 16, dtype=torch.long)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    with torch.inference_mode():
        torch.onnx.export(
            model,
            (ids, mask),
            tmp,
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                          "logits": {0: "batch"}},
            opset_version=17,
        )
    os.replace(tmp, out)
    print(f"exported {model_dir} to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
