//! The layout shows the architecture, and stays that way: in the app (`src/`) and in
//! the domain crate (`crates/domain/src/`), every folder is walked and
//!
//! - no module imports one that imports it back, however long the way round (each
//!   file can be read after the ones it uses);
//! - no file holds more than [`MAX_CODE_LINES`] lines of code outside its tests (a
//!   file that grows past it holds more than one idea and is split by concept);
//! - the domain crate names nothing of the browser or of Yew.
//!
//! Imports are read from `crate::` paths outside comments and outside the file's
//! test module; `crate::a::{b, c}` counts as both `a::b` and `a::c`. (Files name
//! each other by `crate::` paths; `super::` is left to inline modules.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Lines of code (not blank, not a comment) a file may hold before its tests.
const MAX_CODE_LINES: usize = 600;

/// One source tree: each module's path (`money::currency`) and its text.
fn modules(src: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main") {
                return None;
            }
            Some((parts.join("::"), std::fs::read_to_string(&path).unwrap()))
        })
        .collect()
}

/// The code of a file before its test module, without comment lines.
fn code(text: &str) -> Vec<&str> {
    text.split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect()
}

/// The paths a line names after `crate::`, as segments.
fn paths_in(line: &str) -> Vec<Vec<String>> {
    let segment = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    let mut found = Vec::new();
    {
        for (at, _) in line.match_indices("crate::") {
            let mut path = Vec::new();
            let mut rest = &line[at + "crate::".len()..];
            loop {
                let end = rest.find(|c: char| !segment(c)).unwrap_or(rest.len());
                if end == 0 {
                    break;
                }
                path.push(rest[..end].to_string());
                rest = &rest[end..];
                match rest.strip_prefix("::") {
                    Some(next) => rest = next,
                    None => break,
                }
            }
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or_default();
                for item in group.split(',') {
                    let mut with = path.clone();
                    with.extend(
                        item.trim()
                            .split("::")
                            .take_while(|s| !s.is_empty() && s.chars().all(segment))
                            .map(str::to_string),
                    );
                    found.push(with);
                }
            } else {
                found.push(path);
            }
        }
    }
    found
}

/// Which modules each module imports: for each path named, the longest prefix that
/// is a module of the tree (other than the module itself).
fn imports(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    modules
        .iter()
        .map(|(name, text)| {
            let mut used = BTreeSet::new();
            for line in code(text) {
                for path in paths_in(line) {
                    let target = (1..=path.len())
                        .rev()
                        .map(|n| path[..n].join("::"))
                        .find(|candidate| modules.contains_key(candidate));
                    if let Some(target) = target.filter(|t| t != name) {
                        used.insert(target);
                    }
                }
            }
            (name.clone(), used)
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
        for next in imports.get(&last).into_iter().flatten() {
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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn app() -> BTreeMap<String, String> {
    modules(&root().join("src"))
}

fn domain() -> BTreeMap<String, String> {
    modules(&root().join("crates/domain/src"))
}

#[test]
fn the_domain_crate_forms_no_import_cycle() {
    let modules = domain();
    let imports = imports(&modules);
    assert!(imports.len() > 25, "found only {:?}", imports.keys());
    assert!(
        imports["offer"].contains("library::proposal"),
        "{imports:?}"
    );
    let found = cycles(&imports);
    assert!(found.is_empty(), "import cycles: {found:?}");
}

#[test]
fn the_app_forms_no_import_cycle() {
    let modules = app();
    let imports = imports(&modules);
    assert!(
        imports["components::workspace::line_table"].contains("components::workspace::line_row"),
        "{imports:?}"
    );
    let found = cycles(&imports);
    assert!(found.is_empty(), "import cycles: {found:?}");
}

#[test]
fn no_file_holds_more_than_one_idea() {
    let mut long = Vec::new();
    for (tree, modules) in [("src", app()), ("crates/domain/src", domain())] {
        for (name, text) in modules {
            let lines = code(&text).iter().filter(|l| !l.trim().is_empty()).count();
            if lines > MAX_CODE_LINES {
                long.push(format!("{tree}: {name} ({lines} lines)"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_CODE_LINES} lines of code: {long:?}"
    );
}

#[test]
fn the_domain_crate_knows_no_browser() {
    for (name, text) in domain() {
        for word in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
            let uses = code(&text)
                .iter()
                .any(|line| line.contains(&format!("{word}::")));
            assert!(!uses, "{name} uses {word}");
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_reads_groups() {
    let mut imports = BTreeMap::new();
    imports.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    imports.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    imports.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&imports), vec![vec!["a", "b", "c", "a"]]);
    assert_eq!(
        paths_in("use crate::money::{currency::Currency, parse};"),
        vec![vec!["money", "currency"], vec!["money", "parse"]]
    );
    assert_eq!(
        paths_in("#[serde(with = \"crate::library::decimal_text\")]"),
        vec![vec!["library", "decimal_text"]]
    );
}
