//! The bug gallery: the mistakes public focal-loss implementations make again and again,
//! each emulated on the check's inputs, with the line that usually causes it and the fix.

use super::Input;
use crate::core::loss::{sigmoid, sigmoid_focal, Alpha, KerasBinaryFocal};

macro_rules! gallery {
    ($(#[$m:meta])* pub enum $name:ident { $($v:ident = ($token:literal, $title:literal, $why:literal, $line:literal, $fix:literal),)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($v,)* }
        impl $name {
            pub const ALL: [$name; [$($token),*].len()] = [$($name::$v),*];
            /// The `check-verdict` token.
            pub fn token(self) -> &'static str { match self { $($name::$v => $token,)* } }
            /// A short name, for people.
            pub fn title(self) -> &'static str { match self { $($name::$v => $title,)* } }
            /// What is wrong, in one sentence.
            pub fn why(self) -> &'static str { match self { $($name::$v => $why,)* } }
            /// The line of code that usually causes it.
            pub fn line(self) -> &'static str { match self { $($name::$v => $line,)* } }
            /// The fix.
            pub fn fix(self) -> &'static str { match self { $($name::$v => $fix,)* } }
        }
    };
}

gallery! {
    /// A per-row bug: the loss such an implementation returns for an input.
    pub enum Bug {
        AlphaEverywhere = ("alpha-everywhere", "α on every example",
            "α multiplies every example's loss, so it is only a scale: negatives should get 1 − α.",
            "loss = alpha * (1 - p_t) ** gamma * ce",
            "alpha_t = alpha * y + (1 - alpha) * (1 - y); loss = alpha_t * (1 - p_t) ** gamma * ce"),
        AlphaSwapped = ("alpha-swapped", "α pointing the wrong way",
            "Negatives get α and positives 1 − α: with α = 0.25 the rare positives are weighted down, not the negatives.",
            "alpha_t = alpha * (1 - y) + (1 - alpha) * y",
            "alpha_t = alpha * y + (1 - alpha) * (1 - y)  # α is the positives' weight"),
        Log10 = ("log10", "log base 10",
            "Cross-entropy is taken with log₁₀, so every loss is 1/ln 10 ≈ 0.434 of the true one.",
            "ce = -np.log10(p_t)",
            "ce = -np.log(p_t)  # better: F.binary_cross_entropy_with_logits(x, y, reduction=\"none\")"),
        Log2 = ("log2", "log base 2",
            "Cross-entropy is taken with log₂, so every loss is 1/ln 2 ≈ 1.44 times the true one.",
            "ce = -torch.log2(p_t)",
            "ce = -torch.log(p_t)  # better: F.binary_cross_entropy_with_logits(x, y, reduction=\"none\")"),
        NoGamma = ("no-gamma", "γ ignored",
            "The modulating factor (1 − p_t)^γ is missing: the loss is α-balanced cross-entropy whatever γ is.",
            "loss = alpha_t * ce  # gamma accepted but never used",
            "loss = alpha_t * (1 - p_t) ** gamma * ce"),
        GammaOnP = ("gamma-on-p", "γ on p, not p_t",
            "The factor uses p, the positive class's probability, instead of p_t: for a negative (1 − p)^γ is largest when it is easy, so easy negatives are weighted up, not down.",
            "loss = alpha_t * (1 - p) ** gamma * ce",
            "p_t = p * y + (1 - p) * (1 - y); loss = alpha_t * (1 - p_t) ** gamma * ce"),
        DoubleSigmoid = ("double-sigmoid", "sigmoid applied twice",
            "The inputs are passed through a sigmoid that was already applied, so every p lies in (0.5, 0.73) and the loss barely depends on the logit.",
            "p = torch.sigmoid(inputs)  # inputs were already probabilities",
            "Pass logits to a function that applies the sigmoid, or probabilities to one that does not."),
        KerasClamp = ("keras-clamp", "Keras's clipping (a convention)",
            "Not a bug: p is clipped to [1e-7, 1 − 1e-7] inside the log, as Keras does, so the loss of a very wrong example stops at −ln(1e-7) ≈ 16.1.",
            "pc = ops.clip(p, 1e-7, 1 - 1e-7); bce = -(y * ops.log(pc) + (1 - y) * ops.log(1 - pc))",
            "Nothing to fix if you meant Keras's BinaryFocalCrossentropy; compute CE from logits to match torchvision."),
    }
}

gallery! {
    /// How a single pasted number reduces the per-row losses.
    pub enum Reduction {
        Mean = ("mean", "the mean",
            "Your one number is the mean of the exact losses (reduction=\"mean\").",
            "loss.mean()",
            "Correct, if you meant the mean. The paper normalises by the number of positives instead."),
        Sum = ("sum", "the sum",
            "Your one number is the sum of the exact losses (reduction=\"sum\").",
            "loss.sum()",
            "Correct, if you meant the sum."),
        SumOverPositives = ("sum-over-positives", "the sum over the number of positives",
            "Your one number is the sum of the exact losses divided by the number of positives: the paper's normalisation.",
            "loss.sum() / max(1, num_positives)",
            "Correct: this is how RetinaNet normalises (by the anchors assigned to objects)."),
    }
}

impl Bug {
    /// The loss this bug gives for one input.
    pub fn loss(self, r: &Input) -> f64 {
        let y = f64::from(r.label);
        let alpha = r.alpha();
        let focal = |x: f64, a: Alpha| sigmoid_focal(x, y, a, r.gamma).loss;
        let no_alpha = || focal(r.logit, Alpha::None);
        match self {
            Bug::AlphaEverywhere => match alpha {
                Alpha::Balanced(a) => a * no_alpha(),
                Alpha::None => no_alpha(),
            },
            Bug::AlphaSwapped => match alpha {
                Alpha::Balanced(a) => focal(r.logit, Alpha::Balanced(1.0 - a)),
                Alpha::None => no_alpha(),
            },
            Bug::Log10 => r.exact() / std::f64::consts::LN_10,
            Bug::Log2 => r.exact() / std::f64::consts::LN_2,
            Bug::NoGamma => sigmoid_focal(r.logit, y, alpha, 0.0).loss,
            Bug::GammaOnP => {
                let ce = sigmoid_focal(r.logit, y, alpha, 0.0).loss;
                ce * (1.0 - sigmoid(r.logit)).powf(r.gamma)
            }
            Bug::DoubleSigmoid => focal(sigmoid(r.logit), alpha),
            Bug::KerasClamp => KerasBinaryFocal {
                apply_class_balancing: r.alpha >= 0.0,
                alpha: r.alpha,
                gamma: r.gamma,
                from_logits: true,
                label_smoothing: 0.0,
            }
            .loss(y, r.logit),
        }
    }
}

impl Reduction {
    /// This reduction of the per-row losses.
    pub fn of(self, inputs: &[Input], losses: &[f64]) -> f64 {
        let sum: f64 = losses.iter().sum();
        match self {
            Reduction::Mean => sum / losses.len() as f64,
            Reduction::Sum => sum,
            Reduction::SumOverPositives => {
                sum / inputs.iter().filter(|r| r.label == 1).count().max(1) as f64
            }
        }
    }
}
