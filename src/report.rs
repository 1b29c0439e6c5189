//! Reports: how extracted claims are shown to a person (a table) or handed to other tools (JSON).

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};

use crate::ArticleClaims;

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for a person.
    Table,
    /// One JSON document: an object for one article, an array for several.
    Json,
    /// One JSON object per line.
    Jsonl,
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A table of an article's claims.
pub fn claims_table(result: &ArticleClaims, width: Option<u16>) -> String {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // On a terminal the table fits its width; in a file or pipe it is as wide as a wide terminal.
    let width = width.or_else(|| table.width()).unwrap_or(150);
    table.set_width(width);
    table.set_header([
        "#",
        "Chars",
        "Claim",
        "Source",
        "Kind",
        "Count",
        "Quote",
        "Stance",
        "Contested by",
    ]);
    for c in &result.claims {
        let src = c.primary();
        let contested_by: Vec<String> = result
            .claims
            .iter()
            .filter(|o| o.rebuts.contains(&c.id))
            .map(|o| format!("#{} {}", o.id, o.primary().map_or("", |s| s.name.as_str())))
            .collect();
        table.add_row([
            c.id.to_string(),
            format!("{}–{}", c.start, c.end),
            shorten(&c.sentence, 110),
            src.map_or(String::new(), |s| s.name.clone()),
            src.map_or(String::new(), |s| s.kind.as_str().to_string()),
            src.and_then(|s| s.count)
                .map_or("—".to_string(), |n| n.to_string()),
            if c.quote { "yes".into() } else { "".into() },
            c.stance.as_str().to_string(),
            if c.contested {
                format!("⚑ {}", contested_by.join(", "))
            } else {
                String::new()
            },
        ]);
    }
    let title = result
        .article
        .title
        .as_deref()
        .unwrap_or(&result.article.path);
    format!(
        "{title} [{}] — {} claims, {} anonymous, {} contested\n{table}\n",
        result.article.language,
        result.claims.len(),
        result
            .claims
            .iter()
            .filter(|c| c.primary().is_some_and(|s| s.anonymous))
            .count(),
        result.claims.iter().filter(|c| c.contested).count(),
    )
}
