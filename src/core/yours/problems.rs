//! What can be wrong with a table of predictions: a row (refused, the others kept) or the whole
//! file (refused, the data loaded before kept), each said in words for the panel.

/// Why a row was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblem {
    /// The named column's text is not a number.
    NotANumber(&'static str, String),
    /// The named column is NaN or infinite.
    NotFinite(&'static str),
    /// The label is a number other than 0 or 1.
    Label(f64),
    /// A probability outside [0, 1].
    ProbRange(f64),
    /// A probability of exactly 0 or 1 on the wrong class: the loss is infinite.
    InfiniteLoss,
    /// The row ends before the named column.
    Missing(&'static str),
    /// The row has another number of fields than the header.
    ColumnCount { found: usize, expected: usize },
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            RowProblem::NotANumber(col, text) => write!(f, "{col} “{text}” is not a number"),
            RowProblem::NotFinite(col) => write!(f, "{col} is NaN or infinite"),
            RowProblem::Label(v) => write!(f, "label {v} is not 0 or 1"),
            RowProblem::ProbRange(p) => write!(f, "probability {p} is outside [0, 1]"),
            RowProblem::InfiniteLoss => {
                f.write_str("a probability of exactly 0 or 1 on the wrong class (infinite loss)")
            }
            RowProblem::Missing(col) => write!(f, "the {col} column is missing"),
            RowProblem::ColumnCount { found, expected } => {
                write!(f, "{found} columns where the header has {expected}")
            }
        }
    }
}

/// A refused row: its line in the file (the header is line 1) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

/// Why a whole file was refused (the data loaded before stays).
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    Empty,
    HeaderOnly,
    NoLabel,
    BothScores,
    NoScore,
    NotText,
    TooLarge(f64),
    /// Every row was refused.
    NoGoodRows,
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            FileProblem::Empty => f.write_str("The file is empty."),
            FileProblem::HeaderOnly => f.write_str("The file has a header row and no data rows."),
            FileProblem::NoLabel => f.write_str(
                "The header has no “label” column (0 for a negative, 1 for a positive).",
            ),
            FileProblem::BothScores => f.write_str(
                "The header has both “logit” and “prob”: keep one, so that it is clear which the loss uses.",
            ),
            FileProblem::NoScore => f.write_str(
                "The header has neither “logit” (a raw score) nor “prob” (the positive class’s probability).",
            ),
            FileProblem::NotText => {
                f.write_str("This is not a text file: save the predictions as CSV or TSV.")
            }
            FileProblem::TooLarge(bytes) => write!(
                f,
                "The file is {:.0} MB; the limit is 200 MB. Sample its rows (every k-th anchor) first.",
                bytes / 1024.0 / 1024.0
            ),
            FileProblem::NoGoodRows => {
                f.write_str("No row could be used; the reasons for the first ones are listed.")
            }
        }
    }
}
