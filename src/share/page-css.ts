// The page's only style sheet, inline: the page loads nothing. Statuses differ by icon, text and
// border pattern, not colour alone; the layout is one column that wraps, so 375 px never scrolls.
export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f8fa;overflow-wrap:anywhere}
main{max-width:880px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.15rem;margin:1.4em 0 .5em}
.overall{font-weight:600}.muted{color:#59636e}
.legend{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}
.map{list-style:none;margin:0;padding:0}
.stage{position:relative;background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:12px;margin:0 0 28px}
.stage:not(:last-child)::after{content:"";position:absolute;left:50%;bottom:-29px;height:28px;border-left:3px solid #8c959f}
.stage h3{margin:0 0 8px;font-size:1.05rem;display:flex;flex-wrap:wrap;gap:.4em;align-items:baseline}
.num{display:inline-block;min-width:1.7em;text-align:center;border-radius:1em;background:#1f2328;color:#fff;font-size:.85rem}
.nodes{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:0}
.node{display:flex;flex-direction:column;max-width:100%;padding:6px 10px;border-radius:6px;border:2px solid #57606a;background:#fff}
.node .st{font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.node[data-status=done]{background:#dafbe1;border-color:#1a7f37}
.node[data-status=skipped]{border-style:dashed;background:repeating-linear-gradient(135deg,#fff 0 7px,#f1f3f5 7px 10px)}
.node[data-status=todo]{border-color:#8c959f}
.optional{margin-top:10px;padding-top:8px;border-top:1px dotted #8c959f}
.optional .node{border-style:dotted}
.optional h4{margin:0 0 6px;font-size:.85rem;font-weight:600}
.chart{display:flex;align-items:flex-end;gap:2px;height:64px;border-bottom:1px solid #8c959f;max-width:100%}
.bar{flex:1 1 0;min-width:0;background:#1a7f37;border-radius:2px 2px 0 0}
.axis{display:flex;justify-content:space-between;margin:4px 0 0;font-size:.8rem}
.bar.zero{background:#d0d7de;height:2px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #d0d7de}
a{color:#0969da}
@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}.stage,.node{background:#161b22}.muted{color:#9198a1}
.node[data-status=done]{background:#0f2d19}.node[data-status=skipped]{background:repeating-linear-gradient(135deg,#161b22 0 6px,#21262d 6px 12px)}
.num{background:#e6edf3;color:#0d1117}a{color:#4493f8}}
@media print{body{background:#fff;color:#000}main{max-width:none}.stage{break-inside:avoid;border-color:#000}
.stage::after{display:none}.node{background:#fff!important;border-color:#000}.bar{background:#000}a{color:#000}a::after{content:" (" attr(href) ")";font-size:.8em}}
`;
