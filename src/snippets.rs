//! "Use it in your code": ready-to-paste snippets for the current γ and α, and what each
//! library returns for the Explorer's current point. Pure text and numbers.

use crate::core::loss::{logit, sigmoid_focal, KerasBinaryFocal};
use crate::state::Point;

pub struct Snippet {
    /// A stable id for test hooks.
    pub id: &'static str,
    pub library: &'static str,
    pub code: String,
    /// The value this library returns for the current point.
    pub value: f64,
}

/// The logit and the 0/1 target of the Explorer's current point.
pub fn current_point(point: &Point) -> (f64, f64) {
    let z = logit(point.pt);
    if point.positive {
        (z, 1.0)
    } else {
        (-z, 0.0)
    }
}

pub fn snippets(point: &Point) -> Vec<Snippet> {
    let (x, y) = current_point(point);
    let gamma = point.gamma;
    let torch_alpha = point.alpha.unwrap_or(-1.0);
    let reference = sigmoid_focal(x, y, point.alpha(), gamma).loss;
    let keras = KerasBinaryFocal {
        apply_class_balancing: point.alpha.is_some(),
        alpha: point.alpha.unwrap_or(0.25),
        gamma,
        from_logits: true,
        label_smoothing: 0.0,
    };
    let keras_line = match point.alpha {
        Some(a) => format!(
            "loss_fn = keras.losses.BinaryFocalCrossentropy(\n    apply_class_balancing=True,  # without it Keras ignores alpha\n    alpha={a}, gamma={gamma}, from_logits=True, reduction=None)"
        ),
        None => format!(
            "loss_fn = keras.losses.BinaryFocalCrossentropy(\n    apply_class_balancing=False,  # no α\n    gamma={gamma}, from_logits=True, reduction=None)"
        ),
    };
    vec![
        Snippet {
            id: "torchvision",
            library: "torchvision",
            code: format!(
                "import torch\nfrom torchvision.ops import sigmoid_focal_loss\n\n\
                 logits = torch.tensor([{x:?}], dtype=torch.float64)\n\
                 targets = torch.tensor([{y:?}], dtype=torch.float64)\n\
                 # alpha weighs positives, 1 - alpha negatives; alpha=-1 turns weighting off\n\
                 loss = sigmoid_focal_loss(logits, targets, alpha={torch_alpha}, gamma={gamma}, reduction=\"none\")\n\
                 print(loss.item())"
            ),
            value: reference,
        },
        Snippet {
            id: "keras",
            library: "Keras 3",
            code: format!(
                "import numpy as np\nimport keras\n\n{keras_line}\n\
                 y_true = np.array([[{y:?}]])\n\
                 logits = np.array([[{x:?}]])\n\
                 print(float(loss_fn(y_true, logits)[0]))  # probabilities clipped to [1e-7, 1 - 1e-7]"
            ),
            value: keras.loss(y, x),
        },
        Snippet {
            id: "pytorch",
            library: "plain PyTorch",
            code: format!(
                "import torch\nimport torch.nn.functional as F\n\n\
                 def focal_loss(logits, targets, alpha={torch_alpha}, gamma={gamma}):\n\
                 \x20   p = torch.sigmoid(logits)\n\
                 \x20   ce = F.binary_cross_entropy_with_logits(logits, targets, reduction=\"none\")\n\
                 \x20   p_t = p * targets + (1 - p) * (1 - targets)\n\
                 \x20   loss = ce * (1 - p_t) ** gamma\n\
                 \x20   if alpha >= 0:\n\
                 \x20       loss = loss * (alpha * targets + (1 - alpha) * (1 - targets))\n\
                 \x20   return loss\n\n\
                 print(focal_loss(torch.tensor([{x:?}], dtype=torch.float64), torch.tensor([{y:?}], dtype=torch.float64)).item())"
            ),
            value: plain_pytorch(x, y, torch_alpha, gamma),
        },
    ]
}

/// What the plain-PyTorch snippet prints, step for step as it computes it (torch's
/// `binary_cross_entropy_with_logits` is max(x, 0) − x·y + ln(1 + e^−|x|)): a second,
/// independent evaluation, so the page shows where it would part from torchvision.
fn plain_pytorch(x: f64, y: f64, alpha: f64, gamma: f64) -> f64 {
    let p = 1.0 / (1.0 + (-x).exp());
    let ce = x.max(0.0) - x * y + (-x.abs()).exp().ln_1p();
    let p_t = p * y + (1.0 - p) * (1.0 - y);
    let loss = ce * (1.0 - p_t).powf(gamma);
    if alpha >= 0.0 {
        loss * (alpha * y + (1.0 - alpha) * (1.0 - y))
    } else {
        loss
    }
}

/// The conventions that differ between libraries, as the page explains them.
pub const CONVENTIONS: [crate::i18n::Msg; 5] = [
    crate::i18n::msg::CONVENTION_TORCHVISION,
    crate::i18n::msg::CONVENTION_KERAS_ALPHA,
    crate::i18n::msg::CONVENTION_KERAS_CLIP,
    crate::i18n::msg::CONVENTION_CATEGORICAL,
    crate::i18n::msg::CONVENTION_SOFT,
];
