//! The review screen: a queue of unreviewed flags (and probe items), highest score first, one
//! decision at a time, each saved the moment it is made.
//!
//! [`App`] is the state machine (keys in, store writes out) and [`draw`] renders it; both are
//! independent of the terminal, so tests drive them with ratatui's `TestBackend`.

use contra_store::{FlagQuery, Store};
use contra_text::dispute::{disputes, Dispute};
use contra_text::error::Result;
use contra_text::flag::{Decision, Flag, Side, Status};
use contra_text::verdict::Label;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// What the queue holds.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub label: Option<Label>,
    pub article: Option<String>,
    /// Case-insensitive text that a speaker, claim or article title must contain.
    pub text: Option<String>,
}

impl QueueFilter {
    fn is_empty(&self) -> bool {
        self.label.is_none() && self.article.is_none() && self.text.is_none()
    }
}

/// How many unreviewed items the screen holds at once: the highest-scoring ones. A store of a
/// million flags opens in well under a second; the next window loads when this one is done.
pub const QUEUE_WINDOW: usize = 5_000;

/// The queue of unreviewed items, highest score first (at most [`QUEUE_WINDOW`]), and how
/// many unreviewed items there are in all.
/// The filter is applied by the store, so it finds matches among every unreviewed item, not
/// only among the window loaded.
pub fn queue(store: &Store, filter: &QueueFilter) -> Result<(Vec<Flag>, usize)> {
    let q = FlagQuery {
        status: Some(Status::Unreviewed),
        probes: true,
        limit: Some(QUEUE_WINDOW),
        context: true,
        label: filter.label,
        article: filter.article.clone(),
        text: filter.text.clone(),
        ..Default::default()
    };
    let items = store.flags_page(&q)?;
    // Counting every match of a text filter reads every flag; when the window is not full,
    // it holds them all.
    let total = if items.len() < QUEUE_WINDOW && !filter.is_empty() {
        items.len()
    } else {
        store.count_flags(&q)?
    };
    Ok((items, total))
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Note(String),
    Filter(String),
    Help,
    /// The current flag's dispute, with all its evidence: `y`/`n` decide every flag of it.
    Dispute,
}

/// What one key decided in this session, for undo: one flag, or every flag of a dispute.
#[derive(Debug, Clone)]
struct Done {
    reviews: Vec<i64>,
    /// The items it took off the queue, with where each stood, in queue order.
    items: Vec<(usize, Flag)>,
}

pub struct App {
    pub items: Vec<Flag>,
    pub pos: usize,
    pub mode: Mode,
    pub reviewer: String,
    pub filter: QueueFilter,
    /// Note for the current item, saved with its decision.
    pub note: Option<String>,
    pub message: String,
    pub saved: usize,
    done: Vec<Done>,
    total: usize,
    /// The current flag's dispute and its flags, strongest first, while `Mode::Dispute` shows it.
    pub dispute: Option<(Dispute, Vec<Flag>)>,
    /// Show the whole paragraph around each claim, not only its sentences (`c`).
    pub paragraphs: bool,
}

/// What the caller should do after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Continue,
    /// A decision was written and committed: (flag id, decision).
    Saved(String, Decision),
    /// The store was busy past its timeout: nothing was written, the item stays, and
    /// `message` says to press the key again.
    NotSaved,
    Quit,
}

impl App {
    pub fn new(store: &Store, reviewer: &str, filter: QueueFilter) -> Result<App> {
        let (items, total) = queue(store, &filter)?;
        Ok(App {
            total,
            items,
            pos: 0,
            mode: Mode::Normal,
            reviewer: reviewer.to_owned(),
            filter,
            note: None,
            message: String::new(),
            saved: 0,
            done: Vec::new(),
            dispute: None,
            paragraphs: false,
        })
    }

    pub fn current(&self) -> Option<&Flag> {
        self.items.get(self.pos)
    }

    /// Handles one key. Decisions are written before this returns.
    pub fn handle(&mut self, key: KeyEvent, store: &Store) -> Result<Outcome> {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Ok(Outcome::Quit);
        }
        match self.mode.clone() {
            Mode::Help => {
                self.mode = Mode::Normal;
                Ok(Outcome::Continue)
            }
            Mode::Dispute => match key.code {
                KeyCode::Char('y') => self.decide_dispute(store, Decision::Confirmed),
                KeyCode::Char('n') => self.decide_dispute(store, Decision::Rejected),
                KeyCode::Char('q') => Ok(Outcome::Quit),
                _ => {
                    self.mode = Mode::Normal;
                    self.dispute = None;
                    Ok(Outcome::Continue)
                }
            },
            Mode::Note(mut s) | Mode::Filter(mut s) => {
                let is_note = matches!(self.mode, Mode::Note(_));
                match key.code {
                    KeyCode::Esc => self.mode = Mode::Normal,
                    KeyCode::Enter => {
                        self.mode = Mode::Normal;
                        if is_note {
                            self.note = (!s.trim().is_empty()).then(|| s.trim().to_owned());
                            self.message = "note kept: it is saved with your decision".into();
                        } else {
                            self.filter.text = (!s.trim().is_empty()).then(|| s.trim().to_owned());
                            self.reload(store)?;
                        }
                    }
                    KeyCode::Backspace => {
                        s.pop();
                        self.mode = if is_note {
                            Mode::Note(s)
                        } else {
                            Mode::Filter(s)
                        };
                    }
                    KeyCode::Char(c) => {
                        s.push(c);
                        self.mode = if is_note {
                            Mode::Note(s)
                        } else {
                            Mode::Filter(s)
                        };
                    }
                    _ => {}
                }
                Ok(Outcome::Continue)
            }
            Mode::Normal => match key.code {
                KeyCode::Char('q') | KeyCode::Esc => Ok(Outcome::Quit),
                KeyCode::Char('?') => {
                    self.mode = Mode::Help;
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('y') => self.decide(store, Decision::Confirmed),
                KeyCode::Char('n') => self.decide(store, Decision::Rejected),
                KeyCode::Char('s') | KeyCode::Right | KeyCode::Char('j') => {
                    if self.pos < self.items.len() {
                        self.pos += 1;
                        self.note = None;
                        self.message = "skipped".into();
                    }
                    Ok(Outcome::Continue)
                }
                KeyCode::Left | KeyCode::Char('k') => {
                    self.pos = self.pos.saturating_sub(1);
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('u') => {
                    match self.done.pop() {
                        Some(d) => {
                            for review in &d.reviews {
                                store.undo_review(*review)?;
                            }
                            self.saved -= d.items.len();
                            self.message = match d.reviews.len() {
                                1 => "undone".into(),
                                n => format!("undone: {n} decisions on one dispute"),
                            };
                            // Back where they stood, the cursor on the first of them.
                            if let Some((first, _)) = d.items.first() {
                                self.pos = *first;
                            }
                            for (at, item) in d.items {
                                self.items.insert(at.min(self.items.len()), item);
                            }
                        }
                        None => self.message = "nothing to undo in this session".into(),
                    }
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('d') => {
                    self.open_dispute(store)?;
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('c') => {
                    self.paragraphs = !self.paragraphs;
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('e') => {
                    self.mode = Mode::Note(self.note.clone().unwrap_or_default());
                    Ok(Outcome::Continue)
                }
                KeyCode::Char('/') => {
                    // A new filter starts empty; Enter on nothing clears the old one.
                    self.mode = Mode::Filter(String::new());
                    Ok(Outcome::Continue)
                }
                _ => Ok(Outcome::Continue),
            },
        }
    }

    fn decide(&mut self, store: &Store, decision: Decision) -> Result<Outcome> {
        let Some(item) = self.items.get(self.pos).cloned() else {
            self.message = "nothing left to review".into();
            return Ok(Outcome::Continue);
        };
        // Another contra writing (a long run's final commit) can hold the lock past the busy
        // timeout: the decision stays on screen, unsaved, and the reviewer is told to press
        // the key again. The screen never quits over it.
        let review =
            match store.record_review(&item.id, decision, self.note.as_deref(), &self.reviewer) {
                Ok(r) => r,
                Err(contra_text::error::Error::StoreBusy(_)) => {
                    self.message = not_saved(decision);
                    return Ok(Outcome::NotSaved);
                }
                Err(e) => return Err(e),
            };
        self.items.remove(self.pos);
        self.saved += 1;
        // The window is done: the next highest-scoring unreviewed items.
        if self.items.is_empty() && self.saved < self.total {
            let (items, _) = queue(store, &self.filter)?;
            self.items = items;
            self.pos = 0;
        }
        self.note = None;
        self.message = format!("saved: {} {}", item.id, decision.as_str());
        let id = item.id.clone();
        self.done.push(Done {
            reviews: vec![review],
            items: vec![(self.pos, item)],
        });
        Ok(Outcome::Saved(id, decision))
    }

    /// Finds the current flag's dispute: the flags that name either of its speakers (or their
    /// organisations), grouped as `contra disputes` groups them.
    fn open_dispute(&mut self, store: &Store) -> Result<()> {
        let Some(item) = self.current().cloned() else {
            return Ok(());
        };
        if item.probe {
            self.message = "a probe item is no dispute's evidence".into();
            return Ok(());
        }
        let mut names: Vec<&String> = vec![&item.a.speaker, &item.b.speaker];
        names.extend(item.a.org.iter().chain(&item.b.org));
        let mut flags: Vec<Flag> = Vec::new();
        for name in names {
            let q = FlagQuery {
                text: Some(name.clone()),
                context: true,
                ..Default::default()
            };
            for f in store.flags_page(&q)? {
                if !flags.iter().any(|g| g.id == f.id) {
                    flags.push(f);
                }
            }
        }
        let found = disputes(&flags)
            .into_iter()
            .find(|d| d.flags.contains(&item.id));
        match found {
            Some(d) => {
                let evidence: Vec<Flag> = d
                    .flags
                    .iter()
                    .filter_map(|id| flags.iter().find(|f| &f.id == id).cloned())
                    .collect();
                self.dispute = Some((d, evidence));
                self.mode = Mode::Dispute;
            }
            None => self.message = "this flag is in no dispute (both sides are one party)".into(),
        }
        Ok(())
    }

    /// One decision for every flag of the open dispute that does not have it yet, each stored
    /// per flag (calibration learns from flags); `u` undoes them together.
    fn decide_dispute(&mut self, store: &Store, decision: Decision) -> Result<Outcome> {
        let Some((dispute, flags)) = self.dispute.take() else {
            self.mode = Mode::Normal;
            return Ok(Outcome::Continue);
        };
        let mut reviews = Vec::new();
        for f in flags.iter().filter(|f| f.status != Status::from(decision)) {
            match store.record_review(&f.id, decision, self.note.as_deref(), &self.reviewer) {
                Ok(r) => reviews.push(r),
                Err(contra_text::error::Error::StoreBusy(_)) => {
                    for r in &reviews {
                        store.undo_review(*r)?;
                    }
                    self.message = not_saved(decision);
                    self.dispute = Some((dispute, flags));
                    return Ok(Outcome::NotSaved);
                }
                Err(e) => return Err(e),
            }
        }
        let mut items = Vec::new();
        let (mut k, mut was) = (0, 0);
        while k < self.items.len() {
            if dispute.flags.contains(&self.items[k].id) {
                items.push((was, self.items.remove(k)));
                if k < self.pos {
                    self.pos -= 1;
                }
            } else {
                k += 1;
            }
            was += 1;
        }
        self.pos = self.pos.min(self.items.len());
        self.saved += items.len();
        self.note = None;
        self.mode = Mode::Normal;
        self.message = format!(
            "saved: dispute {} {} ({} flags)",
            dispute.id,
            decision.as_str(),
            reviews.len()
        );
        self.done.push(Done { reviews, items });
        Ok(Outcome::Saved(dispute.id, decision))
    }

    fn reload(&mut self, store: &Store) -> Result<()> {
        let (items, total) = queue(store, &self.filter)?;
        self.items = items;
        self.total = total + self.saved;
        self.pos = 0;
        self.message = match &self.filter.text {
            Some(t) => format!("filter: {t} ({total} items)"),
            None => "filter cleared".into(),
        };
        Ok(())
    }

    /// "n of m": the item on screen, out of everything in this session's queue.
    pub fn progress(&self) -> (usize, usize) {
        (
            (self.saved + self.pos + 1).min(self.total.max(1)),
            self.total,
        )
    }
}

/// What the screen says when the store stayed busy past its timeout: nothing was written, and
/// the same key saves it.
fn not_saved(decision: Decision) -> String {
    let key = if decision == Decision::Confirmed {
        "y"
    } else {
        "n"
    };
    format!("NOT SAVED: the database is busy (another contra is writing); press {key} again")
}

/// The claim and the sentences around it (or its whole paragraph), with the claim highlighted.
fn context(side: &Side, paragraph: bool) -> Line<'static> {
    let chars: Vec<char> = side.article_text.chars().collect();
    let (start, end) = (side.start.min(chars.len()), side.end.min(chars.len()));
    if paragraph {
        let (from, to) = side.paragraph(&chars, 1500);
        return highlighted(&chars, from, start, end, to);
    }
    // Back to the start of the previous sentence, forward to the end of the next one.
    let mut from = start;
    let mut stops = 0;
    while from > 0 {
        let c = chars[from - 1];
        if c == '\n' && from < start {
            break;
        }
        if matches!(c, '.' | '!' | '?') && from < start {
            stops += 1;
            if stops == 2 {
                break;
            }
        }
        from -= 1;
        if start - from > 400 {
            break;
        }
    }
    let mut to = end;
    let mut stops = 0;
    while to < chars.len() && to - end < 400 {
        let c = chars[to];
        to += 1;
        if c == '\n' && to > end + 1 {
            break;
        }
        if matches!(c, '.' | '!' | '?') {
            stops += 1;
            if stops == 2 {
                break;
            }
        }
    }
    highlighted(&chars, from, start, end, to)
}

/// `chars[from..to]` on one line, with `start..end` highlighted.
fn highlighted(chars: &[char], from: usize, start: usize, end: usize, to: usize) -> Line<'static> {
    let s = |a: usize, b: usize| -> String {
        chars[a..b]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c })
            .collect()
    };
    Line::from(vec![
        Span::styled(
            s(from, start).trim_start().to_owned(),
            Style::default().fg(Color::Gray),
        ),
        Span::styled(
            s(start, end),
            Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
        ),
        Span::styled(
            s(end, to).trim_end().to_owned(),
            Style::default().fg(Color::Gray),
        ),
    ])
}

fn side_block<'a>(side: &'a Side, name: &str, paragraph: bool) -> Paragraph<'a> {
    let mut who = side.speaker.clone();
    if let Some(r) = &side.role {
        who.push_str(&format!(", {r}"));
    }
    if let Some(o) = &side.org {
        who.push_str(&format!(" ({o})"));
    }
    let text = Text::from(vec![
        Line::from(vec![
            Span::styled(who, Style::default().add_modifier(Modifier::BOLD)),
            Span::raw(format!("  [{}]", side.kind.as_str())),
        ]),
        Line::from(Span::styled(
            format!("“{}”", side.title),
            Style::default().fg(Color::Cyan),
        )),
        Line::raw(""),
        context(side, paragraph),
    ]);
    Paragraph::new(text)
        .block(Block::bordered().title(format!(" {name} ")))
        .wrap(Wrap { trim: true })
}

const HELP: &str = "y  confirm: they really contradict / deny each other\n\
n  reject: a false flag\n\
s  skip for now (→/j next, ←/k back)\n\
u  undo your last decision\n\
e  add a note (saved with the decision)\n\
/  filter by speaker, text or title\n\
d  the whole dispute: y / n there decide all its flags\n\
c  whole paragraphs around the claims, or sentences\n\
?  this help      q  quit (everything is already saved)";

/// A dispute's flags, strongest first, each with its status and both claims as said; the flag
/// the reviewer came from is marked.
fn dispute_list<'a>(flags: &'a [Flag], current: Option<&Flag>) -> Paragraph<'a> {
    let mut lines = Vec::new();
    for f in flags {
        let here = current.is_some_and(|c| c.id == f.id);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} {:.3} {} ",
                    if here { "▶" } else { " " },
                    f.score,
                    f.label.as_str()
                ),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(format!("{}  {}", f.status.as_str(), f.id)),
        ]));
        for side in [&f.a, &f.b] {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("    {}: ", side.speaker),
                    Style::default().fg(Color::Cyan),
                ),
                Span::raw(side.as_said()),
            ]));
        }
    }
    Paragraph::new(lines)
        .block(Block::bordered().title(" evidence "))
        .wrap(Wrap { trim: true })
}

/// Draws the whole screen.
pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(6),
        Constraint::Length(3),
    ])
    .areas(area);
    let (n, m) = app.progress();
    match (app.current(), &app.dispute) {
        (_, Some((d, flags))) if app.mode == Mode::Dispute => {
            f.render_widget(
                Paragraph::new(format!(
                    " {} vs {}  [{}]  {} flags, max {:.3}, {}",
                    d.speakers[0].display(),
                    d.speakers[1].display(),
                    d.topic.join(", "),
                    d.flags.len(),
                    d.max_score,
                    d.status.as_str()
                ))
                .block(Block::bordered().title(format!(" dispute {} ", d.id))),
                header,
            );
            f.render_widget(dispute_list(flags, app.current()), body);
        }
        (None, _) => {
            let text = match &app.filter.text {
                Some(t) => format!(
                    "No unreviewed flag matches the filter \"{t}\": press / and Enter to clear it. {} decisions saved this session.",
                    app.saved
                ),
                None => format!(
                    "Nothing left to review. {} decisions saved this session.",
                    app.saved
                ),
            };
            f.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().title(" contra review ")),
                header,
            );
        }
        (Some(item), _) => {
            let mut spans = vec![
                Span::styled(
                    format!(" {} ", item.label.as_str().to_uppercase()),
                    Style::default()
                        .fg(Color::Black)
                        .bg(if item.label == Label::Denial {
                            Color::Magenta
                        } else {
                            Color::Red
                        }),
                ),
                Span::raw(format!(
                    "  score {:.3}  (a→b {:.2}, b→a {:.2}, topic {:.2})  {}",
                    item.score, item.p_ab, item.p_ba, item.similarity, item.id
                )),
            ];
            if item.probe {
                spans.push(Span::styled(
                    "  PROBE: scored below threshold",
                    Style::default()
                        .fg(Color::Green)
                        .add_modifier(Modifier::BOLD),
                ));
            }
            f.render_widget(
                Paragraph::new(Line::from(spans))
                    .block(Block::bordered().title(format!(" contra review — {n} of {m} "))),
                header,
            );
            let [a, b] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(body);
            f.render_widget(side_block(&item.a, "A", app.paragraphs), a);
            f.render_widget(side_block(&item.b, "B", app.paragraphs), b);
        }
    }
    let footer_text = match &app.mode {
        Mode::Note(s) => format!("note: {s}▏  (Enter keep, Esc cancel)"),
        Mode::Filter(s) => format!("filter: {s}▏  (Enter apply, Esc cancel)"),
        Mode::Dispute => format!(
            "y confirm the whole dispute  n reject it  any other key back   {}",
            app.message
        ),
        _ => {
            let note = app
                .note
                .as_deref()
                .map_or(String::new(), |n| format!("  note: {n}"));
            format!(
                "y confirm  n reject  s skip  u undo  e note  / filter  d dispute  c context  ? help  q quit   {}{}",
                app.message, note
            )
        }
    };
    f.render_widget(
        Paragraph::new(footer_text)
            .block(Block::bordered())
            .wrap(Wrap { trim: true }),
        footer,
    );
    if app.mode == Mode::Help {
        let w = 64.min(area.width);
        let h = 12.min(area.height);
        let popup = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        f.render_widget(Clear, popup);
        f.render_widget(
            Paragraph::new(HELP).block(Block::bordered().title(" keys (any key closes) ")),
            popup,
        );
    }
}
