"""Train the typing tie-breaker (``eventcoder.extract.type_model``).

Reads the project-written corpus ``training/typing/*.jsonl`` (one
``{"text", "label"}`` per line), fits multinomial logistic regression over
word unigrams and bigrams with numpy, and writes the weights as JSON into the
package. Deterministic: the same corpus gives the same file.

    python training/train_type_model.py            # train and write the model
    python training/train_type_model.py --cv 5     # also report k-fold accuracy
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from eventcoder.extract.type_model import TypeModel, features
from eventcoder.taxonomy import SUB_EVENT_TYPES

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "typing"
OUTPUT = HERE.parent / "src" / "eventcoder" / "data" / "models" / "type_model.json"
NONE_LABEL = "none"


def read_corpus(folder: Path) -> list[tuple[str, str]]:
    valid = {s.name for s in SUB_EVENT_TYPES} | {NONE_LABEL}
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text, label = record["text"].strip(), record["label"]
            if label not in valid:
                raise SystemExit(f"{path}:{number}: unknown label {label!r}")
            if text in seen:
                continue  # a repeated text would count twice
            seen.add(text)
            rows.append((text, label))
    return rows


def fit(rows: list[tuple[str, str]], *, l2: float, epochs: int, min_count: int) -> TypeModel:
    labels = sorted({label for _, label in rows})
    counts = Counter(f for text, _ in rows for f in set(features(text)))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    y = np.zeros((len(rows), len(labels)), dtype=np.float64)
    for r, (text, label) in enumerate(rows):
        for f in set(features(text)):
            if f in index:
                x[r, index[f]] = 1.0
        y[r, labels.index(label)] = 1.0
    w = np.zeros((len(vocab), len(labels)))
    b = np.zeros(len(labels))
    # Adam on the mean cross-entropy plus an L2 penalty on the weights.
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad_logits = (p - y) / len(rows)
        g_w = x.T @ grad_logits + l2 * w
        g_b = grad_logits.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            param -= rate * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    weights = {f: [round(float(v), 4) for v in w[i]] for f, i in index.items()
               if float(np.abs(w[i]).max()) >= 0.005}
    return TypeModel(labels=labels, weights=weights, bias=[round(float(v), 4) for v in b],
                     meta={"texts": len(rows), "features": len(weights), "l2": l2,
                           "epochs": epochs, "min_count": min_count,
                           "trained_on": "training/typing/*.jsonl (project-written)"})


def cross_validate(rows: list[tuple[str, str]], k: int, **params: float | int) -> float:
    rng = np.random.default_rng(13)
    order = rng.permutation(len(rows))
    right = 0
    for fold in range(k):
        test = {int(i) for i in order[fold::k]}
        model = fit([r for i, r in enumerate(rows) if i not in test], **params)  # type: ignore[arg-type]
        for i in test:
            probs = model.probabilities(rows[i][0])
            right += max(probs, key=lambda label: probs[label]) == rows[i][1]
    return right / len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--l2", type=float, default=0.002)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation report")
    args = parser.parse_args(argv)
    rows = read_corpus(args.corpus)
    print(f"{len(rows)} texts, {len({label for _, label in rows})} labels", file=sys.stderr)
    params = {"l2": args.l2, "epochs": args.epochs, "min_count": args.min_count}
    if args.cv:
        accuracy = cross_validate(rows, args.cv, **params)
        print(f"{args.cv}-fold accuracy {accuracy:.3f}", file=sys.stderr)
    model = fit(rows, **params)  # type: ignore[arg-type]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.to_disk(args.out)
    print(f"wrote {args.out} ({len(model.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
