//! End-to-end tests: the real binary on the bundled corpus, the seed article and small inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimtrack"));
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .output()
        .expect("run claimtrack")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimtrack");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn extract_json(path: &Path) -> Value {
    let out = run(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn gold_files() -> Vec<String> {
    let mut files = vec!["tests/data/seed/000_b66afcf61bcf234e.gold.json".to_string()];
    for lang in ["vi", "en"] {
        let mut more: Vec<String> = std::fs::read_dir(root().join("corpus").join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
            .map(|p| {
                p.strip_prefix(root())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

#[test]
fn corpus_meets_the_extraction_targets_in_each_language() {
    let golds = gold_files();
    assert!(golds.len() >= 31, "the corpus holds at least 30 articles");
    let mut args = vec!["eval", "--json"];
    args.extend(golds.iter().map(String::as_str));
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m: Value = serde_json::from_slice(&out.stdout).unwrap();
    for lang in ["vi", "en"] {
        let get = |k: &str| m[lang][k].as_f64().unwrap_or(0.0);
        assert!(
            m[lang]["gold_attributions"].as_u64().unwrap() >= 100,
            "{lang}: enough gold"
        );
        assert!(
            get("attribution_f1") >= 0.90,
            "{lang} attribution F1 {}",
            get("attribution_f1")
        );
        assert!(
            get("kind_accuracy") >= 0.90,
            "{lang} kind accuracy {}",
            get("kind_accuracy")
        );
        assert!(
            get("anonymous_accuracy") >= 0.95,
            "{lang} anonymous accuracy {}",
            get("anonymous_accuracy")
        );
        assert!(
            get("count_accuracy") >= 0.95,
            "{lang} count accuracy {}",
            get("count_accuracy")
        );
        assert!(
            get("speaker_accuracy") >= 0.90,
            "{lang} speaker accuracy {}",
            get("speaker_accuracy")
        );
    }
}

#[test]
fn seed_article_is_read_exactly() {
    let doc = extract_json(Path::new("tests/data/seed/000_b66afcf61bcf234e.txt"));
    assert_eq!(doc["article"]["language"], "vi");
    let claims = doc["claims"].as_array().unwrap();
    let find = |anchor: &str| -> &Value {
        claims
            .iter()
            .find(|c| c["sentence"].as_str().unwrap().contains(anchor))
            .unwrap_or_else(|| panic!("no claim holds {anchor:?}"))
    };
    let src = |c: &Value| c["sources"][0].clone();
    let anonymous_counts: Vec<Value> = claims
        .iter()
        .map(src)
        .filter(|s| s["kind"] == "anonymous" && !s["count"].is_null())
        .map(|s| s["count"].clone())
        .collect();
    assert_eq!(anonymous_counts, [8, 1, 7, 1, 2, 1].map(Value::from));
    let leaders = src(find("thâu tóm Groq là một bước đi"));
    assert_eq!(
        (leaders["kind"].as_str(), leaders["count"].is_null()),
        (Some("anonymous"), true)
    );
    for (anchor, name) in [
        ("gọi những đồn đoán này là", "Jensen Huang"),
        ("những chip AI tốt nhất thế giới", "Sam Altman"),
    ] {
        let c = find(anchor);
        assert_eq!(src(c)["kind"], "person");
        assert_eq!(src(c)["name"], name);
        assert_eq!(c["quote"], true);
        assert!(!c["quotes"].as_array().unwrap().is_empty());
    }
    assert_eq!(
        src(find("Nvidia cho biết có kế hoạch rót"))["kind"],
        "organization"
    );
    let spokesperson = src(find("vẫn dựa vào Nvidia cho phần lớn"));
    assert_eq!(
        (spokesperson["kind"].as_str(), spokesperson["name"].as_str()),
        (Some("organization"), Some("OpenAI"))
    );
    assert_eq!(src(find("Theo Reuters, thỏa thuận"))["kind"], "document");
    // Offsets are Unicode scalar values into the text.
    let text: Vec<char> =
        std::fs::read_to_string(root().join("tests/data/seed/000_b66afcf61bcf234e.txt"))
            .unwrap()
            .chars()
            .collect();
    for c in claims {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            c["sentence"].as_str().unwrap()
        );
    }
}

#[test]
fn eval_agrees_with_the_reference_scorer() {
    let scorer = root().join("../shared/eval/score.py");
    if !scorer.exists() || Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: ../shared/eval/score.py or python3 not available");
        return;
    }
    let golds = gold_files();
    let mut args = vec!["eval", "--json"];
    args.extend(golds.iter().map(String::as_str));
    let ours: Value = serde_json::from_slice(&run(&args).stdout).unwrap();
    let out = Command::new("python3")
        .arg(&scorer)
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_claimtrack"))
        .arg("--json")
        .args(&golds)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ours, theirs);
}

#[test]
fn text_variants_give_the_same_claims() {
    let dir = tempfile::tempdir().unwrap();
    let clean =
        std::fs::read_to_string(root().join("tests/data/seed/000_b66afcf61bcf234e.txt")).unwrap();
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(clean.as_str()).collect();
    let crlf = format!("\u{feff}{}", nfd.replace('\n', "\r\n"));
    std::fs::write(dir.path().join("clean.txt"), &clean).unwrap();
    std::fs::write(dir.path().join("variant.txt"), &crlf).unwrap();
    let a = extract_json(&dir.path().join("clean.txt"));
    let b = extract_json(&dir.path().join("variant.txt"));
    assert!(!a["claims"].as_array().unwrap().is_empty());
    assert_eq!(a["claims"], b["claims"]);
}

#[test]
fn jsonl_on_stdin_gives_jsonl_and_bad_lines_are_named() {
    let input = concat!(
        r#"{"id": "a1", "maintext": "Sales will fall 24%, three people familiar with the matter said.", "media_name": "Wire", "publish_date": "2026-11-02 08:00:00"}"#,
        "\n{broken\n",
        r#"{"id": "a3", "title": "no text"}"#,
        "\n",
        r#"{"id": "a4", "text": "Theo hai nguồn tin, công ty sẽ đóng cửa nhà máy."}"#,
        "\n"
    );
    let out = run_stdin(&["extract", "--format", "jsonl", "-"], input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped record makes the exit status 1"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("-:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("-:3: record has no text"), "{stderr}");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["article"]["outlet"], "Wire");
    assert_eq!(lines[0]["article"]["published"], "2026-11-02");
    assert_eq!(lines[0]["claims"][0]["sources"][0]["count"], 3);
    assert_eq!(lines[1]["article"]["language"], "vi");
    assert_eq!(lines[1]["claims"][0]["sources"][0]["count"], 2);
}

#[test]
fn directories_are_read_recursively_in_order_and_bad_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("b.txt"), "The company said sales rose.").unwrap();
    std::fs::write(
        dir.path().join("sub/a.md"),
        "---\ntitle: A\n---\nAnalysts said demand was weak.",
    )
    .unwrap();
    std::fs::write(dir.path().join("c.txt"), b"\xff\xfe broken").unwrap();
    std::fs::write(dir.path().join("skip.csv"), "not an article").unwrap();
    let out = run(&["extract", "--format", "jsonl", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("c.txt") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
    let paths: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["article"]["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths.len(), 2);
    assert!(
        paths[0].ends_with("b.txt") && paths[1].ends_with("a.md"),
        "{paths:?}"
    );
}

#[test]
fn table_output_lists_claims_and_sources() {
    let out = run(&["extract", "tests/data/seed/000_b66afcf61bcf234e.txt"]);
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("tám nguồn tin am hiểu vấn đề"));
    assert!(table.contains("Jensen Huang"));
    assert!(table.contains("anonymous"));
}

#[test]
fn missing_files_and_usage_errors_have_distinct_exit_codes() {
    let out = run(&["extract", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
    let out = run(&["extract", "--format", "yaml", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    // A database in a folder that does not exist is named once, with what to check.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("no-such-folder").join("c.db");
    let out = run(&["stats", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("c.db").count(), 1, "{stderr}");
    assert!(stderr.contains("cannot open the database"), "{stderr}");
    assert!(!db.parent().unwrap().exists());
}

#[test]
fn a_lexicon_file_adds_a_reporting_verb_without_code() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Prices will double by spring, the company quipped.",
    )
    .unwrap();
    let count = |args: &[&str]| -> usize {
        let out = run(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["claims"].as_array().unwrap().len()
    };
    let path = article.to_str().unwrap();
    assert_eq!(
        count(&["extract", "--format", "json", "--lang", "en", path]),
        0
    );
    let en = std::fs::read_to_string(root().join("src/lexicon/en.toml")).unwrap();
    let custom = en.replacen("reporting = [", "reporting = [\"quipped\", ", 1);
    let lexicon = dir.path().join("en.toml");
    std::fs::write(&lexicon, custom).unwrap();
    let lex = lexicon.to_str().unwrap();
    assert_eq!(
        count(&[
            "extract",
            "--format",
            "json",
            "--lang",
            "en",
            "--lexicon",
            lex,
            path
        ]),
        1
    );
}
