use super::*;

/// The project carries its own evidence: no file it tracks reads or names a folder beside the
/// repository (the `shared` folder that sits beside it on the developers' machines), so a
/// clone in an empty folder passes `scripts/test`.
#[test]
fn nothing_reaches_outside_the_repository() {
    let listed = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output()
        .expect("git ls-files");
    assert!(listed.status.success(), "git ls-files failed");
    let files: Vec<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .split('\0')
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(files.len() > 50, "{} tracked files", files.len());
    let beside = ["..", "/shared"].concat();
    let offenders: Vec<&String> = files
        .iter()
        .filter(|f| {
            std::fs::read(root().join(f))
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .is_some_and(|text| text.contains(&beside))
        })
        .collect();
    assert!(offenders.is_empty(), "{beside} named in {offenders:?}");
}
