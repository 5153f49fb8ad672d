//! A mutational fuzzer for the input readers and the extractor, for machines without a nightly
//! toolchain (cargo-fuzz needs one). Inputs are the fixture articles (and their JSON, JSONL and
//! review-export forms) mutated by byte flips, inserted punctuation and quote marks, invalid
//! UTF-8, deletions, duplications, splices and long repeats. Each input goes to one target:
//! - `article`: `parse_records` under a random extension, then `extract` on what it read;
//! - `jsonl`: the JSONL article reader;
//! - `labels`: the `import-labels` reader (`jsonl::parse::<Review>`).
//!
//! Input i is generated from (seed, i) alone, so a run resumes where its progress file says and
//! any failure is reproduced with `--from i --inputs 1`. It fails (exit 1) on a panic (the input
//! is written to crash-<i>.bin) or an input slower than 1 s, and reports peak memory.
//!
//! `--target article|jsonl|labels` sends every input to that one target instead.
//!
//!   cargo run --release -p contra-text --example fuzz -- [--inputs N] [--from I] [--threads T]
//!       [--seed S] [--progress FILE] [--target NAME]

use contra_text::article::parse_records;
use contra_text::claims::extract;
use contra_text::flag::Review;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const MAX_INPUT: usize = 64 * 1024;
const SLOW: Duration = Duration::from_secs(1);

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn seeds(root: &Path) -> Vec<Vec<u8>> {
    let mut texts = Vec::new();
    for dir in [
        "tests/fixtures/extract",
        "tests/fixtures/score",
        "tests/fixtures/html",
    ] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt" || x == "html") {
                    texts.push(std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
    }
    texts.sort();
    let mut out: Vec<Vec<u8>> = Vec::new();
    for t in &texts {
        out.push(t.clone().into_bytes());
        let json = serde_json::json!({"title": "T", "text": t, "source": "Wire"}).to_string();
        out.push(json.clone().into_bytes());
        out.push(format!("[{json},{json}]").into_bytes());
        out.push(format!("{json}\n{json}\n").into_bytes());
    }
    out.push(
        br#"{"flag":"f1","decision":"confirmed","note":null,"reviewer":"r","at":"1.0","undone":false,"label":"contradiction","score":0.9,"p_ab":0.9,"p_ba":0.8,"similarity":0.4,"probe":false,"model":"m","thresholds_version":0,"a_text":"A","b_text":"B"}"#
            .to_vec(),
    );
    out
}

/// Bytes that steer the readers and the extractor into their corners.
const SPICE: &[&[u8]] = &[
    "“".as_bytes(),
    "”".as_bytes(),
    "‘".as_bytes(),
    "’".as_bytes(),
    "«".as_bytes(),
    "»".as_bytes(),
    b"\"",
    b"'",
    b"''",
    b"\n",
    b"\n\n",
    b":",
    b",",
    b".",
    b"(",
    b")",
    b"{",
    b"}",
    b"[",
    b"]",
    b"\\",
    b"\0",
    b"\xff",
    b"\xe2\x80",
    b" said ",
    b" denied ",
    b" according to ",
    b" he said.",
    b" Mr. ",
    b"\xef\xbb\xbf",
    b"\t",
    b"\r\n",
    "—".as_bytes(),
    b"(R-Pa.)",
    b" that ",
    b"\"text\":",
    b"\"title\":",
    b"null",
    b"1e999",
    b"-",
];

fn mutate(input: &mut Vec<u8>, pool: &[Vec<u8>], rng: &mut StdRng) {
    for _ in 0..rng.gen_range(1..=4) {
        let len = input.len().max(1);
        match rng.gen_range(0..8) {
            0 if !input.is_empty() => {
                let i = rng.gen_range(0..input.len());
                input[i] ^= 1 << rng.gen_range(0..8);
            }
            1 | 2 => {
                let at = rng.gen_range(0..=input.len());
                let s = SPICE[rng.gen_range(0..SPICE.len())];
                input.splice(at..at, s.iter().copied());
            }
            3 if !input.is_empty() => {
                let a = rng.gen_range(0..input.len());
                let b = (a + rng.gen_range(0..len.min(200))).min(input.len());
                input.drain(a..b);
            }
            4 if !input.is_empty() => {
                let a = rng.gen_range(0..input.len());
                let b = (a + rng.gen_range(1..len.min(400) + 1)).min(input.len());
                let chunk = input[a..b].to_vec();
                let most = if rng.gen_bool(0.1) { 200 } else { 3 };
                for _ in 0..rng.gen_range(1..=most) {
                    input.extend_from_slice(&chunk);
                }
            }
            5 => {
                let other = &pool[rng.gen_range(0..pool.len())];
                let a = rng.gen_range(0..=other.len());
                let b = rng.gen_range(a..=other.len());
                let at = rng.gen_range(0..=input.len());
                input.splice(at..at, other[a..b].iter().copied());
            }
            6 => input.truncate(rng.gen_range(0..=input.len())),
            _ => {
                let at = rng.gen_range(0..=input.len());
                let n = rng.gen_range(1..8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.gen()).collect();
                input.splice(at..at, bytes);
            }
        }
    }
    input.truncate(MAX_INPUT);
}

/// The targets by name, each as the first of its draws in `run_one`.
const TARGETS: [(&str, u32); 3] = [("article", 0), ("jsonl", 12), ("labels", 17)];

/// Runs input `i` (on `only`, when given, else on the target it draws); returns how long it
/// took, or the panic's message.
fn run_one(
    i: u64,
    seed: u64,
    pool: &[Vec<u8>],
    only: Option<u32>,
) -> (Vec<u8>, Result<Duration, String>) {
    let mut rng = StdRng::seed_from_u64(seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut input = pool[rng.gen_range(0..pool.len())].clone();
    mutate(&mut input, pool, &mut rng);
    let drawn = rng.gen_range(0..20);
    let target = only.unwrap_or(drawn);
    let bytes = input.clone();
    let start = Instant::now();
    let r = std::panic::catch_unwind(move || match target {
        0..=11 => {
            let ext = ["txt", "json", "jsonl", "md", "html"][rng.gen_range(0..5)];
            let articles: Vec<_> = parse_records(&format!("in.{ext}"), bytes)
                .into_iter()
                .filter_map(Result::ok)
                .collect();
            let x = extract(articles);
            for c in &x.claims {
                assert!(c.start <= c.end, "claim offsets out of order");
            }
        }
        12..=16 => {
            let _ = parse_records("in.jsonl", bytes);
        }
        _ => {
            let text = String::from_utf8_lossy(&bytes);
            let _ = contra_text::jsonl::parse::<Review>(Path::new("in.jsonl"), &text);
        }
    });
    let took = start.elapsed();
    (
        input,
        r.map(|_| took).map_err(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        }),
    )
}

fn rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let total = arg(&args, "--inputs", 10_000_000);
    let seed = arg(&args, "--seed", 20261126);
    let threads = arg(&args, "--threads", 2).max(1);
    let progress_file = args
        .iter()
        .position(|a| a == "--progress")
        .and_then(|i| args.get(i + 1).cloned());
    let from = progress_file
        .as_ref()
        .and_then(|f| std::fs::read_to_string(f).ok())
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| arg(&args, "--from", 0));
    let only = match args.iter().position(|a| a == "--target") {
        None => None,
        Some(i) => {
            let name = args.get(i + 1).map_or("", String::as_str);
            match TARGETS.iter().find(|(n, _)| *n == name) {
                Some(&(_, t)) => Some(t),
                None => {
                    eprintln!("fuzz: unknown --target {name:?}: use article, jsonl or labels");
                    std::process::exit(2);
                }
            }
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pool = seeds(&root);
    std::panic::set_hook(Box::new(|_| {}));
    eprintln!(
        "fuzz: {} seed inputs, inputs {from}..{total}, {threads} threads",
        pool.len()
    );
    let next = AtomicU64::new(from);
    let done = AtomicU64::new(from);
    let slowest = AtomicU64::new(0);
    let failures = AtomicU64::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let (input, r) = run_one(i, seed, &pool, only);
                match r {
                    Ok(took) => {
                        slowest.fetch_max(took.as_micros() as u64, Ordering::Relaxed);
                        if took > SLOW {
                            failures.fetch_add(1, Ordering::Relaxed);
                            let _ = std::fs::write(format!("slow-{i}.bin"), &input);
                            eprintln!("fuzz: input {i} took {took:?} (slow-{i}.bin)");
                        }
                    }
                    Err(msg) => {
                        failures.fetch_add(1, Ordering::Relaxed);
                        let _ = std::fs::write(format!("crash-{i}.bin"), &input);
                        eprintln!("fuzz: input {i} panicked: {msg} (crash-{i}.bin)");
                    }
                }
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_multiple_of(100_000) {
                    eprintln!(
                        "fuzz: {n} inputs, {:.0} s, slowest {} ms, peak RSS {} MB, {} failures",
                        start.elapsed().as_secs_f64(),
                        slowest.load(Ordering::Relaxed) / 1000,
                        rss_mb(),
                        failures.load(Ordering::Relaxed)
                    );
                    if let Some(f) = &progress_file {
                        // Inputs below n - threads are all done; resuming there repeats a few.
                        let safe = n.saturating_sub(threads * 2);
                        let _ = std::fs::write(f, format!("{safe} inputs done (seed {seed})\n"));
                    }
                }
            });
        }
    });
    let n = done.load(Ordering::Relaxed);
    let f = failures.load(Ordering::Relaxed);
    println!(
        "fuzz: {} inputs ({from}..{n}) in {:.0} s, slowest {} ms, peak RSS {} MB, {f} failures",
        n - from,
        start.elapsed().as_secs_f64(),
        slowest.load(Ordering::Relaxed) / 1000,
        rss_mb()
    );
    if let Some(file) = &progress_file {
        let _ = std::fs::write(file, format!("{n} inputs done (seed {seed})\n"));
    }
    std::process::exit(i32::from(f > 0));
}
