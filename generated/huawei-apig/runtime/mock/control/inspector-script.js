// Copied by opforge from src/runtime/mock/control/inspector-script.ts. DO NOT EDIT.
/**
 * The inspector page's script, as text (it runs in the browser, not in
 * Node). It polls the control API and builds every element with
 * `textContent`, never with HTML strings: journal bodies are whatever
 * clients sent (`</script>`, markup), and must show as text.
 */
/** The script of the inspector page. */
export const INSPECTOR_SCRIPT = `"use strict";
(() => {
  const base = "/__opforge/";
  const $ = (id) => document.getElementById(id);
  let lastId = 0;
  let generation = null;
  let services = [];

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  async function api(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await fetch(base + path, init);
    const text = await res.text();
    return { status: res.status, headers: res.headers, data: text ? JSON.parse(text) : undefined };
  }

  function headerText(headers) {
    return Object.keys(headers).map((k) => k + ": " + headers[k]).join("\\n");
  }

  function pretty(body) {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }

  function entryNode(e) {
    const item = el("li", undefined, "entry status-" + (e.status === null ? "0" : String(e.status)[0]));
    item.dataset.id = String(e.id);
    const details = el("details");
    const summary = el("summary");
    summary.append(
      el("span", e.time.slice(11, 23), "time"),
      el("span", e.method, "method"),
      el("span", e.path, "path"),
      el("span", e.status === null ? "no answer" : String(e.status), "status"),
      el("span", e.operation === null ? "-" : e.operation, "operation"),
      el("span", e.durationMs.toFixed(1) + " ms", "duration"),
    );
    if (e.fault) summary.append(el("span", e.fault, "fault"));
    details.append(summary);
    for (const [label, part] of [["Request", e.request], ["Response", e.response]]) {
      details.append(el("h3", label + (part.truncated ? " (body cut)" : "")));
      details.append(el("pre", headerText(part.headers), "headers"));
      if (part.body) details.append(el("pre", pretty(part.body), "body"));
    }
    item.append(details);
    return item;
  }

  async function refreshJournal() {
    const { data, headers } = await api("GET", "requests?after=" + lastId);
    const list = $("journal");
    const now = headers.get("x-opforge-journal-generation");
    if (now !== generation) {
      // Cleared elsewhere: start over.
      list.replaceChildren();
      generation = now;
      // The list is shown empty at once, not only after the fetch that refills it.
      if (lastId !== 0) return void (lastId = 0, showJournalCount(list), refreshJournal());
    }
    for (const e of data.requests) {
      list.prepend(entryNode(e));
      lastId = e.id;
    }
    while (list.children.length > 1000) list.lastElementChild.remove();
    showJournalCount(list);
  }

  function showJournalCount(list) {
    $("journal-empty").hidden = list.children.length > 0;
    $("journal-count").textContent = String(list.children.length);
  }

  async function refreshState() {
    const { data } = await api("GET", "state");
    $("state").textContent = JSON.stringify(data.services, null, 2);
    $("state-count").textContent = String(data.instances);
  }

  async function refreshFaults() {
    const { data } = await api("GET", "faults");
    const list = $("faults");
    list.replaceChildren(
      ...data.faults.map((f) => {
        const what = [f.error ?? (f.status === undefined ? "" : "status " + f.status), f.delayMs === undefined ? "" : "delay " + f.delayMs + " ms"].filter(Boolean).join(", ");
        return el("li", "#" + f.id + " " + f.service + " " + f.operation + ": " + what + " (" + f.times + " left)", "fault-rule");
      }),
    );
    $("faults-empty").hidden = data.faults.length > 0;
  }

  function fillErrors() {
    const [serviceId, name] = $("fault-operation").value.split("/");
    const op = services.find((s) => s.id === serviceId)?.operations.find((o) => o.name === name);
    const select = $("fault-error");
    select.replaceChildren(el("option", "(no error: delay only)"));
    select.firstChild.value = "";
    for (const e of op ? op.errors : []) {
      const option = el("option", e.name + " (" + e.status + ")");
      option.value = e.name;
      select.append(option);
    }
  }

  async function loadServices() {
    const { data } = await api("GET", "services");
    services = data.services;
    $("served").textContent = services.map((s) => s.id).join(", ");
    const select = $("fault-operation");
    for (const s of services)
      for (const op of s.operations) {
        const option = el("option", s.id + " " + op.name);
        option.value = s.id + "/" + op.name;
        select.append(option);
      }
    fillErrors();
  }

  async function refresh() {
    try {
      await Promise.all([refreshJournal(), refreshState(), refreshFaults()]);
      $("offline").hidden = true;
    } catch {
      $("offline").hidden = false;
    }
  }

  $("fault-operation").addEventListener("change", fillErrors);
  $("fault-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const [service, operation] = $("fault-operation").value.split("/");
    const rule = { service, operation, times: Number($("fault-times").value || "1") };
    if ($("fault-error").value) rule.error = $("fault-error").value;
    if ($("fault-delay").value) rule.delayMs = Number($("fault-delay").value);
    const { status, data } = await api("POST", "faults", rule);
    $("fault-message").textContent = status === 201 ? "Added fault rule #" + data.id : data.message;
    await refreshFaults();
  });
  $("clear-faults").addEventListener("click", async () => {
    await api("DELETE", "faults");
    await refreshFaults();
  });
  $("reset").addEventListener("click", async () => {
    await api("POST", "reset");
    $("journal").replaceChildren();
    await refresh();
    $("fault-message").textContent = "State reset, journal cleared";
  });
  $("clear-journal").addEventListener("click", async () => {
    await api("DELETE", "requests");
    await refresh();
  });

  loadServices().then(refresh, () => ($("offline").hidden = false));
  setInterval(() => {
    if ($("live").checked) refresh();
  }, 1000);
})();
`;
