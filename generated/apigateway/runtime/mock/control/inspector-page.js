// Copied by opforge from src/runtime/mock/control/inspector-page.ts. DO NOT EDIT.
/**
 * The inspector page's markup and style, as text: one self-contained page
 * (no external scripts, styles, fonts or images) that the script fills in
 * from the control API.
 */
/** The page's style sheet. */
export const INSPECTOR_STYLE = `
:root { color-scheme: light dark; --line: #8884; --muted: #888; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: Canvas; z-index: 1; }
header h1 { font-size: 1.1rem; margin: 0; }
#served { color: var(--muted); flex: 1; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 1rem; }
section { min-width: 0; }
h2 { font-size: 1rem; margin: 0 0 .5rem; display: flex; gap: .5rem; align-items: center; }
h3 { font-size: .85rem; margin: .5rem 0 .2rem; color: var(--muted); }
ol, ul { list-style: none; margin: 0; padding: 0; }
.entry { border-bottom: 1px solid var(--line); }
.entry summary { cursor: pointer; display: flex; gap: .6rem; padding: .25rem 0; font-family: ui-monospace, monospace; font-size: 12.5px; }
.entry .path { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.entry .time, .entry .duration { color: var(--muted); }
.entry .status { font-weight: bold; }
.status-2 .status { color: #2a2; } .status-4 .status { color: #c80; } .status-5 .status, .status-0 .status { color: #d33; }
.fault { color: #d33; font-style: italic; }
pre { margin: 0 0 .4rem; padding: .4rem; background: #8881; overflow: auto; max-height: 24rem; white-space: pre-wrap; word-break: break-all; font-size: 12px; }
form { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .5rem; }
input[type=number] { width: 7rem; }
.empty, #fault-message { color: var(--muted); }
#offline { color: #d33; }
#clear-faults { margin-bottom: 1.2rem; }
`;
/** The page, with `{{STYLE}}` and `{{SCRIPT}}` to fill in. */
export const INSPECTOR_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>opforge mock inspector</title>
<style>{{STYLE}}</style>
</head>
<body>
<header>
  <h1>opforge mock</h1>
  <span id="served"></span>
  <span id="offline" hidden>mock not answering</span>
  <label><input type="checkbox" id="live" checked> live</label>
  <button type="button" id="reset">Reset state and journal</button>
</header>
<main>
  <section aria-labelledby="journal-title">
    <h2 id="journal-title">Requests <span id="journal-count">0</span>
      <button type="button" id="clear-journal">Clear</button></h2>
    <p class="empty" id="journal-empty">No requests yet.</p>
    <ol id="journal"></ol>
  </section>
  <section>
    <h2>Faults</h2>
    <form id="fault-form">
      <select id="fault-operation" aria-label="operation"></select>
      <select id="fault-error" aria-label="error"></select>
      <input id="fault-delay" type="number" min="0" max="60000" placeholder="delay ms" aria-label="delay in milliseconds">
      <input id="fault-times" type="number" min="1" value="1" aria-label="times">
      <button type="submit" id="add-fault">Add fault</button>
    </form>
    <p id="fault-message" role="status"></p>
    <p class="empty" id="faults-empty">No fault rules.</p>
    <ul id="faults"></ul>
    <button type="button" id="clear-faults">Clear faults</button>
    <h2>State <span id="state-count">0</span></h2>
    <pre id="state"></pre>
  </section>
</main>
<script>{{SCRIPT}}</script>
</body>
</html>
`;
