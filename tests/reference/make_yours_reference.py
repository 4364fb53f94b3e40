"""Reference values for the "Your predictions" panel (tests/yours.rs, the browser test).

    cargo run --example yours_files -- /tmp/yref
    /tmp/skvenv/bin/python tests/reference/make_yours_reference.py /tmp/yref > tests/reference/yours_summary.csv

numpy float64 and scikit-learn, written independently of the Rust core: the gradient from the
general closed form (README: sigmoid_focal_loss_exact.csv), p from numpy's expit formula.
"""
import sys
import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

SETTINGS = [(2.0, 0.25), (0.5, None), (5.0, 0.75), (0.0, 0.25), (1.0, 0.9)]
FILES = ["yours_logit.csv", "yours_prob.csv"]


def read(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
    data = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(2, 3))
    return header[3], data[:, 1], data[:, 0].astype(int)


def summary(kind, score, y, gamma, alpha):
    if kind == "logit":
        z = score
        p = 1.0 / (1.0 + np.exp(-z))
        ce = np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z))
        q = np.where(y == 1, 1.0 / (1.0 + np.exp(z)), 1.0 / (1.0 + np.exp(-z)))
    else:
        p = score
        ce = np.where(y == 1, -np.log(p), -np.log1p(-p))
        q = np.where(y == 1, 1.0 - p, p)
    pt = np.where(y == 1, p, 1.0 - p)
    at = np.ones_like(p) if alpha is None else np.where(y == 1, alpha, 1.0 - alpha)
    fl = at * q**gamma * ce
    # dFL/dx = a_t [ (1-p_t)^g (p - y) - g (1-p_t)^(g-1) (2y-1) p (1-p) CE ]
    second = 0.0 if gamma == 0 else gamma * q ** (gamma - 1) * (2 * y - 1) * p * (1 - p) * ce
    gfl = np.abs(at * (q**gamma * (p - y) - second))
    gce = np.abs(p - y)
    neg, easy = y == 0, pt > 0.7
    n, npos = len(y), int(y.sum())
    prior = npos / n
    return {
        "rows": n,
        "positives": npos,
        "ap": average_precision_score(y, score),
        "auc": roc_auc_score(y, score),
        "prior": prior,
        "mean_p": float(np.mean(p)),
        "bias": -np.log((1 - prior) / prior),
        "alpha_freq": float(np.clip(1 - npos / n, 0.1, 0.9)),
        "neg_share_ce": ce[neg].sum() / ce.sum(),
        "neg_share_fl": fl[neg].sum() / fl.sum(),
        "easy_share_ce": ce[easy].sum() / ce.sum(),
        "easy_share_fl": fl[easy].sum() / fl.sum(),
        "grad_neg_share_ce": gce[neg].sum() / gce.sum(),
        "grad_neg_share_fl": gfl[neg].sum() / gfl.sum(),
    }


def main():
    folder = sys.argv[1]
    keys = None
    for name in FILES:
        kind, score, y = read(f"{folder}/{name}")
        for gamma, alpha in SETTINGS:
            s = summary(kind, score, y, gamma, alpha)
            if keys is None:
                keys = list(s)
                print(",".join(["file", "gamma", "alpha"] + keys))
            a = "none" if alpha is None else repr(alpha)
            print(",".join([name, repr(gamma), a] + [repr(float(s[k])) if isinstance(s[k], (float, np.floating)) else str(s[k]) for k in keys]))


main()
