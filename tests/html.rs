//! HTML articles: pages written in the style of news sites (article markup, bylines, related
//! links, ads, inline scripts, comments) give the same claims as their plain-text versions.

mod common;

use common::{contra, stderr, stdout, FakeNli};
use serde_json::Value;

fn extract(path: &std::path::Path) -> Value {
    let o = contra(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

/// (speaker, kind, text, start, end) of every attributed claim; the narrator's claims are the
/// page's publication on a page, "narrator" in a text file.
fn claims(v: &Value) -> Vec<(String, String, String, u64, u64)> {
    v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let speaker = if c["kind"] == "narrator" {
                "narrator".to_owned()
            } else {
                c["speaker"].as_str().unwrap().to_owned()
            };
            (
                speaker,
                c["kind"].as_str().unwrap().to_owned(),
                c["text"].as_str().unwrap().to_owned(),
                c["start"].as_u64().unwrap(),
                c["end"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_page_gives_the_claims_of_its_plain_text() {
    for (page, site, date, byline) in [
        (
            "strike",
            "The Riverside Courier",
            "2026-03-02T09:15:00Z",
            "Maria Keller",
        ),
        (
            "hospital",
            "Valley Post",
            "2026-05-14T16:40:00+02:00",
            "Jonas Berg",
        ),
    ] {
        let html = extract(&common::fixture(&format!("html/{page}.html")));
        let plain_path = common::fixture(&format!("html/{page}.txt"));
        let plain = extract(&plain_path);
        let a = &html["articles"][0];
        // Offsets point into the extracted text, which the output carries.
        let text = std::fs::read_to_string(&plain_path).unwrap();
        assert_eq!(a["text"], text.as_str(), "{page}: the extracted text");
        assert_eq!(
            a["id"], plain["articles"][0]["id"],
            "{page}: same text, same id"
        );
        assert_eq!(a["title"], plain["articles"][0]["title"]);
        assert_eq!(
            (
                a["source"].as_str(),
                a["published"].as_str(),
                a["byline"].as_str()
            ),
            (Some(site), Some(date), Some(byline)),
            "{page}"
        );
        let (h, p) = (claims(&html), claims(&plain));
        assert!(h.len() >= 5, "{page}: {h:?}");
        assert_eq!(h, p, "{page}");
        // Nothing of the page furniture became a claim.
        let all = format!("{h:?}");
        for junk in [
            "Advertisement",
            "Subscribe",
            "thoughts on this story",
            "busfan77",
            "Most read",
        ] {
            assert!(!all.contains(junk), "{page}: {junk}");
        }
        // A plain-text article's JSON does not repeat its text: the file holds it.
        assert!(plain["articles"][0].get("text").is_none());
    }
}

#[test]
fn pages_in_json_and_corpus_folders_are_read_too() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read_to_string(common::fixture("html/strike.html")).unwrap();
    // A JSON object with the page in "html": its own title and date win over the page's.
    let obj =
        serde_json::json!({"html": page, "title": "Strike, day one", "published": "2026-03-03"});
    let json = dir.path().join("a.json");
    std::fs::write(&json, obj.to_string()).unwrap();
    let v = extract(&json);
    assert_eq!(v["articles"][0]["title"], "Strike, day one");
    assert_eq!(v["articles"][0]["published"], "2026-03-03");
    assert_eq!(v["articles"][0]["byline"], "Maria Keller");
    assert!(claims(&v).iter().any(|c| c.0 == "Victor Alvarez"));
    // A page with no extension is told by its content.
    let bare = dir.path().join("page");
    std::fs::write(&bare, &page).unwrap();
    assert_eq!(claims(&extract(&bare)).len(), claims(&v).len());

    // Scored from HTML, the same flags as from text (same text, same claim and flag ids).
    let nli = FakeNli::new(&[("six percent", "any raise at all", 0.95)], 0.01);
    let html_run = common::score_files(
        &nli,
        &dir.path().join("h.db"),
        &[common::fixture("html/strike.html")],
        &Default::default(),
    );
    let text_run = common::score_files(
        &nli,
        &dir.path().join("t.db"),
        &[common::fixture("html/strike.txt")],
        &Default::default(),
    );
    let ids = |o: &contra_app::score::ScoreOutput| {
        o.flags.iter().map(|f| f.id.clone()).collect::<Vec<_>>()
    };
    assert!(!html_run.flags.is_empty());
    assert_eq!(ids(&html_run), ids(&text_run));
}

#[test]
fn a_page_without_an_article_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("menu.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav></body></html>",
    )
    .unwrap();
    let o = contra(&["extract", page.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("menu.html") && stderr(&o).contains("no article"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"));
}
