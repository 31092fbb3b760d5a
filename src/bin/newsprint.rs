//! `newsprint`: print one JSON record per article (shared/docs/OUTPUT.md).
//!
//! Reads each FILE (or standard input for `-` or no FILE), parses it as one
//! article, or as many with `--split`, and writes JSON Lines to standard
//! output. A file that cannot be read is reported on stderr and skipped; the
//! exit status is then 1.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use newsprint::record::Record;
use newsprint::{Date, Options};

/// Turn raw news-article text into structured JSON Lines records.
#[derive(Debug, Parser)]
#[command(name = "newsprint", version, about)]
struct Cli {
    /// The input is body text: no header, caption or boilerplate detection.
    #[arg(long)]
    plain: bool,

    /// Reference date (YYYY-MM-DD) for articles that state none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<Date>,

    /// Each input holds many articles, separated by a line holding only a
    /// form feed.
    #[arg(long)]
    split: bool,

    /// Article files; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: io::Error },
    #[error("cannot write output: {0}")]
    Write(#[from] io::Error),
}

fn read_input(path: &PathBuf) -> Result<Vec<u8>, CliError> {
    let name = path.display().to_string();
    let mut buf = Vec::new();
    let r = if name == "-" {
        io::stdin().lock().read_to_end(&mut buf).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut buf).map(|_| ()))
    };
    r.map_err(|source| CliError::Read { path: name, source })?;
    Ok(buf)
}

fn emit(out: &mut impl Write, source: &str, bytes: &[u8], cli: &Cli) -> Result<(), CliError> {
    let options = Options::new().plain(cli.plain).reference_date(cli.date);
    let mut write_one = |index: usize, offset: usize, article: &[u8]| -> Result<(), CliError> {
        let parsed = newsprint::parse_with(article, &options);
        let record = Record::new(&parsed, source, index, offset as u64);
        serde_json::to_writer(&mut *out, &record).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        Ok(())
    };
    if cli.split {
        for (index, (offset, article)) in newsprint::split::articles(bytes).enumerate() {
            write_one(index, offset, article)?;
        }
    } else {
        write_one(0, 0, bytes)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let files = if cli.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.files.clone()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    for path in &files {
        let result = read_input(path)
            .and_then(|bytes| emit(&mut out, &path.display().to_string(), &bytes, &cli));
        match result {
            Ok(()) => {}
            Err(CliError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
                return ExitCode::SUCCESS
            }
            Err(e @ CliError::Write(_)) => {
                eprintln!("newsprint: {e}");
                return ExitCode::FAILURE;
            }
            Err(e) => {
                eprintln!("newsprint: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("newsprint: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    status
}
