//! The domain crate's modules form no import cycle: each module can be read after
//! the ones it uses, and none of them uses it back. (`offer` builds from `proposal`,
//! so the offer details a proposal holds live in `offer_details`.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Which of the crate's modules each module imports (`crate::name` outside comments
/// and outside its own test module).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "rs") && name != "lib" {
            let text = std::fs::read_to_string(&path).unwrap();
            modules.insert(name, text);
        }
    }
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .into_iter()
        .map(|(name, text)| {
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let mut used = BTreeSet::new();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (at, _) in line.match_indices("crate::") {
                    let rest = &line[at + "crate::".len()..];
                    let end = rest
                        .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                        .unwrap_or(rest.len());
                    let target = &rest[..end];
                    if names.contains(target) && target != name {
                        used.insert(target.to_string());
                    }
                }
            }
            (name, used)
        })
        .collect()
}

/// Every cycle, each listed once from its smallest module name.
fn cycles(imports: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn walk(
        path: &mut Vec<String>,
        imports: &BTreeMap<String, BTreeSet<String>>,
        found: &mut Vec<Vec<String>>,
    ) {
        let last = path.last().unwrap().clone();
        for next in &imports[&last] {
            if *next == path[0] {
                let mut cycle = path.clone();
                cycle.push(next.clone());
                found.push(cycle);
            } else if !path.contains(next) && *next > path[0] {
                path.push(next.clone());
                walk(path, imports, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in imports.keys() {
        walk(&mut vec![start.clone()], imports, &mut found);
    }
    found
}

#[test]
fn the_modules_form_no_import_cycle() {
    let imports = imports();
    assert!(imports.len() > 15, "found only {:?}", imports.keys());
    assert!(imports["offer"].contains("proposal"));
    let found = cycles(&imports);
    assert!(found.is_empty(), "import cycles: {found:?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut imports = BTreeMap::new();
    imports.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    imports.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    imports.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&imports), vec![vec!["a", "b", "c", "a"]]);
}
