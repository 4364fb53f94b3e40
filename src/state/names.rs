//! Sets of names in a URL (`hide=imbalance,gamma`): a comma list of a row's options, read
//! leniently (spaces, repeats and unknown names are dropped; the decoder names the unknown
//! ones) and written in the options' order, `none` for the empty set.

/// The empty set's token.
pub const NONE: &str = "none";

fn names(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(str::trim).filter(|n| !n.is_empty())
}

fn index(options: &[&str], name: &str) -> Option<usize> {
    options.iter().position(|o| *o == name)
}

/// The set a list names, and whether it named anything else.
pub fn read(options: &[&str], text: &str) -> (u64, bool) {
    let (mut bits, mut unknown) = (0u64, false);
    for name in names(text) {
        match index(options, name) {
            Some(i) => bits |= 1 << i,
            None => unknown |= name != NONE,
        }
    }
    (bits, unknown)
}

/// A comma list. (Not `join`: its generic copy costs the first module 0.7 KB.)
fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(item);
    }
    out
}

/// The names a list gives that are not options, for the notice.
pub fn unknown(options: &[&str], text: &str) -> String {
    list(names(text).filter(|n| *n != NONE && index(options, n).is_none()))
}

/// The set as the URL writes it.
pub fn write(options: &[&str], bits: u64) -> String {
    let named = list(
        options
            .iter()
            .enumerate()
            .filter(|(i, _)| bits >> i & 1 == 1)
            .map(|(_, o)| *o),
    );
    if named.is_empty() {
        NONE.to_owned()
    } else {
        named
    }
}

/// Whether `bits` holds the option called `name`.
pub fn has(options: &[&str], bits: u64, name: &str) -> bool {
    // The empty set first: `State::set` asks this of every input, and most links lock nothing.
    bits != 0 && index(options, name).is_some_and(|i| bits >> i & 1 == 1)
}

/// Adds the option called `name` to `bits`, or takes it out (a name not among the options
/// changes nothing).
pub fn put(options: &[&str], bits: &mut u64, name: &str, on: bool) {
    if let Some(i) = index(options, name) {
        if on {
            *bits |= 1 << i;
        } else {
            *bits &= !(1 << i);
        }
    }
}
