//! The bounded loss log of a run.

/// The training loss after each epoch, in bounded memory: at most [`LossLog::CAPACITY`]
/// entries; when full, every other one is dropped and the spacing doubles, so a long
/// session keeps an even sample of its whole history (and the first and latest exactly).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LossLog {
    /// (epoch, loss), epochs 1, 1 + stride, 1 + 2·stride, …
    entries: Vec<(usize, f64)>,
    stride: usize,
    latest: Option<(usize, f64)>,
}

impl LossLog {
    /// Also what the loss chart draws: a chart a few hundred pixels wide shows no more.
    pub const CAPACITY: usize = 1_024;

    pub fn push(&mut self, epoch: usize, loss: f64) {
        self.latest = Some((epoch, loss));
        let stride = self.stride.max(1);
        if (epoch.saturating_sub(1)) % stride != 0 {
            return;
        }
        if self.entries.len() == Self::CAPACITY {
            let mut k = 0;
            self.entries.retain(|_| {
                k += 1;
                k % 2 == 1
            });
            self.stride = stride * 2;
            if (epoch - 1) % self.stride != 0 {
                return;
            }
        }
        self.entries.push((epoch, loss));
    }

    pub fn first(&self) -> Option<f64> {
        self.entries.first().map(|e| e.1)
    }

    pub fn last(&self) -> Option<f64> {
        self.latest.map(|e| e.1)
    }

    pub fn is_empty(&self) -> bool {
        self.latest.is_none()
    }

    /// (epoch, loss) as kept, ending with the latest epoch.
    pub fn points(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        let tail = self.latest.filter(|l| self.entries.last() != Some(l));
        self.entries.iter().copied().chain(tail)
    }
}
