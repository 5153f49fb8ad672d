//! The precision-recall curve as a PNG, with the old and new operating points marked.

use super::{metrics, Sample};
use contra_text::error::{Error, Result};
use contra_text::verdict::Platt;
use plotters::prelude::*;
use std::path::Path;

/// Fonts tried for the labels (Debian's fonts-dejavu-core, installed by scripts/setup.sh).
const FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
];

fn load_font() -> Result<()> {
    let path = FONTS.iter().find(|p| Path::new(p).is_file()).ok_or_else(|| {
        Error::InvalidInput(
            "--plot needs a TrueType font: install Debian's fonts-dejavu-core (scripts/setup.sh does)"
                .into(),
        )
    })?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(*path, e))?;
    // plotters keeps fonts for the life of the process.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes)
        .map_err(|_| Error::InvalidInput(format!("{path} is not a usable font")))
}

/// An operating point as calibration measured it: where a threshold puts precision and recall.
#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub threshold: f32,
    pub precision: f64,
    pub recall: f64,
}

/// One label's curve: its reviewed samples, the old and new operating points, and the Platt
/// calibration the new threshold applies to, if one was chosen (the new point then lies on the
/// calibrated score's curve, drawn as well).
pub struct Curve<'a> {
    pub name: &'a str,
    pub samples: &'a [Sample],
    pub old: Point,
    pub new: Point,
    pub calibration: Option<Platt>,
}

/// Precision and recall at every distinct value of `score` over the samples.
fn curve_points(samples: &[Sample], score: impl Fn(&Sample) -> f32) -> Vec<(f64, f64)> {
    let scored: Vec<Sample> = samples
        .iter()
        .map(|s| Sample {
            score: score(s),
            ..*s
        })
        .collect();
    let mut ts: Vec<f32> = scored.iter().map(|s| s.score).collect();
    ts.sort_by(f32::total_cmp);
    ts.dedup();
    ts.iter()
        .map(|&t| {
            let (p, r, _) = metrics(&scored, t);
            (r, p)
        })
        .collect()
}

/// The precision-recall curves, one per label, with both operating points where calibration
/// measured them. `source` says what was reviewed ("reviews", "labelled pairs in FILE").
pub fn pr_curve(out: &Path, source: &str, curves: &[Curve]) -> Result<()> {
    load_font()?;
    let err = |e: String| Error::InvalidInput(format!("cannot draw {}: {e}", out.display()));
    let root = BitMapBackend::new(out, (900, 650)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("contra: precision-recall from {source}"),
            ("sans-serif", 24),
        )
        .margin(20)
        .x_label_area_size(45)
        .y_label_area_size(55)
        .build_cartesian_2d(0f64..1.02f64, 0f64..1.02f64)
        .map_err(|e| err(e.to_string()))?;
    chart
        .configure_mesh()
        .x_desc("recall")
        .y_desc("precision")
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(|e| err(e.to_string()))?;
    let colors = [RED, BLUE];
    for (k, c) in curves.iter().enumerate() {
        if c.samples.is_empty() {
            continue;
        }
        let color = colors[k % colors.len()];
        // The raw score's curve, and the calibrated one in a lighter shade when there is one.
        let mut lines = vec![(
            curve_points(c.samples, |s| s.score),
            color.stroke_width(2),
            format!("{} (score)", c.name),
        )];
        if let Some(platt) = c.calibration {
            lines.push((
                curve_points(c.samples, |s| platt.apply(s.p_ab, s.p_ba, s.similarity)),
                color.mix(0.45).stroke_width(2),
                format!("{} (calibrated score)", c.name),
            ));
        }
        for (points, style, label) in lines {
            chart
                .draw_series(LineSeries::new(points, style))
                .map_err(|e| err(e.to_string()))?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        }
        // Old label below the point, new label above it, so close points stay readable.
        for (pt, filled, tag, dy) in [(c.old, false, "old", -0.06), (c.new, true, "new", 0.035)] {
            let style = if filled {
                color.filled()
            } else {
                color.stroke_width(2)
            };
            let (r, p) = (pt.recall, pt.precision);
            chart
                .draw_series([Circle::new((r, p), 7, style)])
                .map_err(|e| err(e.to_string()))?;
            chart
                .draw_series([Text::new(
                    format!("{} {tag} {:.2}", c.name, pt.threshold),
                    (r.min(0.8) + 0.01, (p + dy).clamp(0.02, 0.98)),
                    ("sans-serif", 14),
                )])
                .map_err(|e| err(e.to_string()))?;
        }
    }
    // Operating points sit high and to the right: the legend goes low and left.
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .label_font(("sans-serif", 16))
        .border_style(BLACK)
        .background_style(WHITE.mix(0.8))
        .draw()
        .map_err(|e| err(e.to_string()))?;
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}
