//! `newsprint`: print one JSON record per article (shared/docs/OUTPUT.md).
//!
//! Reads each FILE (or standard input for `-` or no FILE), parses it as one
//! article, or as many with `--split`, and writes JSON Lines to standard
//! output as it goes. A file that cannot be read, or an article over
//! `--max-article`, is reported on stderr and skipped; the exit status is
//! then 1. With `-j N`, N threads parse while the output keeps input order.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};

use bytes::Bytes;
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsprint::record::Record;
use newsprint::split::Delimiter;
use newsprint::stream::{ArticleReader, Feeder};
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

    /// Each input holds many articles, separated by a delimiter line (by
    /// default a line holding only a form feed). They are read as a stream,
    /// in memory bounded by `--max-article`.
    #[arg(long)]
    split: bool,

    /// With --split: the text of the line that separates articles (up to
    /// 32 bytes; `\f` stands for a form feed).
    #[arg(long, value_name = "LINE", default_value = "\\f", value_parser = parse_delimiter)]
    delimiter: Delimiter,

    /// With --split: the longest article kept, in bytes; a longer one is
    /// reported on stderr and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = newsprint::stream::DEFAULT_MAX_ARTICLE)]
    max_article: usize,

    /// Parse on N threads; the output stays in input order.
    #[arg(short = 'j', long = "jobs", value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    jobs: u16,

    /// Article files; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
}

fn parse_delimiter(text: &str) -> Result<Delimiter, newsprint::Error> {
    Delimiter::new(text.replace("\\f", "\x0c").as_bytes())
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

/// One article to parse: where it came from and its bytes.
struct Job {
    source: Arc<str>,
    index: usize,
    offset: u64,
    bytes: Bytes,
}

/// Parse one article and append its JSON line to `out`.
fn render(job: &Job, options: &Options, out: &mut Vec<u8>) {
    let parsed = newsprint::parse_with(&job.bytes, options);
    let record = Record::new(&parsed, &job.source, job.index, job.offset);
    let start = out.len();
    if let Err(e) = serde_json::to_writer(&mut *out, &record) {
        // Serialising plain structs of strings and numbers cannot fail; if it
        // ever did, say so in the output rather than lose the article.
        out.truncate(start);
        out.extend_from_slice(format!("{{\"error\":\"{e}\"}}").as_bytes());
    }
    out.push(b'\n');
}

fn open(path: &PathBuf) -> Result<(String, Box<dyn Read>), CliError> {
    let name = path.display().to_string();
    if name == "-" {
        return Ok((name, Box::new(io::stdin().lock())));
    }
    match std::fs::File::open(path) {
        Ok(f) => Ok((name, Box::new(f))),
        Err(source) => Err(CliError::Read { path: name, source }),
    }
}

/// The articles of all inputs, in order: whole files, or streamed with
/// `--split`. Problems are handed to `report` and the walk goes on.
fn for_each_job(
    cli: &Cli,
    files: &[PathBuf],
    progress: &ProgressBar,
    report: &mut dyn FnMut(CliError),
    each: &mut dyn FnMut(Job) -> Result<(), CliError>,
) -> Result<(), CliError> {
    for path in files {
        let (name, mut input) = match open(path) {
            Ok(opened) => opened,
            Err(e) => {
                report(e);
                continue;
            }
        };
        let source: Arc<str> = Arc::from(name.as_str());
        if !cli.split {
            let mut buf = Vec::new();
            match input.read_to_end(&mut buf) {
                Ok(_) => {
                    progress.inc(buf.len() as u64);
                    each(Job {
                        source,
                        index: 0,
                        offset: 0,
                        bytes: Bytes::from(buf),
                    })?;
                }
                Err(source) => report(CliError::Read { path: name, source }),
            }
            continue;
        }
        let feeder = Feeder::with_max_article(cli.max_article).delimiter(cli.delimiter);
        let mut index = 0;
        for item in ArticleReader::with_feeder(input, feeder, 1 << 16) {
            match item {
                Ok(article) => {
                    progress.inc(article.bytes.len() as u64);
                    each(Job {
                        source: source.clone(),
                        index,
                        offset: article.offset,
                        bytes: article.bytes,
                    })?;
                    index += 1;
                }
                Err(newsprint::Error::Io(e)) => {
                    let source = io::Error::new(e.kind(), e.to_string());
                    report(CliError::Read { path: name, source });
                    break;
                }
                Err(e) => {
                    if let newsprint::Error::ArticleTooLarge { len, .. } = e {
                        progress.inc(len);
                    }
                    report(CliError::Stream {
                        path: name.clone(),
                        source: e,
                    });
                }
            }
        }
    }
    Ok(())
}

/// A bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(files: &[PathBuf]) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let sizes: Option<u64> = files
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len())
        })
        .sum();
    let bar = match sizes {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let style = ProgressStyle::with_template(
        "{spinner} {bytes}/{total_bytes} {wide_bar} {bytes_per_sec} eta {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<bool, CliError> {
    let files = if cli.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.files.clone()
    };
    let options = Options::new().plain(cli.plain).reference_date(cli.date);
    let progress = progress_bar(&files);
    let mut failed = false;
    let mut report = |e: CliError| {
        progress.suspend(|| eprintln!("newsprint: {e}"));
        failed = true;
    };
    if cli.jobs <= 1 {
        let mut line = Vec::new();
        for_each_job(cli, &files, &progress, &mut report, &mut |job| {
            line.clear();
            render(&job, &options, &mut line);
            out.write_all(&line)?;
            Ok(())
        })?;
    } else {
        run_parallel(cli, &files, &options, &progress, &mut report, out)?;
    }
    progress.finish_and_clear();
    Ok(failed)
}

/// A batch closes at this many input bytes or articles, unless a worker is
/// waiting: then it goes at once. Busy workers thus get work in batches (one
/// wake-up per batch, not per article), idle ones get it without delay.
const BATCH_BYTES: usize = 64 << 10;
const BATCH_ARTICLES: usize = 256;

/// Parse on `cli.jobs` threads. At most `window` batches are in flight, so
/// memory stays bounded by `window` batches however uneven their cost; the
/// records are written in input order.
fn run_parallel(
    cli: &Cli,
    files: &[PathBuf],
    options: &Options,
    progress: &ProgressBar,
    report: &mut dyn FnMut(CliError),
    out: &mut impl Write,
) -> Result<(), CliError> {
    let threads = usize::from(cli.jobs);
    let window = threads * 4;
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Vec<Job>)>(window);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<u8>)>();
    // Workers waiting for a batch.
    let idle = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            let idle = &idle;
            scope.spawn(move || loop {
                idle.fetch_add(1, Ordering::Relaxed);
                let next = job_rx.lock().map(|rx| rx.recv());
                idle.fetch_sub(1, Ordering::Relaxed);
                let Ok(Ok((seq, batch))) = next else { break };
                let mut lines = Vec::new();
                for job in &batch {
                    render(job, options, &mut lines);
                }
                if done_tx.send((seq, lines)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let mut pending: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
        let mut sent = 0usize;
        let mut written = 0usize;
        let mut batch: Vec<Job> = Vec::new();
        let mut batch_bytes = 0usize;
        let mut send = |batch: Vec<Job>, pending: &mut BTreeMap<usize, Vec<u8>>| {
            while sent - written >= window && receive(&done_rx, pending, &mut written, out)? {}
            job_tx
                .send((sent, batch))
                .map_err(|_| CliError::Write(io::Error::other("worker threads stopped")))?;
            sent += 1;
            Ok::<(), CliError>(())
        };
        let result = for_each_job(cli, files, progress, report, &mut |job| {
            batch_bytes += job.bytes.len();
            batch.push(job);
            if batch_bytes >= BATCH_BYTES
                || batch.len() >= BATCH_ARTICLES
                || idle.load(Ordering::Relaxed) > 0
            {
                batch_bytes = 0;
                send(std::mem::take(&mut batch), &mut pending)?;
            }
            Ok(())
        });
        if result.is_ok() && !batch.is_empty() {
            send(std::mem::take(&mut batch), &mut pending)?;
        }
        drop(job_tx);
        result?;
        while written < sent && receive(&done_rx, &mut pending, &mut written, out)? {}
        Ok(())
    })
}

/// Wait for one finished batch, then write every batch that is next in
/// order. False when the workers have stopped.
fn receive(
    done_rx: &mpsc::Receiver<(usize, Vec<u8>)>,
    pending: &mut BTreeMap<usize, Vec<u8>>,
    written: &mut usize,
    out: &mut impl Write,
) -> Result<bool, CliError> {
    let Ok((seq, lines)) = done_rx.recv() else {
        return Ok(false);
    };
    pending.insert(seq, lines);
    while let Some(lines) = pending.remove(written) {
        out.write_all(&lines)?;
        *written += 1;
    }
    Ok(true)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let status = match run(&cli, &mut out) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::FAILURE,
        Err(CliError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("newsprint: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("newsprint: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    status
}
