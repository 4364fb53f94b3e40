//! Shared helpers for native tests: locating and reading the reference CSV files.
#![allow(dead_code)]

use std::path::PathBuf;

/// `tests/reference/` in the repository (its README says what made each file), or
/// `$FOCAL_REFERENCE_DIR` to check a freshly regenerated set.
pub fn reference_dir() -> PathBuf {
    match std::env::var_os("FOCAL_REFERENCE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference"),
    }
}

/// Rows of a reference CSV as header-keyed records. Panics with the path when missing,
/// so a misplaced folder is a loud failure, never a silently empty test.
pub fn read_csv(name: &str) -> Vec<Row> {
    let path = reference_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {} ({e})", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<String> = lines
        .next()
        .expect("header line")
        .split(',')
        .map(str::to_owned)
        .collect();
    let rows: Vec<Row> = lines
        .map(|l| Row {
            header: header.clone(),
            fields: l.split(',').map(str::to_owned).collect(),
        })
        .collect();
    assert!(!rows.is_empty(), "{name} has no rows");
    rows
}

pub struct Row {
    header: Vec<String>,
    fields: Vec<String>,
}

impl Row {
    pub fn str(&self, key: &str) -> &str {
        let i = self
            .header
            .iter()
            .position(|h| h == key)
            .unwrap_or_else(|| panic!("no column {key}"));
        &self.fields[i]
    }

    pub fn f64(&self, key: &str) -> f64 {
        self.str(key)
            .parse()
            .unwrap_or_else(|e| panic!("column {key}: {e}"))
    }

    pub fn list(&self, key: &str) -> Vec<f64> {
        self.str(key)
            .split(';')
            .map(|v| v.parse().expect("number in list"))
            .collect()
    }
}

/// `|a - b| <= abs + rel·|b|`.
pub fn close(a: f64, b: f64, abs: f64, rel: f64) -> bool {
    (a - b).abs() <= abs + rel * b.abs()
}
