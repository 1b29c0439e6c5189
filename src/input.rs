//! Input: files, directories, JSONL and standard input, turned into articles.
//!
//! A path may be a `.txt` or `.md` article (with optional front matter between `---` lines), a
//! `.jsonl` file of one article per line, a directory (every such file inside it, recursively, in
//! sorted order) or `-` for standard input. Articles are produced one at a time, so memory does
//! not grow with the size of a batch. A bad file or line yields an error that names it, and the
//! rest of the batch goes on.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::normalize::{normalize, normalize_field};

/// One article and what is known about it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    /// The file it came from (`-` for standard input).
    pub path: String,
    /// Its identifier: the JSONL record's `id`, or its line number in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// The outlet that published it.
    pub outlet: Option<String>,
    /// Its publication date, as given (ISO 8601 expected).
    pub published: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its language, when given by the input rather than detected.
    pub language: Option<String>,
    /// Its text, normalized (NFC, LF, no BOM). Offsets count in this text.
    #[serde(skip)]
    pub body: String,
}

impl Article {
    /// An article from text, with no metadata.
    pub fn from_text(path: &str, text: &str) -> Article {
        Article {
            path: path.to_string(),
            body: normalize(text),
            ..Article::default()
        }
    }
}

enum Stream {
    Lines {
        path: String,
        reader: Box<dyn BufRead + Send>,
        line: usize,
    },
}

/// An iterator over the articles of a list of paths.
pub struct Articles {
    pending: VecDeque<PathBuf>,
    errors: VecDeque<Error>,
    current: Option<Stream>,
}

/// Reads articles from files, directories, JSONL files and `-` (standard input).
pub fn read_paths(paths: &[PathBuf]) -> Articles {
    let mut pending = VecDeque::new();
    let mut errors = VecDeque::new();
    for p in paths {
        if p.as_os_str() == "-" {
            pending.push_back(p.clone());
        } else if p.is_dir() {
            match walk(p) {
                Ok(files) => pending.extend(files),
                Err(e) => errors.push_back(e),
            }
        } else if p.exists() {
            pending.push_back(p.clone());
        } else {
            errors.push_back(Error::Missing { path: p.clone() });
        }
    }
    Articles {
        pending,
        errors,
        current: None,
    }
}

/// Whether a file found in a directory is an article. A README describes a folder; it is read
/// only when named on the command line.
fn is_article_file(p: &Path) -> bool {
    let readme = p
        .file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s.eq_ignore_ascii_case("readme"));
    !readme
        && matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt") | Some("md") | Some("jsonl")
        )
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| Error::Read {
            path: d.display().to_string(),
            source: e,
        })?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::Read {
                path: d.display().to_string(),
                source: e,
            })?;
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if is_article_file(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

impl Iterator for Articles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        loop {
            if let Some(e) = self.errors.pop_front() {
                return Some(Err(e));
            }
            if let Some(stream) = &mut self.current {
                match next_line(stream) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            match open(&path) {
                Ok(Opened::Article(a)) => return Some(Ok(*a)),
                Ok(Opened::Stream(s)) => self.current = Some(s),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

enum Opened {
    Article(Box<Article>),
    Stream(Stream),
}

fn open(path: &Path) -> Result<Opened> {
    let name = path.display().to_string();
    let is_jsonl = path.extension().and_then(|e| e.to_str()) == Some("jsonl");
    if path.as_os_str() == "-" {
        let mut reader = BufReader::new(std::io::stdin());
        let peek = reader.fill_buf().map_err(|e| Error::Read {
            path: name.clone(),
            source: e,
        })?;
        let first = peek
            .iter()
            .copied()
            .find(|b| !b.is_ascii_whitespace() && *b != 0xef && *b != 0xbb && *b != 0xbf);
        if first == Some(b'{') {
            return Ok(Opened::Stream(Stream::Lines {
                path: name,
                reader: Box::new(reader),
                line: 0,
            }));
        }
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|e| Error::Read {
            path: name.clone(),
            source: e,
        })?;
        return parse_article_bytes(&name, &bytes).map(|a| Opened::Article(Box::new(a)));
    }
    if is_jsonl {
        let file = File::open(path).map_err(|e| Error::Read {
            path: name.clone(),
            source: e,
        })?;
        return Ok(Opened::Stream(Stream::Lines {
            path: name,
            reader: Box::new(BufReader::new(file)),
            line: 0,
        }));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::Read {
        path: name.clone(),
        source: e,
    })?;
    parse_article_bytes(&name, &bytes).map(|a| Opened::Article(Box::new(a)))
}

fn next_line(stream: &mut Stream) -> Option<Result<Article>> {
    let Stream::Lines { path, reader, line } = stream;
    loop {
        let mut buf = Vec::new();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                return Some(Err(Error::Read {
                    path: path.clone(),
                    source: e,
                }))
            }
        }
        *line += 1;
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        return Some(parse_jsonl_line(path, *line, &buf));
    }
}

/// Turns one JSONL line into an article. Accepts the key names of common news datasets.
pub fn parse_jsonl_line(path: &str, line: usize, bytes: &[u8]) -> Result<Article> {
    let err = |message: String| Error::Jsonl {
        path: path.to_string(),
        line,
        message,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| err(format!("not UTF-8: {e}")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| err(format!("invalid JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| err("a record must be a JSON object".into()))?;
    let field = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| match obj.get(*k) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(normalize_field(s)),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    let body = keys_text(obj, &["text", "maintext", "body"]).ok_or_else(|| {
        err("record has no text (expected \"text\", \"maintext\" or \"body\")".into())
    })?;
    let body = normalize(&body);
    if body.trim().is_empty() {
        return Err(err("record has empty text".into()));
    }
    Ok(Article {
        path: path.to_string(),
        id: field(&["id", "stories_id"]).or_else(|| Some(line.to_string())),
        title: field(&["title"]),
        outlet: field(&["outlet", "media_name", "source_domain"]),
        published: field(&["published", "publish_date", "date_publish"]).map(|d| iso_date(&d)),
        url: field(&["url"]),
        language: field(&["language"]).map(|l| l.to_lowercase()),
        body,
    })
}

fn keys_text(obj: &serde_json::Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| obj.get(*k).and_then(Value::as_str).map(str::to_string))
}

/// Keeps the date part of a timestamp ("2026-11-12 08:30:00" → "2026-11-12").
fn iso_date(s: &str) -> String {
    let b = s.as_bytes();
    let looks_iso =
        b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-';
    // The tenth byte may fall inside a character ("2026-03-1é"): such a value is kept whole.
    match s.get(..10) {
        Some(date) if looks_iso => date.to_string(),
        _ => s.to_string(),
    }
}

/// Turns the bytes of a `.txt`/`.md` file into an article.
pub fn parse_article_bytes(path: &str, bytes: &[u8]) -> Result<Article> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(Error::NotText {
            path: path.to_string(),
            reason: "binary content".into(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Error::NotText {
        path: path.to_string(),
        reason: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
    })?;
    parse_article_text(path, text)
}

/// Turns the text of a `.txt`/`.md` file into an article, reading its front matter.
pub fn parse_article_text(path: &str, text: &str) -> Result<Article> {
    let text = normalize(text);
    let mut article = Article {
        path: path.to_string(),
        ..Article::default()
    };
    let body = if text.starts_with("---\n") || text == "---" {
        let rest = &text[4.min(text.len())..];
        let mut offset = 0;
        let mut end = None;
        for (i, line) in rest.split_inclusive('\n').enumerate() {
            let content = line.trim_end_matches('\n');
            if content.trim_end() == "---" {
                end = Some(offset + line.len());
                break;
            }
            offset += line.len();
            if content.trim().is_empty() || content.trim_start().starts_with('#') {
                continue;
            }
            let Some((key, value)) = content.split_once(':') else {
                return Err(Error::FrontMatter {
                    path: path.to_string(),
                    line: i + 2,
                    message: format!("expected \"key: value\", found {content:?}"),
                });
            };
            let value = unquote(value.trim()).trim();
            let value = (!value.is_empty()).then(|| value.to_string());
            match key.trim().to_lowercase().as_str() {
                "title" => article.title = value,
                "outlet" | "media_name" | "source" => article.outlet = value,
                "published" | "date" | "publish_date" => {
                    article.published = value.map(|d| iso_date(&d))
                }
                "url" => article.url = value,
                "language" | "lang" => article.language = value.map(|l| l.to_lowercase()),
                "id" => article.id = value,
                _ => {}
            }
        }
        let Some(end) = end else {
            return Err(Error::FrontMatter {
                path: path.to_string(),
                line: 1,
                message: "no closing \"---\" line".into(),
            });
        };
        rest[end..].to_string()
    } else {
        text
    };
    if body.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_string(),
        });
    }
    article.body = body;
    Ok(article)
}

/// A front-matter value without the quotes around it, when it is quoted at both ends.
fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_body_follows() {
        let a = parse_article_text(
            "a.txt",
            "---\ntitle: Giá cà phê tăng\noutlet: Báo A\npublished: 2026-11-12\nlanguage: vi\n---\nNội dung.\n",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Giá cà phê tăng"));
        assert_eq!(a.outlet.as_deref(), Some("Báo A"));
        assert_eq!(a.published.as_deref(), Some("2026-11-12"));
        assert_eq!(a.language.as_deref(), Some("vi"));
        assert_eq!(a.body, "Nội dung.\n");
    }

    #[test]
    fn front_matter_values_lose_only_enclosing_quotes() {
        let a = parse_article_text(
            "a.txt",
            "---\ntitle: \"Quoted, title\"\noutlet: The \"Wire\"\nurl: 'x'\n---\nBody.\n",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Quoted, title"));
        assert_eq!(a.outlet.as_deref(), Some("The \"Wire\""));
        assert_eq!(a.url.as_deref(), Some("x"));
    }

    #[test]
    fn no_front_matter_means_whole_file_is_body() {
        let a = parse_article_text("a.txt", "Plain text.").unwrap();
        assert_eq!(a.body, "Plain text.");
        assert!(a.title.is_none());
    }

    #[test]
    fn malformed_front_matter_names_file_and_line() {
        let e = parse_article_text("x.md", "---\ntitle: A\nnot a pair\n---\nBody").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.md:3: malformed front matter: expected \"key: value\", found \"not a pair\""
        );
        let e = parse_article_text("x.md", "---\ntitle: A\nurl: b\n").unwrap_err();
        assert!(e.to_string().contains("no closing"));
    }

    #[test]
    fn jsonl_accepts_other_tools_key_names() {
        let a = parse_jsonl_line(
            "f.jsonl",
            3,
            br#"{"maintext": "Body.", "media_name": "Wire", "date_publish": "2026-01-02 10:00:00"}"#,
        )
        .unwrap();
        assert_eq!(a.body, "Body.");
        assert_eq!(a.outlet.as_deref(), Some("Wire"));
        assert_eq!(a.published.as_deref(), Some("2026-01-02"));
        assert_eq!(a.id.as_deref(), Some("3"));
        let e = parse_jsonl_line("f.jsonl", 7, br#"{"title": "x"}"#).unwrap_err();
        assert!(e.to_string().starts_with("f.jsonl:7: record has no text"));
        let e = parse_jsonl_line("f.jsonl", 8, b"{broken").unwrap_err();
        assert!(e.to_string().starts_with("f.jsonl:8: invalid JSON"));
    }

    #[test]
    fn a_date_cut_inside_a_character_is_kept_whole() {
        let a = parse_jsonl_line(
            "f.jsonl",
            1,
            r#"{"text": "Body.", "published": "2026-03-1é"}"#.as_bytes(),
        )
        .unwrap();
        assert_eq!(a.published.as_deref(), Some("2026-03-1é"));
        let a = parse_article_text("a.md", "---\npublished: 2026-03-.”11\n---\nBody.\n").unwrap();
        assert_eq!(a.published.as_deref(), Some("2026-03-.”11"));
    }

    #[test]
    fn binary_and_bad_utf8_are_refused() {
        assert!(matches!(
            parse_article_bytes("b.txt", b"ab\0cd"),
            Err(Error::NotText { .. })
        ));
        assert!(matches!(
            parse_article_bytes("b.txt", b"ab\xffcd"),
            Err(Error::NotText { .. })
        ));
        assert!(matches!(
            parse_article_bytes("e.txt", b"  \n"),
            Err(Error::Empty { .. })
        ));
    }
}
