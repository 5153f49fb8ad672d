//! Articles in: plain text (first non-empty line is the headline), an HTML page (see [`html`]),
//! a JSON object `{title, text|body|html, source?, url?, published?}`, JSONL of such objects, or
//! `-` for stdin.
//!
//! An article keeps its source text exactly as given: every later stage points into it with byte
//! spans ([`Span`]), and offsets are converted to characters only at output time. Normalisation
//! (quotes, dashes, brackets, whitespace) happens on copies, see [`normalize`].

pub mod html;
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
    /// Who wrote it, when an HTML page says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Read from an HTML page: the text extracted from it (the same as `text`, which offsets
    /// point into). The JSON output carries it, as `text`: no file holds it for showing evidence.
    #[serde(rename = "text", skip_serializing_if = "Option::is_none")]
    pub extracted_text: Option<String>,
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
            byline: None,
            extracted_text: None,
        }
    }

    fn from_json(path: &str, v: &Value) -> std::result::Result<Article, String> {
        let obj = v.as_object().ok_or("expected a JSON object")?;
        let s = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
        let mut text = s("text").or_else(|| s("body"));
        // A web page: in "html", or as the text itself (taken, not copied).
        let page = s("html").or_else(|| text.take_if(|t| html::looks_like_html(t)));
        if let Some(page) = page {
            let mut a = html::article(path, &page)?;
            // What the object says wins over what the page says.
            if let Some(t) = s("title").filter(|t| !t.trim().is_empty()) {
                a.title = normalize::clean(&t);
            }
            a.source = s("source").or(a.source);
            a.url = s("url");
            a.published = s("published").or(a.published);
            return Ok(a);
        }
        let text = text.ok_or("missing string field \"text\" (or \"body\", or \"html\")")?;
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
            byline: s("byline"),
            extracted_text: None,
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

/// How an input's bytes are read: by its extension when it has one of ours, else by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputKind {
    /// Plain text, whatever it starts with (a `.txt` file that opens with "{" is still text).
    Text,
    /// One JSON object, or a JSON array of them.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A web page.
    Html,
}

fn kind_of(path: &str, trimmed: &str) -> InputKind {
    // "name.jsonl:12" (a line of a JSONL file) is one record of that file.
    let name = path.rsplit_once(':').map_or(path, |(name, line)| {
        if line.chars().all(|c| c.is_ascii_digit()) {
            name
        } else {
            path
        }
    });
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        Some("txt") => InputKind::Text,
        Some("json") => InputKind::Json,
        Some("jsonl" | "ndjson") => InputKind::Jsonl,
        Some("html" | "htm") => InputKind::Html,
        _ if html::looks_like_html(trimmed) => InputKind::Html,
        _ if trimmed.starts_with('[') => InputKind::Json,
        _ if trimmed.starts_with('{') => {
            if serde_json::from_str::<Value>(trimmed).is_ok() {
                InputKind::Json
            } else {
                InputKind::Jsonl
            }
        }
        _ => InputKind::Text,
    }
}

/// Extensions a corpus folder is read for.
const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "json", "jsonl", "ndjson", "html", "htm"];

/// Reads a corpus: a folder of article files (`.txt`, `.json`, `.jsonl`, read in name order;
/// subfolders too with `recursive`) or one file. Each article comes back on its own, so that
/// one bad article (a bad JSONL line, a bad element of a JSON array) is reported and skipped
/// while the rest of its file is used. Files that are not read (other extensions, subfolders
/// without `recursive`, broken links) come back as errors that say why. Only an unreadable
/// corpus is an error of its own.
pub fn read_corpus(path: &Path, recursive: bool) -> Result<Vec<Result<Article>>> {
    let mut out = Vec::new();
    if path.is_dir() {
        read_folder(path, recursive, &mut out)?;
        return Ok(out);
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    out.extend(parse_records(&path.display().to_string(), bytes));
    Ok(out)
}

fn read_folder(dir: &Path, recursive: bool, out: &mut Vec<Result<Article>>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let skipped = |p: &Path, why: &str| {
        Err(Error::InvalidInput(format!(
            "{}: not read: {why}",
            p.display()
        )))
    };
    for p in entries {
        if p.is_dir() {
            if recursive {
                read_folder(&p, recursive, out)?;
            } else {
                out.push(skipped(&p, "a folder (use --recursive to read subfolders)"));
            }
        } else if !p.exists() {
            out.push(skipped(&p, "a broken link"));
        } else if !p.is_file() {
            out.push(skipped(&p, "not a regular file"));
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e))
        {
            match std::fs::read(&p) {
                Ok(bytes) => out.extend(parse_records(&p.display().to_string(), bytes)),
                Err(e) => out.push(Err(Error::io(&p, e))),
            }
        } else {
            out.push(skipped(
                &p,
                "not an article file (contra reads .txt, .json, .jsonl and .html)",
            ));
        }
    }
    Ok(())
}

/// Parses input bytes (see [`read_input`]); separate so tests need no files. The first bad
/// record makes the whole input an error.
pub fn parse_input(path: &str, bytes: Vec<u8>) -> Result<Vec<Article>> {
    parse_records(path, bytes).into_iter().collect()
}

/// Parses input bytes into articles, one result per record: a bad JSONL line or array element
/// is an error of its own, the others still parse.
pub fn parse_records(path: &str, bytes: Vec<u8>) -> Vec<Result<Article>> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
    if kind_of(path, head.trim_start_matches('\u{feff}').trim_start()) == InputKind::Jsonl {
        return jsonl_records(path, &bytes);
    }
    let text = match checked_text(path, bytes) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    match kind_of(path, trimmed) {
        InputKind::Text => {
            let text = text.trim_start_matches('\u{feff}').to_owned();
            vec![Ok(Article::from_plain(path, text))]
        }
        InputKind::Html => vec![html::article(path, &text)
            .map_err(|e| Error::InvalidInput(format!("{path}: {e}")))],
        InputKind::Jsonl => jsonl_records(path, text.as_bytes()),
        InputKind::Json => match serde_json::from_str::<Value>(trimmed) {
            // Objects one per line in a .json file: read as the JSONL they are.
            Err(_) if trimmed.starts_with('{') => jsonl_records(path, text.as_bytes()),
            Err(e) => vec![Err(Error::InvalidInput(format!(
                "{path}: invalid JSON: {e} (a .json file holds one article object or an array of them; use .jsonl for one object per line)"
            )))],
            Ok(Value::Array(items)) if items.is_empty() => vec![Err(Error::InvalidInput(
                format!("{path}: the JSON array holds no articles"),
            ))],
            Ok(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let at = format!("{path}[{i}]");
                    Article::from_json(&at, v)
                        .map_err(|e| Error::InvalidInput(format!("{at}: {e}")))
                })
                .collect(),
            Ok(v) => vec![Article::from_json(path, &v)
                .map_err(|e| Error::InvalidInput(format!("{path}: {e}")))],
        },
    }
}

/// UTF-8, no NUL bytes, not empty: the checks every input passes.
fn checked_text(path: &str, bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::InvalidInput(format!(
            "{path}: not UTF-8 text (invalid byte at offset {at}); contra reads UTF-8 only, convert the file first (e.g. iconv -t UTF-8)"
        ))
    })?;
    if let Some(at) = text.find('\0') {
        return Err(Error::InvalidInput(format!(
            "{path}: looks like a binary file (it contains NUL bytes at offset {at})"
        )));
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Error::InvalidInput(format!("{path}: the article is empty")));
    }
    Ok(text)
}

/// One article per non-blank line; each line is checked on its own, so a bad one (bad JSON,
/// bad bytes) costs only itself.
fn jsonl_records(path: &str, bytes: &[u8]) -> Vec<Result<Article>> {
    let mut out = Vec::new();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let at = format!("{path}:{}", n + 1);
        let bad = |reason: String| Error::BadLine {
            path: path.into(),
            line: n + 1,
            reason,
        };
        let item = checked_text(&at, line.to_vec()).and_then(|text| {
            let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
                .map_err(|e| bad(format!("invalid JSON: {e}")))?;
            Article::from_json(&at, &v).map_err(bad)
        });
        out.push(item);
    }
    if out.is_empty() {
        out.push(Err(Error::InvalidInput(format!(
            "{path}: the article is empty"
        ))));
    }
    out
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
    fn the_extension_decides_the_kind_and_content_decides_without_one() {
        // A .txt that opens with "{" is text.
        let a = parse_input("brace.txt", b"{Editor's note} Title\n\nBody.".to_vec()).unwrap();
        assert_eq!(a[0].title, "{Editor's note} Title");
        // A JSON array of articles, from .json or sniffed.
        for name in ["many.json", "-"] {
            let v = parse_input(
                name,
                br#"[{"title":"A","text":"One."},{"title":"B","text":"Two."}]"#.to_vec(),
            )
            .unwrap();
            assert_eq!(v.len(), 2, "{name}");
            assert_eq!(v[1].path, format!("{name}[1]"));
        }
        let e = parse_input("none.json", b"[]".to_vec())
            .unwrap_err()
            .to_string();
        assert!(e.contains("no articles"), "{e}");
        // One bad record costs only itself.
        let r = parse_records(
            "x.jsonl",
            b"{\"text\":\"a\"}\n{broken\n\xff\xfe\n{\"text\":\"b\"}\n".to_vec(),
        );
        let ok: Vec<bool> = r.iter().map(Result::is_ok).collect();
        assert_eq!(ok, [true, false, false, true]);
        let r = parse_records("x.json", br#"[{"text":"a"},{"title":"no text"}]"#.to_vec());
        assert!(r[0].is_ok() && r[1].as_ref().unwrap_err().to_string().contains("x.json[1]"));
    }

    #[test]
    fn a_corpus_folder_lists_what_it_does_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a.txt"), "Title A\n\nBody A.").unwrap();
        std::fs::write(
            d.join("b.jsonl"),
            "{\"text\":\"B1\"}\nnot json\n{\"text\":\"B2\"}\n",
        )
        .unwrap();
        std::fs::write(d.join("notes.csv"), "a,b").unwrap();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/c.txt"), "Title C\n\nBody C.").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("link.txt")).unwrap();

        let items = read_corpus(d, false).unwrap();
        let ok: Vec<String> = items
            .iter()
            .filter_map(|r| r.as_ref().ok().map(|a| a.body().trim().to_owned()))
            .collect();
        assert_eq!(ok, ["Body A.", "B1", "B2"]);
        let errors: Vec<String> = items
            .iter()
            .filter_map(|r| r.as_ref().err().map(|e| e.to_string()))
            .collect();
        let said = |what: &str| errors.iter().any(|e| e.contains(what));
        assert!(said("b.jsonl:2"), "{errors:?}");
        assert!(
            said("notes.csv") && said("not an article file"),
            "{errors:?}"
        );
        assert!(said("sub") && said("--recursive"), "{errors:?}");
        #[cfg(unix)]
        assert!(said("link.txt") && said("broken link"), "{errors:?}");

        let deep = read_corpus(d, true).unwrap();
        assert!(deep
            .iter()
            .any(|r| r.as_ref().is_ok_and(|a| a.body().trim() == "Body C.")));
    }

    #[test]
    fn ids_are_stable_and_content_based() {
        let a = Article::from_plain("a", "Title\nBody.".into());
        let b = Article::from_plain("b", "Title\nBody.".into());
        assert_eq!(a.id, b.id);
        assert_eq!(a.char_offset("Title\nBo".len()), 8);
    }
}
