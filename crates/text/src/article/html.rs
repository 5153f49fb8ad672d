//! HTML articles: a web page is read into the same shape as a plain-text article (headline, a
//! blank line, paragraphs separated by blank lines), so every later stage and every offset works
//! on the extracted text exactly as on a `.txt` file. The page's main content is found by
//! dom_smoothie, a port of Mozilla's readability.js: navigation, scripts, comments, related-links
//! boxes and the like are dropped, paragraphs stay paragraphs, quote marks stay as written.

use super::{normalize, Article};
use crate::words::{word_list, WordList};
use dom_smoothie::{Config, Readability, TextMode};

/// Paragraphs that are page furniture, not article text ("Advertisement").
static BOILERPLATE: WordList = word_list!("html_boilerplate.txt");

/// Whether `text` is an HTML page: it opens (after a byte-order mark and blanks) with a doctype,
/// an `<html>` tag, or a comment or `<head>`/`<body>` before any text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body", "<!--"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// What a page says about itself besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
}

/// The page's article text in contra's plain-text shape, and what the page says about itself.
/// `Err` says why no article could be found.
pub fn extract(html: &str) -> Result<(String, PageMeta), String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        // News briefs are short: readability's default (500 characters) would take a short
        // story for no story and widen the search to the whole page, menus and all.
        char_threshold: 250,
        ..Default::default()
    };
    let mut page = Readability::new(html, None, Some(config))
        .map_err(|e| format!("not a readable HTML page: {e}"))?;
    let found = page
        .parse()
        .map_err(|e| format!("no article found in the HTML page: {e}"))?;
    let paragraphs: Vec<String> = found
        .text_content
        .split('\n')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty() && !is_boilerplate(p))
        .collect();
    // An article has a sentence somewhere: a menu or a link list has none.
    let sentence = |p: &String| p.split_whitespace().count() >= 8;
    if !paragraphs.iter().any(sentence) {
        return Err("no article text found in the HTML page".into());
    }
    let title = normalize::clean(found.title.trim());
    let mut text = String::new();
    if !title.is_empty() {
        text.push_str(&title);
        text.push_str("\n\n");
    }
    text.push_str(&paragraphs.join("\n\n"));
    text.push('\n');
    let meta = PageMeta {
        title,
        byline: found
            .byline
            .map(|b| b.trim().to_owned())
            .filter(|b| !b.is_empty()),
        published: found.published_time.filter(|d| !d.trim().is_empty()),
        site: found.site_name.filter(|s| !s.trim().is_empty()),
    };
    Ok((text, meta))
}

fn is_boilerplate(paragraph: &str) -> bool {
    let key = paragraph
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    BOILERPLATE.contains(&key.as_str())
}

/// An article from an HTML page: its text is the extracted text (offsets point into it); its
/// title, byline, date and site come from the page.
pub fn article(path: &str, html: &str) -> Result<Article, String> {
    let (text, meta) = extract(html)?;
    let mut a = Article::from_plain(path, text.clone());
    a.byline = meta.byline;
    a.published = meta.published;
    a.source = meta.site;
    a.extracted_text = Some(text);
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_told_from_text() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body><p>x</p></body></html>"
        ));
        assert!(looks_like_html("\u{feff}  <html lang=\"en\">"));
        assert!(looks_like_html("<!-- saved page --><html>"));
        assert!(!looks_like_html(
            "Mayor Says <b>Bridge</b> Is Safe\n\nThe mayor said ..."
        ));
        assert!(!looks_like_html("{\"title\": \"x\"}"));
    }

    #[test]
    fn the_article_is_read_and_the_page_furniture_dropped() {
        let html = "<!DOCTYPE html><html><head><title>Bus Drivers Walk Out as Talks Fail | The Courier</title>\
            <meta property=\"article:published_time\" content=\"2026-03-02\"></head><body>\
            <nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>\
            <article><h1>Bus Drivers Walk Out as Talks Fail</h1><p class=\"byline\">By Ann Lee</p>\
            <p>The union said the authority had made no offer of a raise to the drivers on Monday.</p>\
            <p>Riverside bus drivers stopped work after talks between the transit authority and the drivers' union broke down over pay late on Sunday night.</p>\
            <p>The strike is the first in Riverside since 1998, when drivers stayed out for eleven days and the city hired private coaches to keep schools running.</p>\
            <div class=\"ad\">Advertisement</div>\
            <p>&ldquo;We made a fair offer,&rdquo; said transit chief Susan Blake at a news conference in the city.</p>\
            <script>track('x');</script></article>\
            <section class=\"comments\"><p>First! The union is lying about everything here.</p></section>\
            </body></html>";
        let (text, meta) = extract(html).unwrap();
        assert!(
            text.starts_with("Bus Drivers Walk Out as Talks Fail\n\n"),
            "{text}"
        );
        assert!(
            text.contains("\n\n“We made a fair offer,” said transit chief"),
            "{text}"
        );
        for gone in ["Home", "Advertisement", "track(", "First!"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert_eq!(meta.published.as_deref(), Some("2026-03-02"));
        assert_eq!(meta.byline.as_deref(), Some("By Ann Lee"));
    }

    #[test]
    fn a_page_without_an_article_is_an_error() {
        assert!(extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>").is_err());
    }
}
