/** Inline CSS and JS of the HTML report: no external asset, no network. */

/** Nothing may be fetched: the report is opened from disk or an artifact, often offline. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export const STYLE =
  `
:root { --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; ` +
  `padding: 24px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
.verdict { font-size: 16px; font-weight: 600; margin: 8px 0; }
#verdict { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 4px 14px; }
#verdict.passed { border-left-color: var(--pass); } #verdict.failed { border-left-color: var(--fail); }
#verdict.off { border-left-color: var(--error); } #verdict h2 { margin: 6px 0; }
#verdict ul { font-weight: 400; margin: 4px 0; } #sections h3 { font-size: 15px; margin: 10px 0 4px; }
.facts, .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 8px; margin: 16px 0; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card b { display: block; font-size: 18px; }
.filters { position: sticky; top: 0; background: #fff; padding: 10px 0; border-bottom: 1px solid var(--line); ` +
  `display: flex; gap: 8px; flex-wrap: wrap; align-items: center; z-index: 1; }
.filters input { flex: 1 1 220px; padding: 5px 8px; }
.test { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; margin: 10px 0; ` +
  `padding: 8px 12px; }
.test.v-pass { border-left-color: var(--pass); }
.test.v-fail { border-left-color: var(--fail); }
.test.v-error, .test.v-invalid { border-left-color: var(--error); }
.test.regression { background: #fff5f5; border-color: var(--fail); border-left-width: 6px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; ` +
  `background: var(--bg); border: 1px solid var(--line); }
.badge.pass { color: var(--pass); } .badge.fail, .badge.regression { color: var(--fail); } .badge.error { ` +
  `color: var(--error); }
.badge.regression { background: var(--fail); color: #fff; }
.badge.suspected, .badge.not_confirmed { color: var(--error); }
table.verdicts { border-collapse: collapse; margin: 8px 0; } table.verdicts td, table.verdicts th { ` +
  `border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; }
tr.v-regression td { color: var(--fail); font-weight: 600; } svg.spark { color: var(--pass); vertical-align: middle; }
.criteria { margin: 6px 0; padding-left: 20px; }
.criteria .no { color: var(--fail); }
.criteria .parts { margin: 2px 0; padding-left: 18px; } .criteria .parts .yes { color: var(--pass); }
.badge.skipped { color: var(--error); } .definition-changed { color: var(--error); }
details.trial { margin: 6px 0; }
details.trial > summary { cursor: pointer; }
.transcript { border-left: 2px solid var(--line); margin: 6px 0 6px 6px; padding-left: 10px; }
.ev { margin: 4px 0; white-space: pre-wrap; word-break: break-word; }
.ev .who { font-weight: 600; margin-right: 6px; }
.ev.tool { font-family: ui-monospace, monospace; font-size: 12px; background: var(--bg); padding: 3px 6px; ` +
  `border-radius: 4px; }
.ev.err, .ev.tool.failed { color: var(--fail); }
.ev.recorded { opacity: 0.7; border-left: 3px dotted var(--line); padding-left: 6px; font-style: italic; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; }
[hidden] { display: none !important; }
`;

export const SCRIPT =
  `
(function () {
  var tests = Array.prototype.slice.call(document.querySelectorAll('article.test'));
  var search = document.getElementById('search');
  var status = document.getElementById('status');
  var tag = document.getElementById('tag');
  var variant = document.getElementById('variant');
  var count = document.getElementById('shown-count');
  function matchesStatus(el, wanted) {
    if (wanted === 'all') return true;
    if (wanted === 'failing') return el.dataset.status === 'fail' || el.dataset.status === 'error';
    return el.dataset.status === wanted || el.dataset.change === wanted;
  }
  function apply() {
    var text = search.value.trim().toLowerCase();
    var shown = 0;
    tests.forEach(function (el) {
      var ok = matchesStatus(el, status.value)
        && (tag.value === '' || JSON.parse(el.dataset.tags).indexOf(tag.value) >= 0)
        && (variant.value === '' || el.dataset.variant === variant.value)
        && (text === '' || el.dataset.search.indexOf(text) >= 0);
      el.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + ' of ' + tests.length + ' tests shown';
  }
  [search, status, tag, variant].forEach(function (control) { control.addEventListener('input', apply); ` +
  `control.addEventListener('change', apply); });
  apply();
})();
`;
