//! What can be wrong with a table of predictions: a row (refused, the others kept) or the whole
//! file (refused, the data loaded before kept), each said in words for the panel.
use crate::i18n::number::local;
use crate::i18n::{msg, t, tf};

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
        let text = match self {
            RowProblem::NotANumber(col, text) => {
                tf(msg::ROW_NOT_A_NUMBER, &[("column", col), ("text", text)])
            }
            RowProblem::NotFinite(col) => tf(msg::ROW_NOT_FINITE, &[("column", col)]),
            RowProblem::Label(v) => tf(msg::ROW_LABEL, &[("value", &local(&v.to_string()))]),
            RowProblem::ProbRange(p) => {
                tf(msg::ROW_PROB_RANGE, &[("value", &local(&p.to_string()))])
            }
            RowProblem::InfiniteLoss => t(msg::ROW_INFINITE_LOSS).to_owned(),
            RowProblem::Missing(col) => tf(msg::ROW_MISSING, &[("column", col)]),
            RowProblem::ColumnCount { found, expected } => tf(
                msg::ROW_COLUMN_COUNT,
                &[
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
        };
        f.write_str(&text)
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
        let m = match self {
            FileProblem::Empty => msg::FILE_EMPTY,
            FileProblem::HeaderOnly => msg::FILE_HEADER_ONLY,
            FileProblem::NoLabel => msg::FILE_NO_LABEL,
            FileProblem::BothScores => msg::FILE_BOTH_SCORES,
            FileProblem::NoScore => msg::FILE_NO_SCORE,
            FileProblem::NotText => msg::FILE_NOT_TEXT,
            FileProblem::TooLarge(bytes) => {
                let size = format!("{:.0}", bytes / 1024.0 / 1024.0);
                return f.write_str(&tf(
                    msg::FILE_TOO_LARGE,
                    &[("size", &size), ("limit", "200")],
                ));
            }
            FileProblem::NoGoodRows => msg::FILE_NO_GOOD_ROWS,
        };
        f.write_str(t(m))
    }
}
