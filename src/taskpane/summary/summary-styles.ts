/** The panel's styles, scoped under `.sotp-summary`; they use the pane's colour tokens when present. */
export const SUMMARY_STYLES = `
.sotp-summary { display: grid; gap: 10px; padding: 12px 8px; font-size: 13px; line-height: 18px; }
.sotp-summary > * { min-width: 0; }
.sotp-summary-results { display: grid; gap: 10px; }
.sotp-headline { font-size: 14px; font-weight: 600; }
.sotp-summary h2 { font-size: 16px; margin: 0; }
.sotp-summary h3 { font-size: 14px; margin: 4px 0 0; }
.sotp-summary p { margin: 0; }
.sotp-summary-heading { color: var(--fg-3, #616161); }
.sotp-summary-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
.sotp-summary-actions label { display: grid; font-size: 12px; color: var(--fg-2, #424242); }
.sotp-summary button { font: inherit; padding: 4px 12px; border-radius: var(--radius, 4px); cursor: pointer;
  border: 1px solid var(--stroke, #d1d1d1); background: var(--bg, #fff); color: var(--fg, #242424); }
.sotp-summary button.sotp-primary { background: var(--brand, #0f6cbd); border-color: var(--brand, #0f6cbd); color: #fff; }
.sotp-summary button:disabled { opacity: 0.5; cursor: default; }
.sotp-summary :focus-visible { outline: 2px solid var(--brand, #0f6cbd); outline-offset: 2px; }
.sotp-summary-status { min-height: 18px; }
.sotp-summary-status[data-kind="error"] { color: var(--danger, #b10e1c); }
.sotp-notes, .sotp-problems { margin: 0; padding-left: 18px; }
.sotp-problems { color: var(--danger, #b10e1c); }
.sotp-table-scroll { overflow-x: auto; }
.sotp-summary-table { border-collapse: collapse; width: 100%; font-size: 11px; line-height: 15px; }
.sotp-summary-table caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.sotp-summary-table th, .sotp-summary-table td { padding: 3px 1px; border-bottom: 1px solid var(--stroke-2, #e0e0e0);
  text-align: right; vertical-align: top; }
.sotp-summary-table thead th { font-weight: 600; font-size: 10px; line-height: 13px; color: var(--fg-2, #424242); }
.sotp-summary-table th[scope="row"], .sotp-summary-table thead th:first-child { text-align: left; font-weight: 600; }
.sotp-summary-table tr > :last-child { padding-right: 4px; }
.sotp-summary-table tbody th[scope="row"] { font-weight: 400; }
.sotp-summary-table tr.sotp-group th { text-align: left; font-weight: 600; padding-top: 8px; background: var(--bg-3, #f0f0f0); }
.sotp-summary-table thead th { vertical-align: bottom; }
.sotp-pill { display: inline-block; padding: 0 5px; border-radius: 9px; font-size: 11px; font-weight: 600; }
.sotp-pill-green { background: #dff6dd; color: #0e5c0e; }
.sotp-pill-amber { background: #fff4ce; color: #7a4100; }
.sotp-pill-red { background: #fde7e9; color: #a4262c; }
.sotp-chart-figure { margin: 0; }
.sotp-chart { display: block; max-width: 100%; }
.sotp-pressure .sotp-pill { display: block; width: fit-content; margin: 1px 0 0 auto; }
.sotp-chart-label { font-size: 11px; fill: var(--fg, #242424); }
.sotp-chart-number { font-size: 10px; fill: var(--fg-2, #424242); }
.sotp-legend { display: flex; gap: 12px; font-size: 11px; color: var(--fg-2, #424242); flex-wrap: wrap; }
.sotp-swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.sotp-quality { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.sotp-quality ul { margin: 2px 0 0; padding-left: 18px; color: var(--fg-2, #424242); font-size: 12px; }
.sotp-quality-count { display: inline-block; min-width: 28px; text-align: right; font-weight: 600; }
`;
