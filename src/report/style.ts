/** The report's stylesheet, inlined so index.html is one self-contained file. */
export const css = `
:root { --pass:#1a7f37; --fail:#cf222e; --ns:#9a6700; --skip:#6e7781; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; color: #57606a; } h4 { margin: .8rem 0 .3rem; font-size: .9rem; }
.meta { color: #57606a; margin: .2rem 0; } code, pre { font: 12px/1.4 ui-monospace, monospace; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; text-align: left; vertical-align: top; }
table.summary { margin: .6rem 0; } table.summary th, table.summary td { border: 1px solid #d0d7de; }
table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
.overall { font-weight: 700; text-transform: uppercase; }
.overall.fail, .req.fail .verdict, .fail > .st, td.fail { color: var(--fail); }
.overall.pass, .req.pass .verdict, .passed > .st { color: var(--pass); }
.overall.non-strict, .req.non-strict .verdict { color: var(--ns); }
.req.skip .verdict, .skipped > .st { color: var(--skip); }
.overall.error, .req.error .verdict, .error > .st { color: var(--skip); font-style: italic; }
details.req.error { border-left: 4px dashed var(--skip); }
.suite-error { border-left: 4px dashed var(--skip); background: var(--bg); padding: .4rem 1rem; margin: .6rem 0; }
.finding { border-left: 4px solid var(--fail); background: #fff5f5; padding: .6rem 1rem; margin: 1rem 0; }
.finding .cause { font-weight: 600; }
details.req { border: 1px solid #d0d7de; border-radius: 4px; margin: .25rem 0; }
details.req > summary { cursor: pointer; padding: .3rem .6rem; display: flex; gap: .8rem; align-items: baseline; }
details.req[open] > summary { background: var(--bg); border-bottom: 1px solid #d0d7de; }
details.req.fail { border-left: 4px solid var(--fail); } details.req.non-strict { border-left: 4px solid var(--ns); }
.id { font-weight: 600; min-width: 6.5rem; } .level { min-width: 6.5rem; color: #57606a; font-size: .85em; }
.source { font-size: .75em; border: 1px solid #8c959f; border-radius: 3px; padding: 0 .3em; margin-right: .5em; color: #57606a; }
.verdict { min-width: 6.5rem; font-weight: 700; font-size: .85em; } .statement { flex: 1; }
.body { padding: .4rem .8rem .8rem; overflow-x: auto; }
pre.reason { white-space: pre-wrap; background: var(--bg); padding: .5rem; margin: .3rem 0; }
table.timing th { color: #57606a; font-weight: 600; }
table.transcript { width: 100%; margin: .3rem 0; } table.transcript th { background: var(--bg); }
table.transcript td { border-top: 1px solid #eaeef2; } td.t { text-align: right; font-variant-numeric: tabular-nums; }
tr.recv td.dir { color: #0550ae; } tr.send td.dir { color: #8250df; } tr.note td { color: #57606a; font-style: italic; }
.frame { display: grid; grid-template-columns: 1.5rem minmax(8rem, 1fr) minmax(8rem, 2fr) 4rem; gap: .5rem; }
.frame .n, .frame .size, .cut { color: #8c959f; font-size: .85em; } .frame .hex { color: #57606a; word-break: break-all; }
.frame .text { white-space: pre-wrap; word-break: break-all; }
ul.scenarios { margin: .2rem 0; padding-left: 1.2rem; } ul.scenarios .st { font-weight: 600; min-width: 4rem; display: inline-block; }
.uri, .ms { color: #8c959f; font-size: .85em; } .rerun.flaky { color: var(--ns); font-weight: 600; }
.toolbar { margin: .8rem 0; } .toolbar label { margin-right: 1rem; }
body.problems-only details.req.pass, body.problems-only details.req.skip { display: none; }
table.matrix td.cell { text-align: center; font-weight: 600; font-size: .85em; border: 1px solid #fff; }
table.matrix td.pass { background: #dafbe1; } table.matrix td.fail { background: #ffebe9; color: var(--fail); }
table.matrix td.non-strict { background: #fff8c5; } table.matrix td.skip { background: #f6f8fa; color: var(--skip); }
table.matrix tr.disagree th { background: #fff8c5; } table.matrix td.cell a { color: inherit; text-decoration: none; }
`
