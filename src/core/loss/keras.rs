//! Keras's `BinaryFocalCrossentropy`, emulated as Keras computes it (clipped probabilities),
//! to show where its numbers differ from the exact loss.

/// The settings of Keras's `BinaryFocalCrossentropy`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KerasBinaryFocal {
    pub apply_class_balancing: bool,
    pub alpha: f64,
    pub gamma: f64,
    pub from_logits: bool,
    pub label_smoothing: f64,
}

/// Keras's clipping constant (`backend.epsilon()`).
pub const KERAS_EPSILON: f64 = 1e-7;

impl KerasBinaryFocal {
    /// Keras 3's formula, float for float, including its quirks: the probability is clipped
    /// to [1e-7, 1-1e-7] inside the log (so the loss saturates at 16.118), the log is floored
    /// at -100, `p_t` uses the unclipped probability, and α does nothing unless
    /// `apply_class_balancing` is set. The arithmetic deliberately follows Keras's
    /// (cancelling) order so the numbers agree with it, not with the exact loss.
    pub fn loss(&self, y_true: f64, y_pred: f64) -> f64 {
        let ls = self.label_smoothing;
        let y = y_true * (1.0 - ls) + 0.5 * ls;
        let p = if self.from_logits {
            1.0 / (1.0 + (-y_pred).exp())
        } else {
            y_pred
        };
        let pc = p.clamp(KERAS_EPSILON, 1.0 - KERAS_EPSILON);
        let bce = -(y * pc.ln().max(-100.0) + (1.0 - y) * (1.0 - pc).ln().max(-100.0));
        let p_t = y * p + (1.0 - y) * (1.0 - p);
        let mut loss = (1.0 - p_t).powf(self.gamma) * bce;
        if self.apply_class_balancing {
            loss *= y * self.alpha + (1.0 - y) * (1.0 - self.alpha);
        }
        loss
    }
}
