#!/usr/bin/env python3
"""Regenerates the reference files in this folder from the libraries themselves.

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install -r tests/reference/requirements.txt
    /tmp/refvenv/bin/python tests/reference/make_reference.py OUT_DIR
    /tmp/refvenv/bin/python tests/reference/make_reference.py --compare OUT_DIR tests/reference

The first call writes the five CSV files into OUT_DIR (every float written with repr(), the
shortest string that round-trips). The second compares two folders cell by cell and prints,
per file and column, how many cells are byte-identical and the largest relative difference.
`FOCAL_REFERENCE_DIR=OUT_DIR cargo test --test reference --test metrics` runs the Rust tests
against the new files. README.md says what each file holds and how close a regeneration came.
"""

import csv
import math
import os
import sys

HEADERS = {
    "sigmoid_focal_loss.csv": "logit,target,alpha,gamma,loss,dloss_dlogit",
    "sigmoid_focal_loss_exact.csv": "logit,target,alpha,gamma,loss,dloss_dlogit",
    "softmax_focal_loss.csv": "num_classes,logits,target,alpha,gamma,loss,loss_keras,loss_kornia,dloss_dlogits",
    "ranking_metrics.csv": "case,scores,labels,average_precision,roc_auc,precision_at_0_5,recall_at_0_5",
    "keras_binary_focal.csv": "input_kind,y_pred,target,apply_class_balancing,alpha,gamma,label_smoothing,loss,loss_float32,loss_formula_f64",
}

LOGITS = [-30.0, -10.0, -5.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0]
TARGETS = [0.0, 1.0, 0.1, 0.9]
ALPHAS = [-1.0, 0.25, 0.5, 0.75]
GAMMAS = [0.0, 0.5, 1.0, 2.0, 5.0]


def f(x):
    """A float as the files write it: repr, the shortest round-trip form."""
    return repr(float(x))


def joined(xs):
    return ";".join(f(x) for x in xs)


def write(out, name, rows):
    with open(os.path.join(out, name), "w", newline="") as fh:
        fh.write(HEADERS[name] + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")
    print(f"{name}: {len(rows)} rows")


def sigmoid_grid():
    for x in LOGITS:
        for y in TARGETS:
            for a in ALPHAS:
                for g in GAMMAS:
                    yield x, y, a, g


def sigmoid_torchvision():
    import torch
    from torchvision.ops import sigmoid_focal_loss

    torch.set_default_dtype(torch.float64)
    rows = []
    for x, y, a, g in sigmoid_grid():
        xt = torch.tensor([x], requires_grad=True)
        loss = sigmoid_focal_loss(xt, torch.tensor([y]), alpha=a, gamma=g, reduction="none")
        (grad,) = torch.autograd.grad(loss.sum(), xt)
        rows.append([f(x), f(y), f(a), f(g), f(loss.item()), f(grad.item())])
    return rows


def sigmoid_exact():
    """60 significant digits from the definition; 1 - p as 1/(1 + e^x), so no cancellation."""
    import mpmath as mp

    mp.mp.dps = 60
    rows = []
    for x, y, a, g in sigmoid_grid():
        X, Y, G = mp.mpf(x), mp.mpf(y), mp.mpf(g)
        p = 1 / (1 + mp.exp(-X))
        q = 1 / (1 + mp.exp(X))  # 1 - p
        ce = mp.log1p(mp.exp(X)) - X * Y  # softplus(x) - x·y
        one_minus_pt = q * Y + p * (1 - Y)
        at = mp.mpf(1) if a < 0 else mp.mpf(a) * Y + (1 - mp.mpf(a)) * (1 - Y)
        loss = at * one_minus_pt**G * ce
        grad = one_minus_pt**G * (p - Y)
        if g != 0:
            grad -= G * one_minus_pt ** (G - 1) * (2 * Y - 1) * p * q * ce
        grad *= at
        rows.append([f(x), f(y), f(a), f(g), f(float(loss)), f(float(grad))])
    return rows


SOFTMAX_CASES = {
    3: [[0, 0, 0], [2, 1, 0.1], [-1, 0.5, 3], [10, -10, 0], [0.3, -0.2, 0.1], [20, 0, -20]],
    5: [[0, 0, 0, 0, 0], [1, 2, 3, 4, 5], [-2, 0.5, 0, 1.5, -0.5], [8, -3, 1, 0, 2], [30, -30, 0, 5, -5]],
}
SOFTMAX_ALPHAS = {
    3: [0.25, 1.0, [0.2, 0.3, 0.5], [1, 2, 0.5]],
    5: [0.25, 1.0, [0.1, 0.2, 0.3, 0.25, 0.15], [1, 1, 2, 0.5, 3]],
}


def softmax_rows():
    import numpy as np
    import torch

    os.environ.setdefault("KERAS_BACKEND", "torch")
    import keras
    import kornia

    torch.set_default_dtype(torch.float64)
    keras.config.set_floatx("float64")
    rows = []
    for c in (3, 5):
        for logits in SOFTMAX_CASES[c]:
            logits = [float(v) for v in logits]
            for t in range(c):
                for alpha in SOFTMAX_ALPHAS[c]:
                    vector = isinstance(alpha, list)
                    alpha = [float(v) for v in alpha] if vector else float(alpha)
                    at = alpha[t] if vector else alpha
                    for g in GAMMAS:
                        z = torch.tensor(logits, requires_grad=True)
                        # s = Σ_{j≠t} e^{z_j − z_t}; ln p_t = −log1p(s); 1 − p_t = s / (1 + s)
                        others = [j for j in range(c) if j != t]
                        s = torch.exp(z[others] - z[t]).sum()
                        ln_pt = -torch.log1p(s)
                        loss = -at * (s / (1 + s)) ** g * ln_pt
                        (grad,) = torch.autograd.grad(loss, z)

                        onehot = np.zeros((1, c))
                        onehot[0, t] = 1.0
                        kloss = keras.losses.CategoricalFocalCrossentropy(
                            alpha=np.array(alpha, dtype=np.float64) if vector else alpha,
                            gamma=g,
                            from_logits=True,
                            reduction=None,
                            dtype="float64",
                        )(onehot, np.array([logits], dtype=np.float64))
                        pred = torch.tensor([logits])
                        target = torch.tensor([t])
                        if vector:
                            kor = kornia.losses.focal_loss(
                                pred, target, alpha=None, gamma=g, reduction="none",
                                weight=torch.tensor(alpha),
                            )
                        else:
                            kor = kornia.losses.focal_loss(pred, target, alpha=alpha, gamma=g, reduction="none")
                        rows.append([
                            str(c), joined(logits), str(t),
                            joined(alpha) if vector else f(alpha), f(g),
                            f(loss.item()), f(float(np.asarray(kloss).reshape(-1)[0])),
                            f(kor.sum().item()), joined(grad.tolist()),
                        ])
    return rows


# (positives, negatives) of the drawn cases: imbalance from 1:1 to 1:1000.
RANKING_SIZES = [(1, 9), (3, 30), (5, 500), (10, 100), (2, 2000), (3, 3000), (50, 50), (20, 200)]
# How far apart the two classes' logits are, in standard deviations: weak, medium, strong.
RANKING_SEPARATIONS = [0.5, 1.5, 3.0]
RANKING_SEED = 20171222  # any fixed seed: the scores are inputs, drawn once


def ranking_rows():
    import numpy as np
    from sklearn.metrics import average_precision_score, roc_auc_score

    rng = np.random.default_rng(RANKING_SEED)
    cases = []
    for pos, neg in RANKING_SIZES:
        for sep in RANKING_SEPARATIONS:
            labels = [1] * pos + [0] * neg
            logits = np.concatenate([rng.normal(sep - 2.0, 1.0, pos), rng.normal(-2.0, 1.0, neg)])
            scores = [float(v) for v in 1.0 / (1.0 + np.exp(-logits))]
            cases.append((scores, labels))
            cases.append(([round(s, 2) for s in scores], labels))  # many ties
    cases.append(([0.9 - 0.01 * i for i in range(40)], [1] * 10 + [0] * 30))  # perfect
    cases.append(([0.1 + 0.01 * i for i in range(40)], [1] * 10 + [0] * 30))  # inverted
    cases.append(([0.5] * 40, [1] * 4 + [0] * 36))  # every score tied
    rows = []
    for i, (scores, labels) in enumerate(cases):
        y, s = np.array(labels), np.array(scores)
        predicted = s >= 0.5
        tp = int(np.sum(predicted & (y == 1)))
        precision = tp / int(np.sum(predicted)) if predicted.any() else 0.0
        recall = tp / int(np.sum(y == 1))
        rows.append([
            str(i), joined(scores), ";".join(str(v) for v in labels),
            f(average_precision_score(y, s)), f(roc_auc_score(y, s)), f(precision), f(recall),
        ])
    return rows


KERAS_LOGITS = [-20.0, -10.0, -5.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0]
KERAS_PROBS = [0.0, 1e-8, 1e-7, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-7, 1.0]


def keras_formula(kind, x, y, acb, alpha, g, ls):
    """Keras's BinaryFocalCrossentropy, written again in plain float64."""
    y = y * (1 - ls) + 0.5 * ls
    p = 1 / (1 + math.exp(-x)) if kind == "logit" else x
    pc = min(max(p, 1e-7), 1 - 1e-7)
    bce = -(y * max(math.log(pc), -100) + (1 - y) * max(math.log(1 - pc), -100))
    pt = y * p + (1 - y) * (1 - p)
    loss = (1 - pt) ** g * bce
    if acb:
        loss *= y * alpha + (1 - y) * (1 - alpha)
    return loss


def keras_rows():
    import numpy as np

    os.environ.setdefault("KERAS_BACKEND", "torch")
    import keras

    keras.config.set_floatx("float64")
    rows = []
    for kind, inputs in (("logit", KERAS_LOGITS), ("prob", KERAS_PROBS)):
        for acb, alpha in ((0, 0.25), (1, 0.25), (1, 0.75)):
            for g in (0.0, 2.0, 5.0):
                for ls in (0.0, 0.1, 0.3):
                    for x in inputs:
                        for y in (0.0, 1.0):
                            def call(dtype):
                                loss = keras.losses.BinaryFocalCrossentropy(
                                    apply_class_balancing=bool(acb), alpha=alpha, gamma=g,
                                    from_logits=kind == "logit", label_smoothing=ls,
                                    reduction=None, dtype=dtype,
                                )
                                out = loss(np.array([[y]], dtype=dtype), np.array([[x]], dtype=dtype))
                                return float(np.asarray(out).reshape(-1)[0])

                            formula = keras_formula(kind, x, y, acb, alpha, g, ls)
                            value = call("float64")
                            assert value == float(np.float32(formula)), (kind, x, y, acb, alpha, g, ls)
                            rows.append([
                                kind, f(x), f(y), str(acb), f(alpha), f(g), f(ls),
                                f(value), f(call("float32")), f(formula),
                            ])
    return rows


def compare(a_dir, b_dir):
    """Cell by cell: identical cells, and the largest relative difference of the numbers."""
    for name in HEADERS:
        with open(os.path.join(a_dir, name)) as fa, open(os.path.join(b_dir, name)) as fb:
            ra, rb = list(csv.reader(fa)), list(csv.reader(fb))
        assert ra[0] == rb[0] and len(ra) == len(rb), f"{name}: header or row count differ"
        for col, key in enumerate(ra[0]):
            same, worst = 0, 0.0
            for x, y in zip(ra[1:], rb[1:]):
                if x[col] == y[col]:
                    same += 1
                    continue
                for u, v in zip(x[col].split(";"), y[col].split(";")):
                    try:
                        u, v = float(u), float(v)
                    except ValueError:
                        worst = math.inf
                        continue
                    scale = max(abs(u), abs(v))
                    if scale > 0:
                        worst = max(worst, abs(u - v) / scale)
            print(f"{name:30} {key:22} {same:5} of {len(ra) - 1} identical, largest relative difference {worst:.3g}")


def main(argv):
    if len(argv) == 3 and argv[0] == "--compare":
        compare(argv[1], argv[2])
        return
    if len(argv) != 1:
        sys.exit(__doc__)
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    write(out, "sigmoid_focal_loss_exact.csv", sigmoid_exact())
    write(out, "sigmoid_focal_loss.csv", sigmoid_torchvision())
    write(out, "ranking_metrics.csv", ranking_rows())
    write(out, "softmax_focal_loss.csv", softmax_rows())
    write(out, "keras_binary_focal.csv", keras_rows())


if __name__ == "__main__":
    main(sys.argv[1:])
