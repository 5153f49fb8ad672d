//! The precision-recall curve as a PNG, with the old and new operating points marked.

use super::{metrics, Sample};
use contra_text::error::{Error, Result};
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

/// One curve per label: (name, samples, old threshold, new threshold).
pub fn pr_curve(out: &Path, curves: &[(&str, &[Sample], f32, f32)]) -> Result<()> {
    load_font()?;
    let err = |e: String| Error::InvalidInput(format!("cannot draw {}: {e}", out.display()));
    let root = BitMapBackend::new(out, (900, 650)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let mut chart = ChartBuilder::on(&root)
        .caption("contra: precision-recall from reviews", ("sans-serif", 24))
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
    for (k, (name, samples, old, new)) in curves.iter().enumerate() {
        if samples.is_empty() {
            continue;
        }
        let color = colors[k % colors.len()];
        let mut ts: Vec<f32> = samples.iter().map(|s| s.score).collect();
        ts.sort_by(f32::total_cmp);
        ts.dedup();
        let points: Vec<(f64, f64)> = ts
            .iter()
            .map(|&t| {
                let (p, r, _) = metrics(samples, t);
                (r, p)
            })
            .collect();
        chart
            .draw_series(LineSeries::new(points, color.stroke_width(2)))
            .map_err(|e| err(e.to_string()))?
            .label(name.to_string())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        // Old label below the point, new label above it, so close points stay readable.
        for (t, filled, tag, dy) in [(*old, false, "old", -0.06), (*new, true, "new", 0.035)] {
            let (p, r, _) = metrics(samples, t);
            let style = if filled {
                color.filled()
            } else {
                color.stroke_width(2)
            };
            chart
                .draw_series([Circle::new((r, p), 7, style)])
                .map_err(|e| err(e.to_string()))?;
            chart
                .draw_series([Text::new(
                    format!("{name} {tag} {t:.2}"),
                    (r.min(0.8) + 0.01, (p + dy).clamp(0.02, 0.98)),
                    ("sans-serif", 14),
                )])
                .map_err(|e| err(e.to_string()))?;
        }
    }
    chart
        .configure_series_labels()
        .label_font(("sans-serif", 16))
        .border_style(BLACK)
        .background_style(WHITE.mix(0.8))
        .draw()
        .map_err(|e| err(e.to_string()))?;
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}
