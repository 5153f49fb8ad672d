//! Articles in: plain text (first non-empty line is the headline), a JSON object
//! `{title, text|body, source?, url?, published?}`, JSONL of such objects, or `-` for stdin.
//!
//! An article keeps its source text exactly as given: every later stage points into it with byte
//! spans ([`Span`]), and offsets are converted to characters only at output time. Normalisation
//! (quotes, dashes, brackets, whitespace) happens on copies, see [`normalize`].

pub mod normalize;
mod span;

pub use span::Span;

use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// One news article.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Stable id: a hash of the text, so the same article gets the same id in every run.
    pub id: String,
    /// Where it came from: a file path, `path:LINE` for JSONL, or `-` for stdin.
    pub path: String,
    pub title: String,
    /// The body text that offsets refer to. For plain-text input this is the whole file,
    /// headline included, so offsets are offsets into the file.
    #[serde(skip)]
    pub text: String,
    /// Byte offset in `text` where the body starts (after the headline of a plain-text file).
    #[serde(skip)]
    pub body_start: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

impl Article {
    /// A plain-text article: the first non-empty line is the headline.
    pub fn from_plain(path: &str, text: String) -> Article {
        let mut title = String::new();
        let mut body_start = 0;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let t = line.trim();
            offset += line.len();
            if !t.is_empty() {
                title = t.to_owned();
                body_start = offset;
                break;
            }
        }
        Article {
            id: article_id(&text),
            path: path.to_owned(),
            title: normalize::clean(&title),
            text,
            body_start,
            source: None,
            url: None,
            published: None,
        }
    }

    fn from_json(path: &str, v: &Value) -> std::result::Result<Article, String> {
        let obj = v.as_object().ok_or("expected a JSON object")?;
        let s = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
        let text = s("text")
            .or_else(|| s("body"))
            .ok_or("missing string field \"text\" (or \"body\")")?;
        Ok(Article {
            id: article_id(&text),
            path: path.to_owned(),
            title: normalize::clean(&s("title").unwrap_or_default()),
            text,
            body_start: 0,
            source: s("source"),
            url: s("url"),
            published: s("published").or_else(|| {
                obj.get("published")
                    .filter(|v| !v.is_null())
                    .map(|v| v.to_string())
            }),
        })
    }

    /// The body, the part of the text that claims come from.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Converts a byte offset in `text` to a character offset, the unit of the JSON output.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }
}

fn article_id(text: &str) -> String {
    format!("a{}", short_hash(text.as_bytes()))
}

/// 12 hex digits of SHA-256: the stable ids of articles and flags.
pub fn short_hash(data: &[u8]) -> String {
    Sha256::digest(data)[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads one input (a path, or `-` for stdin) into articles.
///
/// Errors name the file and, for encoding problems, the byte offset; for JSONL, the line.
pub fn read_input(path: &str) -> Result<Vec<Article>> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Error::io("-", e))?;
        b
    } else {
        std::fs::read(Path::new(path)).map_err(|e| Error::io(path, e))?
    };
    parse_input(path, bytes)
}

/// Reads a corpus: a folder of article files (`.txt`, `.json`, `.jsonl`, read in name order) or
/// one JSONL file. Each article comes back on its own, so that one bad article (or JSONL line)
/// can be reported and skipped while the rest are used. Only an unreadable corpus is an error.
pub fn read_corpus(path: &Path) -> Result<Vec<Result<Article>>> {
    let mut out = Vec::new();
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_file()
                    && p.extension()
                        .is_some_and(|e| matches!(e.to_str(), Some("txt" | "json" | "jsonl")))
            })
            .collect();
        files.sort();
        for f in files {
            match read_input(&f.display().to_string()) {
                Ok(articles) => out.extend(articles.into_iter().map(Ok)),
                Err(e) => out.push(Err(e)),
            }
        }
        return Ok(out);
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let item = parse_input(&format!("{name}:{}", n + 1), line.to_vec()).and_then(|mut v| {
            v.pop()
                .ok_or_else(|| Error::InvalidInput(format!("{name}:{}: no article", n + 1)))
        });
        out.push(item);
    }
    Ok(out)
}

/// Parses input bytes (see [`read_input`]); separate so tests need no files.
pub fn parse_input(path: &str, bytes: Vec<u8>) -> Result<Vec<Article>> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::InvalidInput(format!(
            "{path}: not UTF-8 text (invalid byte at offset {at}); contra reads UTF-8 only, convert the file first (e.g. iconv -t UTF-8)"
        ))
    })?;
    if text.contains('\0') {
        return Err(Error::InvalidInput(format!(
            "{path}: looks like a binary file (it contains NUL bytes at offset {})",
            text.find('\0').unwrap_or(0)
        )));
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidInput(format!("{path}: the article is empty")));
    }
    if trimmed.starts_with('{') {
        // One JSON object, or JSONL.
        if let Ok(v) = serde_json::from_str::<Value>(trimmed) {
            return Article::from_json(path, &v)
                .map(|a| vec![a])
                .map_err(|e| Error::InvalidInput(format!("{path}: {e}")));
        }
        let mut out = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |reason: String| Error::BadLine {
                path: path.into(),
                line: n + 1,
                reason,
            };
            let v: Value =
                serde_json::from_str(line).map_err(|e| bad(format!("invalid JSON: {e}")))?;
            out.push(Article::from_json(&format!("{path}:{}", n + 1), &v).map_err(bad)?);
        }
        return Ok(out);
    }
    let text = text.trim_start_matches('\u{feff}').to_owned();
    Ok(vec![Article::from_plain(path, text)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_headline_is_first_non_empty_line() {
        let a = parse_input("x.txt", b"\n\n  Big News  \n\nBody here.\n".to_vec()).unwrap();
        assert_eq!(a[0].title, "Big News");
        assert_eq!(a[0].body().trim(), "Body here.");
        assert_eq!(a[0].text, "\n\n  Big News  \n\nBody here.\n");
    }

    #[test]
    fn json_object_and_jsonl() {
        let a = parse_input(
            "x.json",
            br#"{"title":"T","body":"Some text.","source":"Wire","published":"2016-03-15"}"#
                .to_vec(),
        )
        .unwrap();
        assert_eq!((a[0].title.as_str(), a[0].body()), ("T", "Some text."));
        assert_eq!(a[0].source.as_deref(), Some("Wire"));
        let many = parse_input(
            "x.jsonl",
            b"{\"title\":\"A\",\"text\":\"One.\"}\n\n{\"title\":\"B\",\"text\":\"Two.\"}\n"
                .to_vec(),
        )
        .unwrap();
        assert_eq!(many.len(), 2);
        assert_eq!(many[1].path, "x.jsonl:3");
        assert_ne!(many[0].id, many[1].id);
    }

    #[test]
    fn bad_inputs_are_errors_with_locations() {
        let e = parse_input("bad.txt", b"ok text \xff\xfe more".to_vec())
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad.txt") && e.contains("offset 8"), "{e}");
        assert!(parse_input("e.txt", b"  \n\n ".to_vec())
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(parse_input("b.bin", b"abc\0def".to_vec()).is_err());
        let e = parse_input("x.jsonl", b"{\"text\":\"a\"}\n{broken\n".to_vec())
            .unwrap_err()
            .to_string();
        assert!(e.contains("x.jsonl:2"), "{e}");
        let e = parse_input("x.json", b"{\"title\":\"no body\"}".to_vec())
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"text\""), "{e}");
    }

    #[test]
    fn ids_are_stable_and_content_based() {
        let a = Article::from_plain("a", "Title\nBody.".into());
        let b = Article::from_plain("b", "Title\nBody.".into());
        assert_eq!(a.id, b.id);
        assert_eq!(a.char_offset("Title\nBo".len()), 8);
    }
}
