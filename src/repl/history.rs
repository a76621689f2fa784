//! Where the REPL keeps its line history: `$HOME/.corio_history`, or nowhere when `$HOME` is
//! unset or the file cannot be written (like CPython, which then keeps history in memory only).

use std::fs::OpenOptions;
use std::path::PathBuf;

/// The history file name inside the home directory.
const FILE_NAME: &str = ".corio_history";

/// The history file to load and append to, if it exists or can be created and is writable.
pub fn history_file() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    let path = PathBuf::from(home).join(FILE_NAME);
    // Opening for append creates the file when missing and fails when it cannot be written.
    OpenOptions::new().append(true).create(true).open(&path).ok()?;
    Some(path)
}
