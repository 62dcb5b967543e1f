//! The README's layer table is true: every module of `src/` imports only modules in its own row
//! of the table or below it, and the table here is the README's, row for row.

use std::path::{Path, PathBuf};

use crate::common;

/// The README's "Layout" table, top to bottom: a module may import its own row and those below.
const LAYERS: &[&[&str]] = &[
    &["main"],
    &["cli"],
    &["app"],
    &["views"],
    &["command", "ui_command"],
    &["state"],
    &["jobs"],
    &["export"],
    &["search"],
    &["present"],
    &["chart"],
    &["model"],
    &["tokens", "fs", "platform", "timings", "icon"],
];

/// One `crate::…` (or `super::…` reaching the crate root) path in a file of module `from`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Import {
    from: String,
    to: String,
    file: String,
    line: usize,
}

fn row_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|row| row.contains(&module))
}

/// `text` without comments, string and character literals (newlines kept, for line numbers).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let skip_to = |out: &mut String, from: usize, to: usize| {
        out.extend(
            chars
                .get(from..to.min(chars.len()))
                .unwrap_or_default()
                .iter()
                .filter(|c| **c == '\n'),
        );
    };
    while let Some(c) = at(i) {
        let next = at(i + 1);
        let ident_before = i > 0 && at(i - 1).is_some_and(|p| p.is_alphanumeric() || p == '_');
        if c == '/' && next == Some('/') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut j = i + 2;
            while at(j).is_some() && !(at(j) == Some('*') && at(j + 1) == Some('/')) {
                j += 1;
            }
            skip_to(&mut out, i, j + 2);
            i = j + 2;
        } else if c == 'r' && !ident_before && matches!(next, Some('"' | '#')) {
            let hashes = chars
                .get(i + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| **c == '#')
                .count();
            if at(i + 1 + hashes) == Some('"') {
                let mut j = i + 2 + hashes;
                while at(j).is_some() && !(at(j) == Some('"') && (1..=hashes).all(|k| at(j + k) == Some('#')))
                {
                    j += 1;
                }
                skip_to(&mut out, i, j + 1 + hashes);
                out.push_str("\"\"");
                i = j + 1 + hashes;
            } else {
                out.push(c);
                i += 1;
            }
        } else if c == '"' {
            let mut j = i + 1;
            while let Some(d) = at(j) {
                if d == '"' {
                    break;
                }
                j += if d == '\\' { 2 } else { 1 };
            }
            skip_to(&mut out, i, j + 1);
            out.push_str("\"\"");
            i = j + 1;
        } else if c == '\'' && next == Some('\\') {
            let mut j = i + 3;
            while at(j).is_some_and(|d| d != '\'') {
                j += 1;
            }
            i = j + 1;
        } else if c == '\'' && at(i + 2) == Some('\'') {
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Identifiers and the punctuation a path is made of, each with its line.
fn tokens(code: &str) -> Vec<(String, usize)> {
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        } else if c.is_alphabetic() || c == '_' {
            let mut word = String::from(c);
            while let Some(&d) = chars.peek().filter(|d| d.is_alphanumeric() || **d == '_') {
                word.push(d);
                chars.next();
            }
            tokens.push((word, line));
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            tokens.push(("::".to_owned(), line));
        } else if matches!(c, '{' | '}' | ',' | ';') {
            tokens.push((c.to_string(), line));
        }
    }
    tokens
}

/// The first segments a path starting at `tokens[i]` names: `a` of `a::b`, `a` and `c` of
/// `{a::b, c}`.
fn first_segments(tokens: &[(String, usize)], i: usize) -> Vec<String> {
    let Some((first, _)) = tokens.get(i) else {
        return Vec::new();
    };
    if first != "{" {
        return vec![first.clone()];
    }
    let mut found = Vec::new();
    let mut depth = 0;
    let mut expecting = true;
    for (token, _) in tokens.get(i..).unwrap_or_default() {
        match token.as_str() {
            "{" => {
                depth += 1;
                expecting = depth == 1;
            }
            "}" => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            "," => expecting = depth == 1,
            word => {
                if expecting && word != "::" && word != "self" {
                    found.push(word.to_owned());
                }
                expecting = false;
            }
        }
    }
    found
}

/// The crate's top-level modules each `crate::` or root-reaching `super::` path in `text` names;
/// `module` is the file's module path (`["views", "banner"]` for `src/views/banner.rs`).
fn imports_in(text: &str, module: &[String]) -> Vec<(String, usize)> {
    let tokens = tokens(&code_only(text));
    let word = |i: usize| tokens.get(i).map(|(t, _)| t.as_str());
    let mut found = Vec::new();
    // Inline `mod name {` blocks: the name and the brace depth they close at.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while let Some((token, line)) = tokens.get(i) {
        let starts_path = i == 0 || word(i - 1) != Some("::");
        match token.as_str() {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if inline.last().is_some_and(|(_, at)| *at == depth) {
                    inline.pop();
                }
            }
            "mod" if word(i + 2) == Some("{") => {
                if let Some(name) = word(i + 1) {
                    inline.push((name.to_owned(), depth));
                }
            }
            "crate" | "medtech_guide" if starts_path && word(i + 1) == Some("::") => {
                found.extend(first_segments(&tokens, i + 2).into_iter().map(|m| (m, *line)));
            }
            "super" if starts_path && word(i + 1) == Some("::") => {
                let mut path: Vec<String> = module.to_vec();
                path.extend(inline.iter().map(|(name, _)| name.clone()));
                let mut j = i;
                while word(j) == Some("super") && word(j + 1) == Some("::") {
                    path.pop();
                    j += 2;
                }
                match path.first() {
                    Some(top) => found.push((top.clone(), *line)),
                    None => found.extend(first_segments(&tokens, j).into_iter().map(|m| (m, *line))),
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for path in common::files::entries(dir) {
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Every import of every file under `src/` (`lib.rs`, the root, declares the modules only).
fn all_imports() -> Vec<Import> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut imports = Vec::new();
    for path in files {
        let Ok(relative) = path.strip_prefix(&src) else {
            continue;
        };
        let mut module: Vec<String> = relative
            .iter()
            .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        if module == ["lib"] {
            continue;
        }
        let Some(from) = module.first().cloned() else {
            continue;
        };
        let text = common::files::read_to_string(&path);
        for (to, line) in imports_in(&text, &module) {
            imports.push(Import {
                from: from.clone(),
                to,
                file: format!("src/{}", relative.display()),
                line,
            });
        }
    }
    imports
}

#[test]
fn no_module_imports_one_above_it_in_the_layer_table() {
    let imports = all_imports();
    assert!(
        imports.len() > 100,
        "the scan found too few imports: {}",
        imports.len()
    );
    let mut wrong = Vec::new();
    for import in &imports {
        let (Some(from), Some(to)) = (row_of(&import.from), row_of(&import.to)) else {
            wrong.push(format!(
                "{}:{}: `{}` imports `{}`: add both to the layer table (README and tests/it/layers.rs)",
                import.file, import.line, import.from, import.to
            ));
            continue;
        };
        if to < from {
            wrong.push(format!(
                "{}:{}: `{}` imports `{}`, which is above it in the README's layer table",
                import.file, import.line, import.from, import.to
            ));
        }
    }
    // Modules sharing a row may import each other, but not both ways.
    for import in &imports {
        let same_row = import.from != import.to && row_of(&import.from) == row_of(&import.to);
        let both_ways = same_row
            && imports
                .iter()
                .any(|back| back.from == import.to && back.to == import.from);
        if both_ways {
            wrong.push(format!(
                "{}:{}: `{}` imports `{}`, which imports it back",
                import.file, import.line, import.from, import.to
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_layer_table_is_the_readmes_and_names_every_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let table = readme
        .split("## Layout")
        .nth(1)
        .expect("a Layout section")
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'));
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in table {
        let first_cell = line.split('|').nth(1).unwrap_or_default();
        let modules: Vec<String> = first_cell
            .split('`')
            .filter_map(|part| part.strip_prefix("src/"))
            .map(|m| m.trim_end_matches('/').trim_end_matches(".rs").to_owned())
            .collect();
        if !modules.is_empty() {
            rows.push(modules);
        }
    }
    let ours: Vec<Vec<String>> = LAYERS
        .iter()
        .map(|row| row.iter().map(|m| (*m).to_owned()).collect())
        .collect();
    assert_eq!(rows, ours, "the README's layer table and LAYERS here differ");

    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("lib.rs");
    for line in lib.lines() {
        let Some(name) = line.split("mod ").nth(1).and_then(|rest| rest.strip_suffix(';')) else {
            continue;
        };
        assert!(
            row_of(name).is_some(),
            "src/lib.rs declares `{name}`, which the layer table does not list"
        );
    }
}

#[test]
fn the_scan_reads_paths_groups_and_super() {
    let module = |m: &[&str]| m.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let text = "use crate::{a::b, c::{d, e}, self};\n// crate::commented\nlet s = \"crate::quoted\";\n\
                fn f() { crate::g::h(); }\nuse super::x;\nmod tests { use super::*; use super::super::y; }";
    let found: Vec<String> = imports_in(text, &module(&["top"]))
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    assert_eq!(found, ["a", "c", "g", "x", "top", "y"]);
    let nested = imports_in("use super::{k, l};", &module(&["top", "inner"]));
    assert_eq!(nested, [("top".to_owned(), 1)]);
    assert_eq!(
        code_only("let c = '\"'; let l: &'a str = r#\"crate::x\"#;"),
        "let c = ; let l: &'a str = \"\";"
    );
}
