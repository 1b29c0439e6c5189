//! The annotated HTML page of `show --html`: escaping of hostile input, and a real render in
//! headless Chromium (Debian's `chromium`, installed by `.ci/run`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(db: &Path, args: &[&str]) -> String {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(args)
        .arg("--db")
        .arg(db)
        .current_dir(root())
        .env_remove("CLAIMTRACK_DB")
        .output()
        .expect("run claimtrack");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const HOSTILE: &str = "---\n\
title: <script>alert('title')</script> & \"more\"\n\
outlet: <img src=x onerror=alert(1)>\n\
published: 2026-04-01\n\
url: javascript:alert(1)\n\
---\n\
The agency will cut 300 jobs <script>alert('body')</script>, two people familiar with the plan said.\n\n\
The agency's director, Laura Mendes, denied that any jobs would be cut <b>at all</b>.\n";

fn hostile_page(dir: &Path) -> (PathBuf, String) {
    let db = dir.join("h.db");
    let article = dir.join("hostile.txt");
    std::fs::write(&article, HOSTILE).unwrap();
    run(&db, &["ingest", article.to_str().unwrap()]);
    let page = dir.join("page.html");
    run(&db, &["show", "1", "--html", page.to_str().unwrap()]);
    let html = std::fs::read_to_string(&page).unwrap();
    (page, html)
}

#[test]
fn hostile_input_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let (_, html) = hostile_page(dir.path());
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(!html.contains("href=\"javascript:"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
    );
    assert!(html.contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"));
    // Both claims are marked, the anonymous one with its count, and the denied one is badged
    // and linked to its rebuttal.
    assert!(html.contains("id=\"claim-1\""), "{html}");
    assert!(html.contains("id=\"claim-2\""), "{html}");
    assert!(html.contains("1 · anonymous ×2"), "{html}");
    assert!(html.contains("2 · person"), "{html}");
    assert!(html.contains("href=\"#rebuttals-1\""), "{html}");
    assert!(html.contains("<a href=\"#claim-2\">claim 2</a>"), "{html}");
    // Self-contained: every tag is one the page writes itself; no scripts, nothing loaded.
    let allowed = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table",
        "tr", "th", "td", "span", "div", "mark", "a", "section", "ul", "li",
    ];
    for tag in html.split('<').skip(1) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        let name = if name == "!DOCTYPE" {
            name
        } else {
            name.to_ascii_lowercase()
        };
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{name}");
    }
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

#[test]
fn the_seed_page_renders_in_a_real_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CLAIMTRACK_NO_BROWSER").is_some(),
            "headless Chromium is needed: install Debian's chromium (as .ci/run does), \
             set CHROMIUM=/path/to/it, or set CLAIMTRACK_NO_BROWSER=1 to skip this test"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    run(&db, &["ingest", "tests/data/seed"]);
    let page = dir.path().join("seed.html");
    run(&db, &["show", "1", "--html", page.to_str().unwrap()]);
    let url = format!("file://{}", page.display());
    let profile = dir.path().join("profile");
    let chrome = |extra: &[&str]| -> Output {
        Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--window-size=1100,1900",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("run chromium")
    };

    // The DOM as the browser built it: every claim is a mark, with its label.
    let dom = chrome(&["--dump-dom"]);
    assert!(
        dom.status.success(),
        "{}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    let marks = dom.matches("<mark class=\"k-").count();
    assert!(marks >= 14, "{marks} claims marked");
    assert!(dom.contains("1 · anonymous ×8"));
    assert!(dom.contains("class=\"badge\""));
    assert!(dom.contains("Jensen Huang"));

    // And a screenshot of it.
    let shot = dir.path().join("seed.png");
    let out = chrome(&[&format!("--screenshot={}", shot.display())]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
    assert!(
        png.len() > 20_000,
        "the screenshot shows a page, not a blank"
    );
}
