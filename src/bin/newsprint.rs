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
    /// form feed. They are read as a stream, in memory bounded by
    /// `--max-article`.
    #[arg(long)]
    split: bool,

    /// With --split: the longest article kept, in bytes; a longer one is
    /// reported on stderr and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = newsprint::stream::DEFAULT_MAX_ARTICLE)]
    max_article: usize,

    /// Article files; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: io::Error },
    #[error("{path}: {source}")]
    Stream {
        path: String,
        source: newsprint::Error,
    },
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

fn write_record(
    out: &mut impl Write,
    source: &str,
    index: usize,
    offset: u64,
    article: &[u8],
    cli: &Cli,
) -> Result<(), CliError> {
    let options = Options::new().plain(cli.plain).reference_date(cli.date);
    let parsed = newsprint::parse_with(article, &options);
    let record = Record::new(&parsed, source, index, offset);
    serde_json::to_writer(&mut *out, &record).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// One whole file (or standard input) as one article.
fn emit_whole(out: &mut impl Write, path: &PathBuf, cli: &Cli) -> Result<(), CliError> {
    let bytes = read_input(path)?;
    write_record(out, &path.display().to_string(), 0, 0, &bytes, cli)
}

/// Many articles, streamed: memory stays bounded by `--max-article`.
/// Returns whether any article had to be skipped.
fn emit_stream(out: &mut impl Write, path: &PathBuf, cli: &Cli) -> Result<bool, CliError> {
    let name = path.display().to_string();
    let input: Box<dyn Read> = if name == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(|source| CliError::Read {
            path: name.clone(),
            source,
        })?)
    };
    let feeder = newsprint::stream::Feeder::with_max_article(cli.max_article);
    let mut skipped = false;
    let mut index = 0;
    for item in newsprint::stream::ArticleReader::with_feeder(input, feeder, 1 << 16) {
        match item {
            Ok(article) => {
                write_record(out, &name, index, article.offset, &article.bytes, cli)?;
                index += 1;
            }
            Err(newsprint::Error::Io(e)) => {
                let source = io::Error::new(e.kind(), e.to_string());
                return Err(CliError::Read { path: name, source });
            }
            Err(e) => {
                eprintln!(
                    "newsprint: {}",
                    CliError::Stream {
                        path: name.clone(),
                        source: e
                    }
                );
                skipped = true;
            }
        }
    }
    Ok(skipped)
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
        let result = if cli.split {
            emit_stream(&mut out, path, &cli)
        } else {
            emit_whole(&mut out, path, &cli).map(|()| false)
        };
        match result {
            Ok(false) => {}
            Ok(true) => status = ExitCode::FAILURE,
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
