/// The page's one stylesheet, inline so the file needs nothing else. The
/// print rules lay the whole map out on A3 landscape: that is the PDF.
enum HTMLStyle {
    /// Curve colours, told apart by marker shape too (see `EmotionCurveSVG`).
    static let personaColours = ["#c0392b", "#1f6fb2", "#1e8449", "#b9770e", "#7d3c98", "#117a65", "#5d6d7e", "#a04000"]

    static let css = """
        :root { --ink: #1b1f24; --muted: #5b6470; --line: #d5dae0; --band: #f3f5f8; --accent: #1f6fb2; --pain: #c0392b; --gain: #1e8449; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; padding: 24px 32px; max-width: 1600px; }
        h1 { font-size: 28px; margin: 0 0 8px; }
        h2 { font-size: 21px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 17px; margin: 22px 0 6px; }
        .muted, .goal { color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        dl.facts ul { margin: 0; padding-left: 18px; }
        .card dl.facts { grid-template-columns: 8.5em 1fr; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; break-inside: avoid; }
        .card h3 { margin-top: 0; display: flex; align-items: center; gap: 8px; }
        svg.swatch { flex: none; width: 30px; height: 14px; }
        blockquote { margin: 8px 0; padding-left: 12px; border-left: 3px solid var(--line); font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
        thead th { background: var(--band); }
        tbody th { background: var(--band); white-space: nowrap; width: 1%; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.grid td { min-width: 150px; }
        ul.items { margin: 0; padding-left: 18px; }
        ul.items li { margin-bottom: 3px; }
        .figures { color: var(--muted); font-size: 13px; white-space: nowrap; }
        .lane-painPoints li::marker { color: var(--pain); }
        .lane-opportunities li::marker { color: var(--gain); }
        .moment { color: #b9770e; }
        svg.spark { vertical-align: middle; }
        .met { color: var(--gain); }
        .unmet { color: var(--pain); font-weight: 600; }
        .curve svg.chart { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; }
        .legend { display: flex; flex-wrap: wrap; gap: 18px; margin: 6px 0; }
        .legend span { display: inline-flex; align-items: center; gap: 6px; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
        @page { size: A3 landscape; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .cards { grid-template-columns: repeat(3, 1fr); }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          /* A heading, and what introduces a table, stays with what follows; stages flow one after another. */
          h2, h3, .intro, .goal, p.figures { break-after: avoid; }
          .card, .curve, tr, dl.facts { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """
}
