//! The generated pytest file: the reader's function fed every input row with
//! `reduction="none"` and compared with the exact values, in float64 and float32. The file
//! carries its own inputs and expected values, so it needs nothing from this site.

use super::{inputs, Input, FLOOR, RTOL};

/// A Python identifier path such as `mypkg.losses` (letters, digits, `_`, dots between
/// names), or `None` with what is wrong.
pub fn python_path(text: &str, dotted: bool) -> Result<&str, String> {
    let t = text.trim();
    let ok_name = |n: &str| {
        !n.is_empty()
            && !n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let fine = if dotted {
        t.split('.').all(ok_name)
    } else {
        ok_name(t)
    };
    if fine {
        Ok(t)
    } else {
        Err(crate::i18n::tf(
            crate::i18n::msg::NOT_A_PYTHON_NAME,
            &[("name", t)],
        ))
    }
}

fn row_line(r: &Input) -> String {
    format!(
        "    ({:?}, {}, {:?}, {:?}, {:?}),\n",
        r.logit,
        r.label,
        r.gamma,
        r.alpha,
        r.exact()
    )
}

/// The test file for `from <module> import <function>`.
pub fn file(module: &str, function: &str) -> String {
    let rows: String = inputs().iter().map(row_line).collect();
    let float32 = (RTOL, RTOL * FLOOR);
    format!(
        r#""""Checks {module}.{function} against exact focal-loss values (Focal Loss Explorer).

Run:  pytest {file_name}
Or:   python {file_name}   (prints your outputs, one per line, to paste into the page)

Every row is one logit with a hard label, called with reduction="none" and compared with
the exact loss of torchvision's definition: p = sigmoid(x), p_t = p if y == 1 else 1 - p,
FL = alpha_t * (1 - p_t) ** gamma * -ln(p_t), alpha_t = alpha for y == 1 and 1 - alpha for
y == 0, no alpha at all when alpha == -1. The expected values are exact to float64.
Tolerance: float64 rtol 1e-7, atol 1e-12; float32 rtol {rtol:e}, atol {atol:e}.
"""
import pytest
import torch

from {module} import {function} as focal_loss

# logit, label, gamma, alpha (-1: no alpha), exact loss
ROWS = [
{rows}]

TOLERANCE = {{torch.float64: (1e-7, 1e-12), torch.float32: ({rtol:e}, {atol:e})}}
SETTINGS = sorted({{(r[2], r[3]) for r in ROWS}})


def outputs(dtype, gamma, alpha):
    rows = [r for r in ROWS if r[2] == gamma and r[3] == alpha]
    x = torch.tensor([r[0] for r in rows], dtype=dtype)
    y = torch.tensor([float(r[1]) for r in rows], dtype=dtype)
    got = focal_loss(x, y, alpha=alpha, gamma=gamma, reduction="none")
    return rows, torch.as_tensor(got).double().reshape(-1)


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32], ids=["float64", "float32"])
@pytest.mark.parametrize("gamma,alpha", SETTINGS)
def test_focal_loss(dtype, gamma, alpha):
    rows, got = outputs(dtype, gamma, alpha)
    expected = torch.tensor([r[4] for r in rows], dtype=torch.float64)
    rtol, atol = TOLERANCE[dtype]
    torch.testing.assert_close(got, expected, rtol=rtol, atol=atol)


if __name__ == "__main__":
    values = {{}}
    for gamma, alpha in SETTINGS:
        rows, got = outputs(torch.float64, gamma, alpha)
        for r, v in zip(rows, got.tolist()):
            values[id(r)] = v
    for r in ROWS:
        print(repr(values[id(r)]))
"#,
        file_name = file_name(),
        rtol = float32.0,
        atol = float32.1,
    )
}

/// The name the test file is saved under (pytest collects `test_*.py`).
pub fn file_name() -> &'static str {
    "test_focal_check.py"
}
