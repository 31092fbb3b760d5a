//! Running the `newsprint` program in tests.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Run the program with `args`, `input` on its standard input. The input is
/// written from another thread, so a large input cannot deadlock against a
/// large output; a program that stops early (a usage error) may leave it
/// unread.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsprint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
