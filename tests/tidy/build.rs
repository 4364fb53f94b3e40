use super::*;

/// A version in `scripts/versions` (`NAME=x.y.z`).
fn pinned(name: &str) -> String {
    read(&root().join("scripts/versions"))
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}=")))
        .unwrap_or_else(|| panic!("scripts/versions sets {name}"))
        .trim()
        .to_owned()
}

/// A crate's version in Cargo.lock.
fn locked(name: &str) -> String {
    read(&root().join("Cargo.lock"))
        .split("[[package]]")
        .find(|p| p.contains(&format!("name = \"{name}\"\n")))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_owned())
        .unwrap_or_else(|| panic!("{name} in Cargo.lock"))
}

/// The tools that must pair with a crate or with each other are pinned once, in
/// `scripts/versions`; the files that must repeat a version agree with it.
#[test]
fn tool_versions_agree_everywhere() {
    let manifest = read(&root().join("Cargo.toml"));
    let trunk = read(&root().join("Trunk.toml"));
    let bindgen = pinned("WASM_BINDGEN_VERSION");
    assert!(
        manifest.contains(&format!("wasm-bindgen = \"={bindgen}\"")),
        "Cargo.toml pins wasm-bindgen = \"={bindgen}\""
    );
    assert_eq!(locked("wasm-bindgen"), bindgen, "Cargo.lock's wasm-bindgen");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{bindgen}\"")),
        "Trunk.toml [tools] pins wasm_bindgen = \"{bindgen}\""
    );
    let trunk_version = pinned("TRUNK_VERSION");
    assert!(
        trunk.contains(&format!("trunk-version = \"{trunk_version}\"")),
        "Trunk.toml's trunk-version is {trunk_version}"
    );
    let helpers = pinned("WASM_SPLIT_HELPERS_VERSION");
    assert!(
        manifest.contains(&format!("wasm_split_helpers = \"={helpers}\"")),
        "Cargo.toml pins wasm_split_helpers = \"={helpers}\""
    );
    assert_eq!(
        locked("wasm_split_helpers"),
        helpers,
        "Cargo.lock's wasm_split_helpers"
    );
    let readme = read(&root().join("README.md"));
    for v in [trunk_version, bindgen, pinned("WASM_SPLIT_CLI_VERSION")] {
        assert!(readme.contains(&v), "README.md's set-up notes name {v}");
    }
}

#[test]
fn every_readout_the_tests_read_has_a_test_id() {
    let ui: String = rust_files(&root().join("src/ui"))
        .iter()
        .map(|f| read(f))
        .collect();
    let rows: String = rust_files(&root().join("src/state"))
        .iter()
        .map(|f| read(f))
        .collect();
    // The whole attribute (`testid="ce"`, as `data-testid` or a Readout's prop), so that
    // another string containing "ce" cannot satisfy the check.
    for id in [
        "ce",
        "modulating-factor",
        "alpha-t",
        "fl",
        "ce-over-fl",
        "grad-fl",
        "grad-ce",
        "notice",
    ] {
        assert!(
            ui.contains(&format!("testid=\"{id}\"")),
            "ui has data-testid {id}"
        );
    }
    for id in ["gamma", "alpha", "pt", "true-class"] {
        assert!(
            rows.contains(&format!("testid: \"{id}\",")),
            "a row of the table has testid {id}"
        );
    }
    // "no-alpha": the switch of a row that can be switched off is named after the row.
    assert!(
        ui.contains("data-testid=format!(\"{prefix}no-{}\", param.testid)"),
        "the off switch has data-testid no-<row>"
    );
    assert!(
        rows.contains("off: Some(Off {"),
        "α's row can be switched off"
    );
}

/// The supply-chain check (instead of cargo-deny, which needs its advisory database from
/// the network): every crate in the lock file has a permissive licence, copyleft only in
/// the test-only WebDriver client, and nothing that builds C or TLS code.
#[test]
fn every_dependency_has_an_allowed_licence_and_none_is_banned() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--locked"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    const ALLOWED: [&str; 12] = [
        "MIT",
        "Apache-2.0",
        "Apache-2.0 WITH LLVM-exception",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "ISC",
        "Zlib",
        "Unicode-3.0",
        "Unicode-DFS-2016",
        "CC0-1.0",
        "Unlicense",
        "BSL-1.0",
    ];
    const BANNED: [&str; 5] = ["openssl", "openssl-sys", "native-tls", "ring", "aws-lc-sys"];
    let mut copyleft = Vec::new();
    for p in meta["packages"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        assert!(!BANNED.contains(&name), "banned crate {name}");
        let licence = p["license"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} has no licence"));
        let normalised = licence.replace('/', " OR ").replace(['(', ')'], "");
        // Every AND-term needs one allowed alternative.
        let ok = normalised
            .split(" AND ")
            .all(|term| term.split(" OR ").any(|alt| ALLOWED.contains(&alt.trim())));
        if !ok {
            copyleft.push(format!("{name}: {licence}"));
        }
    }
    assert_eq!(
        copyleft,
        vec!["webdriver: MPL-2.0".to_owned()],
        "only the test-only WebDriver protocol crate may be MPL-2.0"
    );
}
