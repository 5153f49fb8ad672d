//! A static, self-contained HTML page of flags and their review status, each claim highlighted
//! in its article context. No scripts, no external resources: it opens anywhere and can be
//! mailed as one file.

use contra_text::flag::{Flag, Side, Status};

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The paragraph holding the claim, with the claim in `<mark>`.
fn context_html(side: &Side) -> String {
    let chars: Vec<char> = side.article_text.chars().collect();
    let (start, end) = (side.start.min(chars.len()), side.end.min(chars.len()));
    let from = chars[..start]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1)
        .max(start.saturating_sub(500));
    let to = chars[end..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |p| end + p)
        .min(end + 500);
    let s = |a: usize, b: usize| esc(&chars[a..b].iter().collect::<String>());
    format!(
        "{}<mark>{}</mark>{}",
        s(from, start),
        s(start, end),
        s(end, to)
    )
}

fn side_html(side: &Side, name: &str) -> String {
    let mut who = esc(&side.speaker);
    if let Some(r) = &side.role {
        who.push_str(&format!(", {}", esc(r)));
    }
    if let Some(o) = &side.org {
        who.push_str(&format!(" ({})", esc(o)));
    }
    format!(
        "<div class=\"side\"><div class=\"who\"><span class=\"tag\">{name}</span> {who} <span class=\"kind\">{}</span></div>\
         <div class=\"title\">{} <span class=\"path\">{}</span></div><p class=\"ctx\">{}</p></div>",
        side.kind.as_str(),
        esc(&side.title),
        esc(&side.path),
        context_html(side)
    )
}

pub fn html(flags: &[Flag], title: &str) -> String {
    let count = |s: Status| flags.iter().filter(|f| f.status == s).count();
    let mut body = String::new();
    for f in flags {
        let status = f.status.as_str();
        body.push_str(&format!(
            "<section class=\"flag {status}\" id=\"{id}\">\
             <header><span class=\"label {label}\">{label}</span> <span class=\"score\">{score:.3}</span> \
             <span class=\"status\">{status}</span>{probe} <span class=\"meta\">a→b {pab:.2} · b→a {pba:.2} · topic {sim:.2} · {id}</span></header>\
             {a}{b}{note}</section>\n",
            id = esc(&f.id),
            label = f.label.as_str(),
            score = f.score,
            probe = if f.probe { " <span class=\"probe\">probe</span>" } else { "" },
            pab = f.p_ab,
            pba = f.p_ba,
            sim = f.similarity,
            a = side_html(&f.a, "A"),
            b = side_html(&f.b, "B"),
            note = f
                .note
                .as_deref()
                .map(|n| format!(
                    "<p class=\"note\">Note ({}): {}</p>",
                    esc(f.reviewer.as_deref().unwrap_or("")),
                    esc(n)
                ))
                .unwrap_or_default(),
        ));
    }
    if flags.is_empty() {
        body.push_str("<p>No flags in this database yet: run <code>contra score</code> first.</p>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{CSS}</style></head><body><h1>{title}</h1>\
<p class=\"summary\">{n} flags: {c} confirmed, {r} rejected, {u} unreviewed</p>\n{body}</body></html>\n",
        title = esc(title),
        n = flags.len(),
        c = count(Status::Confirmed),
        r = count(Status::Rejected),
        u = count(Status::Unreviewed),
    )
}

const CSS: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;background:#fafafa}\
h1{font-size:1.5em;margin-bottom:.2em}.summary{color:#555}\
.flag{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;margin:1.2em 0;padding:.8em 1em}\
.flag.confirmed{border-left-color:#2a9d4b}.flag.rejected{border-left-color:#bbb;opacity:.75}.flag.unreviewed{border-left-color:#e0a100}\
header{display:flex;gap:.6em;align-items:baseline;flex-wrap:wrap}\
.label{font-weight:700;text-transform:uppercase;color:#fff;background:#c0392b;padding:0 .5em;border-radius:3px}\
.label.denial{background:#8e44ad}.score{font-weight:700;font-size:1.1em}\
.status{font-variant:small-caps}.probe{background:#2a9d4b;color:#fff;padding:0 .4em;border-radius:3px}\
.meta{color:#777;font-size:.85em}.side{margin-top:.7em}.who{font-weight:600}\
.tag{display:inline-block;width:1.4em;text-align:center;background:#333;color:#fff;border-radius:3px}\
.kind{color:#777;font-weight:400;font-size:.85em}.title{color:#1f6f8b;font-size:.9em}.path{color:#999}\
.ctx{margin:.3em 0 0;color:#444}mark{background:#ffe58a;padding:0 .1em}.note{font-style:italic;color:#555}";
