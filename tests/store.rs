//! End-to-end tests of the store: the real binary ingesting into a temporary database, and every
//! report in every format.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimtrack::store::Store;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(args)
        .arg("--db")
        .arg(db)
        .current_dir(root())
        .env_remove("CLAIMTRACK_DB")
        .output()
        .expect("run claimtrack")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(db: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    serde_json::from_str(&ok(&run(db, &a))).expect("valid JSON")
}

fn csv_rows(db: &Path, args: &[&str]) -> Vec<Vec<String>> {
    let mut a = args.to_vec();
    a.extend(["--format", "csv"]);
    let text = ok(&run(db, &a));
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn ingested() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let out = run(
        &db,
        &["ingest", "corpus/vi", "corpus/en", "tests/data/seed"],
    );
    let summary = ok(&out);
    assert!(summary.starts_with("ingested "), "{summary}");
    (dir, db)
}

#[test]
fn reingesting_the_corpus_changes_nothing() {
    let (_d, db) = ingested();
    let before = Store::open(&db).unwrap().totals().unwrap();
    assert!(before.claims > 500);
    let summary = ok(&run(
        &db,
        &["ingest", "corpus/vi", "corpus/en", "tests/data/seed"],
    ));
    assert!(summary.contains("(0 new, 0 updated"), "{summary}");
    let after = Store::open(&db).unwrap().totals().unwrap();
    assert_eq!(
        (
            before.articles,
            before.claims,
            before.sources,
            before.contested
        ),
        (after.articles, after.claims, after.sources, after.contested)
    );
    assert_eq!(Store::open(&db).unwrap().integrity_check().unwrap(), "ok");
}

#[test]
fn an_edited_article_replaces_its_claims_and_bad_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.db");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "Sales will fall, three people familiar with the matter said. Analysts said demand was weak.").unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"\xff\xfe\x00binary").unwrap();
    let out = run(&db, &["ingest", dir.path().to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped file makes the status 1"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt"));
    assert_eq!(Store::open(&db).unwrap().totals().unwrap().claims, 2);
    std::fs::write(
        &a,
        "Sales will fall, two people familiar with the matter said.",
    )
    .unwrap();
    ok(&run(&db, &["ingest", a.to_str().unwrap()]));
    let claims = json(&db, &["claims"]);
    let claims = claims.as_array().unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["sources"][0]["count"], 2);
}

#[test]
fn every_contested_claim_of_the_corpus_is_reported() {
    let (_d, db) = ingested();
    let extracted = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args([
            "extract",
            "--format",
            "jsonl",
            "corpus/vi",
            "corpus/en",
            "tests/data/seed",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let expected: usize = String::from_utf8_lossy(&extracted.stdout)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["claims"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["contested"] == true)
                .count()
        })
        .sum();
    let contested = json(&db, &["contested"]);
    let contested = contested.as_array().unwrap();
    // Every claim contested inside its article, and perhaps more contested across articles.
    assert!(
        contested.len() >= expected,
        "{} < {expected}",
        contested.len()
    );
    for entry in contested {
        assert_eq!(entry["claim"]["contested"], true);
        assert!(entry["claim"]["article"]["key"].is_string());
        let rebuttals = entry["rebuttals"].as_array().unwrap();
        assert!(!rebuttals.is_empty(), "a contested claim has a rebuttal");
        for r in rebuttals {
            assert!(r["rebuts"]
                .as_array()
                .unwrap()
                .contains(&entry["claim"]["id"]));
            assert!(r["article"]["published"].is_string() || r["article"]["published"].is_null());
        }
    }
    let rows = csv_rows(&db, &["contested"]);
    assert!(rows.len() >= contested.len());
    // The whole database is read in one pass over each table, and its JSON written from each
    // claim's JSON made once; a filtered report looks its claims up one by one and writes
    // them with serde. Both give the same entries, in JSON and in CSV.
    let mut csv_per_language = Vec::new();
    for lang in ["vi", "en"] {
        csv_per_language.extend(csv_rows(&db, &["contested", "--language", lang]));
    }
    let mut csv_whole = rows.clone();
    csv_whole.sort();
    csv_per_language.sort();
    assert!(csv_whole == csv_per_language, "CSV reports differ");
    let by_id = |entries: Vec<Value>| -> Vec<Value> {
        let mut entries = entries;
        entries.sort_by_key(|e| e["claim"]["id"].as_i64());
        entries
    };
    let mut per_language = Vec::new();
    for lang in ["vi", "en"] {
        let part = json(&db, &["contested", "--language", lang]);
        per_language.extend(part.as_array().unwrap().iter().cloned());
    }
    let (whole, per_language) = (by_id(contested.clone()), by_id(per_language));
    assert_eq!(whole.len(), per_language.len());
    for (x, y) in whole.iter().zip(&per_language) {
        assert!(x == y, "contested claim {} differs", x["claim"]["id"]);
    }
}

#[test]
fn stats_have_one_row_per_outlet() {
    let (_d, db) = ingested();
    let mut outlets = BTreeSet::new();
    for lang in ["vi", "en"] {
        for e in std::fs::read_dir(root().join("corpus").join(lang)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&p).unwrap();
                if let Some(line) = text.lines().find(|l| l.starts_with("outlet:")) {
                    outlets.insert(line["outlet:".len()..].trim().to_string());
                }
            }
        }
    }
    let rows = csv_rows(&db, &["stats", "--by", "outlet"]);
    let groups: BTreeSet<String> = rows
        .iter()
        .map(|r| r[0].clone())
        .filter(|g| g != "(none)")
        .collect();
    assert_eq!(groups, outlets);
    let header = ok(&run(&db, &["stats", "--format", "csv"]));
    assert!(header.starts_with("group,articles,claims,anonymous_only_share,single_anonymous_share,named_source_share,contested_share,anonymous_later_denied_share,anonymous_later_corroborated_share,anonymous_attributions,count_stated_share,mean_stated_count,reason_stated_share\n"), "{header}");
    let all = json(&db, &["stats", "--by", "all"]);
    let share = all[0]["anonymous_only_share"].as_f64().unwrap();
    assert!(share > 0.0 && share < 1.0);
    for by in ["month", "language", "article"] {
        assert!(!json(&db, &["stats", "--by", by])
            .as_array()
            .unwrap()
            .is_empty());
    }
}

#[test]
fn claims_filters_sources_and_show_work_in_every_format() {
    let (_d, db) = ingested();
    let anonymous = json(&db, &["claims", "--anonymous", "--language", "vi"]);
    let anonymous = anonymous.as_array().unwrap();
    assert!(!anonymous.is_empty());
    for c in anonymous {
        assert_eq!(c["sources"][0]["anonymous"], true);
        assert_eq!(c["article"]["language"], "vi");
    }
    let since = json(
        &db,
        &["claims", "--since", "2026-06-01", "--until", "2026-06-30"],
    );
    for c in since.as_array().unwrap() {
        let d = c["article"]["published"].as_str().unwrap();
        assert!(("2026-06-01"..="2026-06-30").contains(&d), "{d}");
    }
    let huang = json(&db, &["claims", "--source", "jensen huang"]);
    assert_eq!(huang.as_array().unwrap().len(), 1);
    let rows = csv_rows(&db, &["claims", "--contested"]);
    assert!(rows.iter().all(|r| r[17] == "true"));
    let sources = json(&db, &["sources", "--limit", "5"]);
    assert_eq!(sources["named"].as_array().unwrap().len(), 5);
    assert!(!csv_rows(&db, &["sources"]).is_empty());
    let shown = json(&db, &["show", "tests/data/seed/000_b66afcf61bcf234e.txt"]);
    assert_eq!(shown["claims"][0]["sources"][0]["count"], 8);
    assert_eq!(shown["claims"][0]["contested"], true);
    assert!(ok(&run(
        &db,
        &["show", "tests/data/seed/000_b66afcf61bcf234e.txt"]
    ))
    .contains("Jensen Huang"));
    let missing = run(&db, &["show", "no-such-article"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn an_empty_database_file_is_initialized_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    std::fs::write(&db, b"").unwrap();
    ok(&run(&db, &["stats"]));
    let version: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, claimtrack::store::SCHEMA_VERSION);
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let out = run(&db, &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer"));
}

#[test]
fn a_database_of_the_previous_schema_version_opens_and_upgrades() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v1.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(&std::fs::read_to_string(root().join("tests/data/schema-v1.sql")).unwrap())
            .unwrap();
        c.execute(
            "INSERT INTO articles (key, path, language, content_hash, body) VALUES ('k', 'p', 'en', 'h', 'b')",
            [],
        )
        .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    let store = Store::open(&db).unwrap();
    assert_eq!(store.totals().unwrap().articles, 1, "the data survives");
    let version: i64 = store
        .connection()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, claimtrack::store::SCHEMA_VERSION);
    store
        .connection()
        .prepare("SELECT cluster_id FROM claims")
        .expect("the new column exists");
    let unread_indexes: i64 = store
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'
             AND name IN ('claims_stance', 'attributions_anonymous')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        unread_indexes, 0,
        "version 5 drops the indexes no query reads"
    );
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);
    // Ingesting into the upgraded database works.
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Sales will fall, three people familiar with the matter said.",
    )
    .unwrap();
    ok(&run(&db, &["ingest", article.to_str().unwrap()]));
}

#[test]
fn export_rows_round_trip_through_csv_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.db");
    let article = dir.path().join("hostile.txt");
    std::fs::write(
        &article,
        "---\ntitle: Port \"deal\", revisited; <b>again</b>\noutlet: Harbour, Wire\npublished: 2026-03-02\n---\n\
         The port operator will sell a 20% stake, three people familiar with the talks said.\n\n\
         \"We have no plans to sell, none at all,\" the operator's chief executive, Daniel Reyes, told reporters.\n",
    )
    .unwrap();
    let formula = dir.path().join("formula.txt");
    std::fs::write(
        &formula,
        "---\ntitle: +1 for the plan\noutlet: =HYPERLINK(\"http://x.example\")\n---\n\
         The port will close in May, a spokesman for the operator said.\n",
    )
    .unwrap();
    ok(&run(
        &db,
        &[
            "ingest",
            "corpus/en",
            article.to_str().unwrap(),
            formula.to_str().unwrap(),
        ],
    ));

    let claims = json(&db, &["claims"]);
    let claims = claims.as_array().unwrap();
    let expected_rows: usize = claims
        .iter()
        .map(|c| c["sources"].as_array().unwrap().len().max(1))
        .sum();

    let csv_text = ok(&run(&db, &["export", "--format", "csv", "--raw"]));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, claimtrack::report::EXPORT_COLUMNS);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), expected_rows);

    let jsonl = ok(&run(&db, &["export", "--format", "jsonl"]));
    let objects: Vec<serde_json::Map<String, Value>> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(objects.len(), rows.len());
    for (row, obj) in rows.iter().zip(&objects) {
        let keys: BTreeSet<&str> = obj.keys().map(String::as_str).collect();
        let columns: BTreeSet<&str> = claimtrack::report::EXPORT_COLUMNS.iter().copied().collect();
        assert_eq!(keys, columns);
        for (cell, name) in row.iter().zip(claimtrack::report::EXPORT_COLUMNS) {
            let as_text = match &obj[*name] {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Array(a) => a
                    .iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.to_string(),
            };
            assert_eq!(&as_text, cell, "column {name}");
        }
    }

    // The hostile article's fields survive quoting intact.
    let hostile: Vec<&serde_json::Map<String, Value>> = objects
        .iter()
        .filter(|o| o["media_name"] == "Harbour, Wire")
        .collect();
    assert_eq!(hostile.len(), 2, "{hostile:?}");
    assert_eq!(
        hostile[0]["title"],
        "Port \"deal\", revisited; <b>again</b>"
    );
    assert_eq!(hostile[0]["source_count"], 3);
    assert_eq!(hostile[0]["count_precision"], "exact");
    assert_eq!(hostile[0]["anonymous"], true);
    assert_eq!(hostile[1]["quote"], true);
    assert_eq!(hostile[1]["source_kind"], "person");
    assert_eq!(hostile[0]["contested"], true);
    assert_eq!(
        hostile[0]["rebutted_by"],
        serde_json::json!([hostile[1]["claim_id"]])
    );

    // The filters of `claims` apply: only contested claims, each with its rebuttals.
    let contested = ok(&run(&db, &["export", "--format", "jsonl", "--contested"]));
    assert!(!contested.is_empty());
    for line in contested.lines() {
        let o: Value = serde_json::from_str(line).unwrap();
        assert_eq!(o["contested"], true);
        assert!(!o["rebutted_by"].as_array().unwrap().is_empty(), "{o}");
    }

    // As schema.org JSON-LD: every claim is a Claim, or a ClaimReview once a fact-checker rated it.
    let rated = hostile[0]["claim_id"].as_u64().unwrap().to_string();
    ok(&run(
        &db,
        &[
            "review",
            &rated,
            "--rating",
            "False",
            "--by",
            "Check Desk",
            "--url",
            "https://check.example/1",
        ],
    ));
    let missing = run(&db, &["review", "999999", "--rating", "False"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no claim 999999"));
    let doc: Value =
        serde_json::from_str(&ok(&run(&db, &["export", "--format", "claimreview"]))).unwrap();
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), claims.len());
    let ids: BTreeSet<String> = graph
        .iter()
        .map(|item| match item["@type"].as_str().unwrap() {
            "Claim" => item["@id"].as_str().unwrap().to_string(),
            "ClaimReview" => {
                assert_eq!(item["itemReviewed"]["@type"], "Claim");
                item["itemReviewed"]["@id"].as_str().unwrap().to_string()
            }
            other => panic!("unexpected @type {other}"),
        })
        .collect();
    assert_eq!(ids.len(), claims.len());
    let reviews: Vec<&Value> = graph
        .iter()
        .filter(|i| i["@type"] == "ClaimReview")
        .collect();
    assert_eq!(reviews.len(), 1);
    let review = reviews[0];
    assert_eq!(review["itemReviewed"]["@id"], format!("#claim-{rated}"));
    assert_eq!(review["reviewRating"]["alternateName"], "False");
    assert_eq!(review["author"]["name"], "Check Desk");
    let item = &review["itemReviewed"];
    assert_eq!(item["author"]["@type"], "Organization");
    assert_eq!(item["author"]["sourceCount"], 3);
    assert_eq!(item["anonymous"], true);
    assert_eq!(item["appearance"]["publisher"]["name"], "Harbour, Wire");
    for by in item["rebuttedBy"].as_array().unwrap() {
        assert!(ids.contains(by.as_str().unwrap()), "{by} is in the graph");
    }
    assert_eq!(item["rebuttedBy"].as_array().unwrap().len(), 1);

    // Without --raw, a cell a spreadsheet would run as a formula starts with a quote; nothing
    // else changes.
    let safe = ok(&run(&db, &["export", "--format", "csv"]));
    let safe_rows: Vec<Vec<String>> = csv::Reader::from_reader(safe.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(safe_rows.len(), rows.len());
    let mut quoted = 0;
    for (safe_row, raw_row) in safe_rows.iter().zip(&rows) {
        for (s, r) in safe_row.iter().zip(raw_row) {
            if r.starts_with(['=', '+', '-', '@']) {
                assert_eq!(s, &format!("'{r}"));
                quoted += 1;
            } else {
                assert_eq!(s, r);
            }
        }
    }
    assert!(
        quoted >= 2,
        "the formula outlet and title are quoted: {quoted}\n{safe}"
    );
    assert!(safe.contains("'=HYPERLINK("));
    let claims_csv = ok(&run(&db, &["claims", "--format", "csv"]));
    assert!(claims_csv.contains("'=HYPERLINK("));
    assert!(!claims_csv.contains(",=HYPERLINK("));
    let raw_claims = ok(&run(&db, &["claims", "--format", "csv", "--raw"]));
    assert!(raw_claims.contains("=HYPERLINK("));
    assert!(!raw_claims.contains("'=HYPERLINK("));

    // Written to a file with -o, the export is the same.
    let file = dir.path().join("out.csv");
    ok(&run(&db, &["export", "-o", file.to_str().unwrap()]));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), safe);
}

#[test]
fn shard_databases_merge_into_one_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, whole, merged) = (
        dir.path().join("a.db"),
        dir.path().join("b.db"),
        dir.path().join("whole.db"),
        dir.path().join("merged.db"),
    );
    // Two shards that overlap on the seed article, and the same articles ingested at once.
    ok(&run(&a, &["ingest", "corpus/vi", "tests/data/seed"]));
    ok(&run(&b, &["ingest", "corpus/en", "tests/data/seed"]));
    ok(&run(
        &whole,
        &["ingest", "corpus/vi", "tests/data/seed", "corpus/en"],
    ));

    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["merge", a.to_str().unwrap(), b.to_str().unwrap(), "--into"])
        .arg(&merged)
        .current_dir(root())
        .output()
        .unwrap();
    let summary = ok(&out);
    assert!(summary.contains("1 unchanged"), "{summary}");

    let totals = |db: &Path| Store::open(db).unwrap().totals().unwrap();
    let (m, w) = (totals(&merged), totals(&whole));
    assert_eq!(m.articles, w.articles);
    assert_eq!(m.claims, w.claims);
    assert_eq!(m.sources, w.sources);
    assert_eq!(m.contested, w.contested);
    assert_eq!(
        csv_rows(&merged, &["stats", "--by", "outlet"]),
        csv_rows(&whole, &["stats", "--by", "outlet"])
    );

    // Merging again changes nothing; a missing shard is named and the rest still merges.
    let again = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["merge", a.to_str().unwrap(), "missing.db", "--into"])
        .arg(&merged)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("missing.db: no such database"));
    assert!(
        !root().join("missing.db").exists(),
        "a missing shard is not created"
    );
    assert_eq!(totals(&merged).claims, w.claims);
}
