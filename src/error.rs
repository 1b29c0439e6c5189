//! The library's errors. Every message names the file it concerns, and the line where there is one,
//! so that a batch run can report a bad file and go on with the rest.

use std::path::PathBuf;

/// Everything that can go wrong in claimtrack's library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not text: invalid UTF-8 or binary content.
    #[error("{path}: not UTF-8 text ({reason}); skipped")]
    NotText {
        /// The file.
        path: String,
        /// What was wrong with it.
        reason: String,
    },
    /// A file holds no article text.
    #[error("{path}: empty article; skipped")]
    Empty {
        /// The file.
        path: String,
    },
    /// The front matter of an article file is malformed.
    #[error("{path}:{line}: malformed front matter: {message}")]
    FrontMatter {
        /// The file.
        path: String,
        /// The line, counted from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A JSONL line could not be used.
    #[error("{path}:{line}: {message}")]
    Jsonl {
        /// The file.
        path: String,
        /// The line, counted from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file is malformed.
    #[error("{path}: bad lexicon: {message}")]
    Lexicon {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// An article's language has no lexicon.
    #[error("{path}: no lexicon for language {language:?}")]
    NoLexicon {
        /// The article.
        path: String,
        /// The language asked for.
        language: String,
    },
    /// A database operation failed.
    #[error("{path}: database error: {source}")]
    Db {
        /// The database file.
        path: String,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
    /// Another connection holds the database's lock: past the busy timeout, or at once where
    /// waiting could deadlock (a write in a transaction that has already read).
    #[error("{path}: database is busy, retry")]
    Busy {
        /// The database file.
        path: String,
    },
    /// The database file cannot be opened or created.
    #[error("{path}: cannot open the database (does its folder exist, and can it be written?)")]
    CannotOpen {
        /// The database file.
        path: String,
    },
    /// A database was written by a newer claimtrack.
    #[error("{path}: database schema version {found} is newer than this claimtrack supports ({supported}); upgrade claimtrack")]
    SchemaTooNew {
        /// The database file.
        path: String,
        /// The version found.
        found: i64,
        /// The newest version this build supports.
        supported: i64,
    },
    /// A path given on the command line does not exist.
    #[error("{}: no such file or directory", path.display())]
    Missing {
        /// The path.
        path: PathBuf,
    },
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
