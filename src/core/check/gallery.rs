//! The bug gallery: the mistakes public focal-loss implementations make again and again,
//! each emulated on the check's inputs, with the line that usually causes it and the fix.

use super::Input;
use crate::core::loss::{sigmoid, sigmoid_focal, Alpha, KerasBinaryFocal};
use crate::i18n::{msg, t, Msg};

macro_rules! gallery {
    ($(#[$m:meta])* pub enum $name:ident { $($v:ident = ($token:literal, $title:expr, $why:expr, $line:literal, $fix:expr),)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($v,)* }
        impl $name {
            pub const ALL: [$name; [$($token),*].len()] = [$($name::$v),*];
            /// The `check-verdict` token.
            pub fn token(self) -> &'static str { match self { $($name::$v => $token,)* } }
            /// A short name, for people.
            pub fn title(self) -> &'static str { t(match self { $($name::$v => $title,)* }) }
            /// What is wrong, in one sentence.
            pub fn why(self) -> &'static str { t(match self { $($name::$v => $why,)* }) }
            /// The line of code that usually causes it.
            pub fn line(self) -> &'static str { match self { $($name::$v => $line,)* } }
            /// The fix.
            pub fn fix(self) -> &'static str { t(match self { $($name::$v => $fix,)* }) }
        }
    };
}

gallery! {
    /// A per-row bug: the loss such an implementation returns for an input.
    pub enum Bug {
        AlphaEverywhere = ("alpha-everywhere", msg::BUG_ALPHA_EVERYWHERE_TITLE,
            msg::BUG_ALPHA_EVERYWHERE_WHY,
            "loss = alpha * (1 - p_t) ** gamma * ce",
            Msg::fixed("alpha_t = alpha * y + (1 - alpha) * (1 - y); loss = alpha_t * (1 - p_t) ** gamma * ce")),
        AlphaSwapped = ("alpha-swapped", msg::BUG_ALPHA_SWAPPED_TITLE,
            msg::BUG_ALPHA_SWAPPED_WHY,
            "alpha_t = alpha * (1 - y) + (1 - alpha) * y",
            Msg::fixed("alpha_t = alpha * y + (1 - alpha) * (1 - y)  # α is the positives' weight")),
        Log10 = ("log10", msg::BUG_LOG10_TITLE,
            msg::BUG_LOG10_WHY,
            "ce = -np.log10(p_t)",
            Msg::fixed("ce = -np.log(p_t)  # better: F.binary_cross_entropy_with_logits(x, y, reduction=\"none\")")),
        Log2 = ("log2", msg::BUG_LOG2_TITLE,
            msg::BUG_LOG2_WHY,
            "ce = -torch.log2(p_t)",
            Msg::fixed("ce = -torch.log(p_t)  # better: F.binary_cross_entropy_with_logits(x, y, reduction=\"none\")")),
        NoGamma = ("no-gamma", msg::BUG_NO_GAMMA_TITLE,
            msg::BUG_NO_GAMMA_WHY,
            "loss = alpha_t * ce  # gamma accepted but never used", // (not prose): code
            Msg::fixed("loss = alpha_t * (1 - p_t) ** gamma * ce")),
        GammaOnP = ("gamma-on-p", msg::BUG_GAMMA_ON_P_TITLE,
            msg::BUG_GAMMA_ON_P_WHY,
            "loss = alpha_t * (1 - p) ** gamma * ce",
            Msg::fixed("p_t = p * y + (1 - p) * (1 - y); loss = alpha_t * (1 - p_t) ** gamma * ce")),
        DoubleSigmoid = ("double-sigmoid", msg::BUG_DOUBLE_SIGMOID_TITLE,
            msg::BUG_DOUBLE_SIGMOID_WHY,
            "p = torch.sigmoid(inputs)  # inputs were already probabilities", // (not prose): code
            msg::BUG_DOUBLE_SIGMOID_FIX),
        KerasClamp = ("keras-clamp", msg::BUG_KERAS_CLAMP_TITLE,
            msg::BUG_KERAS_CLAMP_WHY,
            "pc = ops.clip(p, 1e-7, 1 - 1e-7); bce = -(y * ops.log(pc) + (1 - y) * ops.log(1 - pc))",
            msg::BUG_KERAS_CLAMP_FIX),
    }
}

gallery! {
    /// How a single pasted number reduces the per-row losses.
    pub enum Reduction {
        Mean = ("mean", msg::BUG_MEAN_TITLE,
            msg::BUG_MEAN_WHY,
            "loss.mean()",
            msg::BUG_MEAN_FIX),
        Sum = ("sum", msg::BUG_SUM_TITLE,
            msg::BUG_SUM_WHY,
            "loss.sum()",
            msg::BUG_SUM_FIX),
        SumOverPositives = ("sum-over-positives", msg::BUG_SUM_OVER_POSITIVES_TITLE,
            msg::BUG_SUM_OVER_POSITIVES_WHY,
            "loss.sum() / max(1, num_positives)",
            msg::BUG_SUM_OVER_POSITIVES_FIX),
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
