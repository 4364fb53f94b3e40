//! Reading a table of predictions: a header row, then one row per example with a `label`
//! (0 or 1) and exactly one of `logit` or `prob`. The text is fed a piece at a time (a
//! 20 MB file is read in slices, so no task holds the page), and each row is turned at once
//! into the few numbers the summaries need ([`super::Predictions`]). A bad row is refused
//! with its line number and reason and the good rows are kept; a bad file is refused whole.

use super::problems::{FileProblem, RowError, RowProblem};
use super::{Builder, Predictions};

/// Files larger than this are refused before they are read.
pub const MAX_BYTES: f64 = 200.0 * 1024.0 * 1024.0;
/// How many refused rows are listed (all are counted).
pub const LISTED_ERRORS: usize = 20;

/// What the score column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    /// A raw score, before the sigmoid.
    Logit,
    /// The probability of the positive class.
    Prob,
}

impl Score {
    pub fn name(self) -> &'static str {
        match self {
            Score::Logit => "logit",
            Score::Prob => "prob",
        }
    }
}

/// How the fields of a row are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Tab,
    Semicolon,
    /// One or more spaces (or tabs mixed with spaces).
    Spaces,
}

impl Delimiter {
    /// The header's delimiter: a tab, else a comma, else a semicolon, else spaces.
    fn detect(header: &[u8]) -> Delimiter {
        if header.contains(&b'\t') {
            Delimiter::Tab
        } else if header.contains(&b',') {
            Delimiter::Comma
        } else if header.contains(&b';') {
            Delimiter::Semicolon
        } else {
            Delimiter::Spaces
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Delimiter::Comma => "commas",
            Delimiter::Tab => "tabs",
            Delimiter::Semicolon => "semicolons",
            Delimiter::Spaces => "spaces",
        }
    }

    fn fields(self, line: &[u8], out: &mut Vec<(usize, usize)>) {
        out.clear();
        let byte = match self {
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
            Delimiter::Semicolon => b';',
            Delimiter::Spaces => {
                let mut start = None;
                for (i, &b) in line.iter().enumerate() {
                    match (b == b' ' || b == b'\t', start) {
                        (true, Some(s)) => {
                            out.push((s, i));
                            start = None;
                        }
                        (false, None) => start = Some(i),
                        _ => {}
                    }
                }
                if let Some(s) = start {
                    out.push((s, line.len()));
                }
                return;
            }
        };
        let mut start = 0;
        for (i, &b) in line.iter().enumerate() {
            if b == byte {
                out.push((start, i));
                start = i + 1;
            }
        }
        out.push((start, line.len()));
    }
}

/// Where the needed columns are.
#[derive(Clone, Copy, Debug)]
struct Layout {
    delimiter: Delimiter,
    columns: usize,
    label: usize,
    score: usize,
    kind: Score,
}

/// The reader: feed it the text in pieces of any size, then [`Reader::finish`].
pub struct Reader {
    /// The end of the previous piece that did not finish a line.
    carry: Vec<u8>,
    line: usize,
    layout: Option<Layout>,
    bytes: f64,
    rows: Builder,
    errors: Vec<RowError>,
    refused: usize,
    problem: Option<FileProblem>,
    fields: Vec<(usize, usize)>,
}

/// A loaded table: the predictions and the rows that were refused.
pub struct Loaded {
    pub predictions: Predictions,
    pub delimiter: Delimiter,
    /// The first [`LISTED_ERRORS`] refused rows.
    pub errors: Vec<RowError>,
    /// Every refused row.
    pub refused: usize,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new()
    }
}

impl Reader {
    pub fn new() -> Reader {
        Reader {
            carry: Vec::new(),
            line: 0,
            layout: None,
            bytes: 0.0,
            rows: Builder::default(),
            errors: Vec::new(),
            refused: 0,
            problem: None,
            fields: Vec::new(),
        }
    }

    /// Rows read so far (used and refused).
    pub fn rows_read(&self) -> usize {
        self.rows.len() + self.refused
    }

    /// Makes room for the rows of a file of `bytes` bytes, estimated from the rows read so
    /// far: a million rows grown by doubling would briefly hold two copies.
    pub fn reserve_for(&mut self, bytes: f64) {
        let read = self.rows_read();
        if read > 0 && self.bytes > 0.0 {
            let rows = (read as f64 / self.bytes * bytes * 1.02) as usize + 16;
            self.rows.reserve(rows.saturating_sub(read));
        }
    }

    /// Reads the complete lines of `piece` (with what an earlier piece left unfinished).
    /// Returns the file's problem as soon as there is one; nothing more is read then.
    pub fn feed(&mut self, piece: &[u8]) -> Result<(), FileProblem> {
        if let Some(p) = &self.problem {
            return Err(p.clone());
        }
        self.bytes += piece.len() as f64;
        if self.bytes > MAX_BYTES {
            return self.fail(FileProblem::TooLarge(self.bytes));
        }
        // Binary files have NUL bytes early; text never does.
        if piece.contains(&0) {
            return self.fail(FileProblem::NotText);
        }
        let mut start = 0;
        let mut carry = std::mem::take(&mut self.carry);
        while let Some(n) = piece[start..].iter().position(|&b| b == b'\n') {
            let end = start + n;
            if carry.is_empty() {
                self.line_of(&piece[start..end])?;
            } else {
                carry.extend_from_slice(&piece[start..end]);
                self.line_of(&carry)?;
                carry.clear();
            }
            start = end + 1;
        }
        carry.extend_from_slice(&piece[start..]);
        self.carry = carry;
        Ok(())
    }

    fn fail(&mut self, problem: FileProblem) -> Result<(), FileProblem> {
        self.problem = Some(problem.clone());
        Err(problem)
    }

    /// The end of the text: the last line (without a final newline), then the table.
    pub fn finish(mut self) -> Result<Loaded, FileProblem> {
        if let Some(p) = self.problem.take() {
            return Err(p);
        }
        let last = std::mem::take(&mut self.carry);
        if !last.is_empty() {
            self.line_of(&last)?;
        }
        let Some(layout) = self.layout else {
            return Err(FileProblem::Empty);
        };
        if self.rows.len() == 0 {
            return Err(if self.refused == 0 {
                FileProblem::HeaderOnly
            } else {
                FileProblem::NoGoodRows
            });
        }
        Ok(Loaded {
            predictions: self.rows.build(layout.kind),
            delimiter: layout.delimiter,
            errors: self.errors,
            refused: self.refused,
        })
    }

    fn line_of(&mut self, raw: &[u8]) -> Result<(), FileProblem> {
        self.line += 1;
        let mut line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if self.line == 1 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            // Blank lines (a final newline, a gap) are not rows; a blank first line is not
            // the header either.
            self.line -= usize::from(self.layout.is_none());
            return Ok(());
        }
        match self.layout {
            None => self.header(line),
            Some(layout) => {
                if let Err(problem) = self.row(layout, line) {
                    self.refused += 1;
                    if self.errors.len() < LISTED_ERRORS {
                        self.errors.push(RowError {
                            line: self.line,
                            problem,
                        });
                    }
                }
                Ok(())
            }
        }
    }

    fn header(&mut self, line: &[u8]) -> Result<(), FileProblem> {
        let Ok(text) = std::str::from_utf8(line) else {
            return self.fail(FileProblem::NotText);
        };
        let delimiter = Delimiter::detect(line);
        delimiter.fields(line, &mut self.fields);
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|&(a, b)| unquote(&text[a..b]).to_ascii_lowercase())
            .collect();
        let find = |name: &str| names.iter().position(|n| n == name);
        let Some(label) = find("label") else {
            return self.fail(FileProblem::NoLabel);
        };
        let (score, kind) = match (find("logit"), find("prob")) {
            (Some(_), Some(_)) => return self.fail(FileProblem::BothScores),
            (None, None) => return self.fail(FileProblem::NoScore),
            (Some(i), None) => (i, Score::Logit),
            (None, Some(i)) => (i, Score::Prob),
        };
        self.layout = Some(Layout {
            delimiter,
            columns: names.len(),
            label,
            score,
            kind,
        });
        Ok(())
    }

    fn row(&mut self, layout: Layout, line: &[u8]) -> Result<(), RowProblem> {
        layout.delimiter.fields(line, &mut self.fields);
        let found = self.fields.len();
        let field = |i: usize, name: &'static str| match self.fields.get(i) {
            Some(&(a, b)) => Ok(&line[a..b]),
            None => Err(RowProblem::Missing(name)),
        };
        let label_text = field(layout.label, "label")?;
        let score_text = field(layout.score, layout.kind.name())?;
        if found != layout.columns {
            return Err(RowProblem::ColumnCount {
                found,
                expected: layout.columns,
            });
        }
        let decimal_comma = layout.delimiter != Delimiter::Comma;
        let label = number(label_text, "label", decimal_comma)?;
        let score = number(score_text, layout.kind.name(), decimal_comma)?;
        let positive = if label == 1.0 {
            true
        } else if label == 0.0 {
            false
        } else {
            return Err(RowProblem::Label(label));
        };
        match layout.kind {
            Score::Logit => self.rows.push_logit(score, positive),
            Score::Prob => {
                if !(0.0..=1.0).contains(&score) {
                    return Err(RowProblem::ProbRange(score));
                }
                if score == if positive { 0.0 } else { 1.0 } {
                    return Err(RowProblem::InfiniteLoss);
                }
                self.rows.push_prob(score, positive)
            }
        }
        Ok(())
    }
}

/// A field without surrounding spaces and quotes.
fn unquote(text: &str) -> &str {
    let t = text.trim();
    t.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(t)
        .trim()
}

/// A finite number; with a delimiter other than the comma, `0,25` is read as 0.25 (a
/// spreadsheet saved with a decimal comma).
fn number(raw: &[u8], column: &'static str, decimal_comma: bool) -> Result<f64, RowProblem> {
    let text = unquote(std::str::from_utf8(raw).unwrap_or("\u{fffd}"));
    let parsed = text.parse::<f64>().or_else(|e| {
        if decimal_comma && text.contains(',') {
            text.replacen(',', ".", 1).parse::<f64>()
        } else {
            Err(e)
        }
    });
    match parsed {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(_) => Err(RowProblem::NotFinite(column)),
        Err(_) => {
            let mut shown: String = text.chars().take(24).collect();
            if shown.len() < text.len() {
                shown.push('…');
            }
            Err(RowProblem::NotANumber(column, shown))
        }
    }
}
