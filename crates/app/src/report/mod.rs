//! A static, self-contained HTML page of flags and their review status, each claim highlighted
//! in its article context. No scripts, no external resources: it opens anywhere and can be
//! mailed as one file.

use contra_text::article::normalize::clip;
use contra_text::dispute::{disputes, Dispute};
use contra_text::flag::{Flag, Side, Status};
use std::collections::HashMap;

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
    let (from, to) = side.paragraph(&chars, 500);
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

/// One flag's card.
fn flag_html(f: &Flag) -> String {
    let status = f.status.as_str();
    format!(
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
    )
}

/// One dispute: who against whom, about what, where, and its flags as evidence.
fn dispute_html(d: &Dispute, by_id: &HashMap<&str, &Flag>) -> String {
    let articles: Vec<String> = d
        .articles
        .iter()
        .map(|a| match &a.published {
            Some(date) => format!(
                "{} <span class=\"path\">{}</span>",
                esc(&a.title),
                esc(date)
            ),
            None => esc(&a.title),
        })
        .collect();
    let evidence: String = d
        .flags
        .iter()
        .filter_map(|id| by_id.get(id.as_str()))
        .map(|f| flag_html(f))
        .collect();
    format!(
        "<section class=\"dispute {status}\" id=\"{id}\"><h2>{a} <span class=\"vs\">vs</span> {b}</h2>\
         <p class=\"meta\">about <b>{topic}</b> · {n} · max {max:.3} · {status} ({reviewed} reviewed) · {id}</p>\
         <p class=\"title\">{articles}</p>{evidence}</section>\n",
        id = esc(&d.id),
        status = d.status.as_str(),
        a = esc(&d.speakers[0].display()),
        b = esc(&d.speakers[1].display()),
        topic = esc(&d.topic.join(", ")),
        n = plural(d.flags.len(), "flag"),
        max = d.max_score,
        reviewed = d.reviewed,
        articles = articles.join(" · "),
    )
}

fn plural(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}

/// Who disputes with whom: one row per pair of parties, most flags first.
struct Overview {
    /// (party a, party b, disputes, flags, max score, confirmed disputes)
    rows: Vec<(String, String, usize, usize, f32, usize)>,
}

impl Overview {
    fn new(disputes: &[Dispute]) -> Overview {
        let mut rows: Vec<(String, String, usize, usize, f32, usize)> = Vec::new();
        for d in disputes {
            let (a, b) = (d.speakers[0].display(), d.speakers[1].display());
            let confirmed = usize::from(d.status == Status::Confirmed);
            match rows.iter_mut().find(|r| r.0 == a && r.1 == b) {
                Some(r) => {
                    r.2 += 1;
                    r.3 += d.flags.len();
                    r.4 = r.4.max(d.max_score);
                    r.5 += confirmed;
                }
                None => rows.push((a, b, 1, d.flags.len(), d.max_score, confirmed)),
            }
        }
        rows.sort_by(|x, y| y.3.cmp(&x.3).then_with(|| y.4.total_cmp(&x.4)));
        Overview { rows }
    }

    fn table(&self) -> String {
        let rows: String = self
            .rows
            .iter()
            .map(|(a, b, n, flags, max, confirmed)| {
                format!(
                    "<tr><td>{}</td><td>{}</td><td>{n}</td><td>{flags}</td><td>{max:.3}</td><td>{confirmed}</td></tr>",
                    esc(a),
                    esc(b)
                )
            })
            .collect();
        format!(
            "<table class=\"pairs\"><thead><tr><th>side</th><th>against</th><th>disputes</th>\
             <th>flags</th><th>max score</th><th>confirmed</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    }

    /// The parties on a circle, a line between two for each pair that disputes, thicker with
    /// more flags. Inline SVG: no scripts, and a hover shows each line's counts.
    fn graph(&self) -> String {
        let mut parties: Vec<&str> = Vec::new();
        for (a, b, ..) in self.rows.iter().take(GRAPH_PAIRS) {
            for p in [a, b] {
                if !parties.contains(&p.as_str()) {
                    parties.push(p);
                }
            }
        }
        if parties.is_empty() {
            return String::new();
        }
        // An ellipse wider than tall: labels run sideways.
        let (w, h, rx, ry) = (760.0f32, 520.0f32, 250.0f32, 200.0f32);
        let at = |i: usize| {
            let t = std::f32::consts::TAU * i as f32 / parties.len() as f32
                - std::f32::consts::FRAC_PI_2;
            (w / 2.0 + rx * t.cos(), h / 2.0 + ry * t.sin(), t.cos())
        };
        let index = |p: &str| parties.iter().position(|q| *q == p).unwrap_or(0);
        let mut svg = format!(
            "<svg class=\"graph\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" \
             aria-label=\"who disputes with whom\">"
        );
        for (a, b, n, flags, ..) in self.rows.iter().take(GRAPH_PAIRS) {
            let ((x1, y1, _), (x2, y2, _)) = (at(index(a)), at(index(b)));
            svg.push_str(&format!(
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke-width=\"{:.1}\">\
                 <title>{} vs {}: {}, {}</title></line>",
                1.0 + 2.0 * (*flags as f32).ln_1p(),
                esc(a),
                esc(b),
                plural(*n, "dispute"),
                plural(*flags, "flag"),
            ));
        }
        for (i, p) in parties.iter().enumerate() {
            let (x, y, cos) = at(i);
            // Labels point away from the centre; only the top and bottom ones are centred.
            let (anchor, dx, dy) = if cos > 0.1 {
                ("start", 10.0, 4.0)
            } else if cos < -0.1 {
                ("end", -10.0, 4.0)
            } else if y > h / 2.0 {
                ("middle", 0.0, 20.0)
            } else {
                ("middle", 0.0, -12.0)
            };
            svg.push_str(&format!(
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"6\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
                x + dx,
                y + dy,
                esc(&clip(p, 40))
            ));
        }
        svg.push_str("</svg>");
        svg
    }
}

/// At most this many pairs of parties are drawn; the table lists them all.
const GRAPH_PAIRS: usize = 24;

/// The page: an overview of who disputes with whom (a table and a graph), then each dispute
/// with its flags, then the flags in no dispute (probes, one party against itself).
pub fn html(flags: &[Flag], title: &str) -> String {
    let count = |s: Status| flags.iter().filter(|f| f.status == s).count();
    let disputes = disputes(flags);
    let by_id: HashMap<&str, &Flag> = flags.iter().map(|f| (f.id.as_str(), f)).collect();
    let mut body = String::new();
    if !disputes.is_empty() {
        let overview = Overview::new(&disputes);
        body.push_str(&format!(
            "<h2>Who disputes with whom</h2><div class=\"overview\">{}{}</div>\n",
            overview.table(),
            overview.graph()
        ));
    }
    for d in &disputes {
        body.push_str(&dispute_html(d, &by_id));
    }
    let rest: Vec<&Flag> = flags
        .iter()
        .filter(|f| !disputes.iter().any(|d| d.flags.contains(&f.id)))
        .collect();
    if !rest.is_empty() {
        body.push_str("<h2>Other flags and probe items</h2>\n");
        for f in rest {
            body.push_str(&flag_html(f));
        }
    }
    if flags.is_empty() {
        body.push_str("<p>No flags in this database yet: run <code>contra score</code> first.</p>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{CSS}</style></head><body><h1>{title}</h1>\
<p class=\"summary\">{d} · {n}: {c} confirmed, {r} rejected, {u} unreviewed</p>\n{body}</body></html>\n",
        title = esc(title),
        d = plural(disputes.len(), "dispute"),
        n = plural(flags.len(), "flag"),
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
.ctx{margin:.3em 0 0;color:#444}mark{background:#ffe58a;padding:0 .1em}.note{font-style:italic;color:#555}\
h2{font-size:1.2em;margin:.2em 0}.vs{color:#999;font-weight:400}\
.dispute{border-top:3px solid #333;margin:2.2em 0 1em;padding-top:.6em}.dispute.confirmed{border-top-color:#2a9d4b}\
.dispute.rejected{border-top-color:#bbb;opacity:.8}.dispute .flag{margin-left:1.2em}\
.overview{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}\
table.pairs{border-collapse:collapse;background:#fff}table.pairs td,table.pairs th{border:1px solid #ddd;padding:.2em .6em;text-align:left}\
.graph{background:#fff;border:1px solid #ddd;border-radius:6px;max-width:100%;height:auto}\
.graph line{stroke:#c0392b;stroke-opacity:.6}.graph circle{fill:#333}.graph text{font-size:12px;fill:#222}";
