// termsmith review page. Vanilla JS, no dependencies.
// Everything from the term base is put into the page as text (textContent and
// text nodes); this file never assigns HTML markup built from data.
"use strict";

const TOKEN = JSON.parse(document.getElementById("boot").textContent).token;
const PAGE = 100;
const $ = (id) => document.getElementById(id);

const state = {
  rows: [], els: [], sel: -1, more: false, next: null, total: 0, loading: null,
  filters: { kind: "", status: "candidate", q: "" },
  details: new Map(),            // concept id -> detail (3 contexts), or "all:" + id
  allContexts: new Set(),        // concept ids shown with every context
  progress: null,
};

// -- DOM helpers (text only) -----------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null && c !== false) e.append(c);   // strings become text nodes
  return e;
}
const kbd = (k) => el("kbd", { text: k });
const fmtScore = (s) => (s == null ? "–" : s.toFixed(2));

let toastTimer = 0;
function toast(message, error) {
  const t = $("toast");
  t.textContent = message;
  t.className = error ? "error" : "";
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, error ? 6000 : 1500);
}

// -- the API -----------------------------------------------------------------------

async function answer(res) {
  let data = null;
  try { data = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) throw new Error((data && data.error) || `${res.status} ${res.statusText}`);
  return data;
}
const get = (path) => fetch(path, { headers: { Accept: "application/json" } }).then(answer);

let chain = Promise.resolve();   // POSTs run one after another, in the order made
function post(path, body) {
  const p = chain.then(() => fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Termsmith-Token": TOKEN },
    body: JSON.stringify(body),
  })).then(answer);
  chain = p.catch(() => {});
  return p;
}

function params(extra) {
  const p = new URLSearchParams();
  const f = state.filters;
  if (f.kind) p.set("kind", f.kind);
  p.set("status", f.status || "all");
  if (f.q) p.set("q", f.q);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

// -- the queue -------------------------------------------------------------------

function rowEl(row, i) {
  const li = el("li", { role: "option", "data-id": String(row.id), onclick: () => select(i) },
    el("span", { class: `badge ${row.status}`, text: row.status }),
    el("span", { class: row.usage === "deprecated" ? "t deprecated" : "t", text: row.term }),
    el("span", { class: "k", text: `${row.kind} · ${fmtScore(row.score)}` }));
  if (row.zh || row.definition) {
    li.append(el("span", { class: "z", text: [row.zh, row.definition].filter(Boolean).join(" — ") }));
  }
  if (i === state.sel) { li.classList.add("sel"); li.setAttribute("aria-selected", "true"); }
  return li;
}

function redrawRow(i) {
  const fresh = rowEl(state.rows[i], i);
  state.els[i].replaceWith(fresh);
  state.els[i] = fresh;
}

function drawQueueFooter() {
  const shown = state.rows.length;
  $("queue-count").textContent = `${state.total} in this view` + (state.more ? ` · ${shown} loaded` : "");
  $("queue-more").textContent = state.more ? "Scroll or move down for more…" :
    (shown ? "End of the queue." : "Nothing here: change the filter.");
}

let generation = 0;     // a new filter makes answers to older queue requests stale

async function loadMore(reset) {
  if (reset) generation += 1;
  else if (state.loading) return state.loading;
  else if (!state.more) return;
  const gen = generation;
  const extra = { limit: PAGE };
  if (!reset && state.next) extra.after = state.next;     // the last row's sort key
  const request = (async () => {
    try {
      const data = await get("/api/queue?" + params(extra));
      if (gen !== generation) return;
      if (reset) { state.rows = []; state.els = []; state.sel = -1; state.next = null; $("queue").replaceChildren(); }
      const list = $("queue");
      for (const row of data.items) {
        const i = state.rows.push(row) - 1;
        state.els.push(list.appendChild(rowEl(row, i)));
      }
      state.more = data.more;
      if (data.next) state.next = data.next;
      state.total = data.total;
      drawProgress(data.progress);
      drawQueueFooter();
    } catch (err) {
      if (gen === generation) toast(err.message, true);
    } finally {
      if (state.loading === request) state.loading = null;
    }
  })();
  state.loading = request;
  await request;
  return gen === generation;
}

async function reload(keepId) {
  state.details.clear();
  if (!(await loadMore(true))) return;       // a newer filter took over
  let i = keepId == null ? -1 : state.rows.findIndex((r) => r.id === keepId);
  if (i < 0 && state.rows.length) i = 0;
  if (i >= 0) select(i); else drawEmpty();
  saveHash();
}

function drawEmpty() {
  $("detail").replaceChildren(el("p", { class: "empty",
    text: "No candidates in this view. Change the kind, status or search above." }));
}

function select(i) {
  if (i < 0 || i >= state.rows.length) return;
  flushEdits();
  const old = state.sel;
  state.sel = i;
  if (old >= 0 && old < state.els.length) redrawRow(old);
  redrawRow(i);
  state.els[i].scrollIntoView({ block: "nearest" });
  saveHash();
  openDetail(state.rows[i]);
  if (state.more && i >= state.rows.length - 20) loadMore(false);
  // Fetch the next candidates' details now, so moving on shows them at once.
  for (const j of [i + 1, i + 2]) if (j < state.rows.length) detail(state.rows[j].concept).catch(() => {});
}

// Returns a promise only when it has to wait for the next page (keys pressed meanwhile wait too).
function move(delta) {
  const i = state.sel + delta;
  if (i >= state.rows.length && state.more) {
    return loadMore(false).then(() => { if (i < state.rows.length) select(i); });
  }
  const j = Math.max(0, Math.min(i, state.rows.length - 1));
  if (j !== state.sel) select(j);
  return null;
}

// -- progress ----------------------------------------------------------------------

function drawProgress(p) {
  state.progress = p;
  const pct = p.total ? (100 * p.reviewed) / p.total : 0;
  $("progress-fill").style.width = `${pct}%`;
  let text = `Reviewed ${p.reviewed} of ${p.total}`;
  if (p.total !== p.all_total) text += ` (all: ${p.all_reviewed} of ${p.all_total})`;
  $("progress-text").textContent = text;
}

let progressTimer = 0;
function refreshProgress() {
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => {
    get("/api/progress?" + params()).then(drawProgress).catch((e) => toast(e.message, true));
  }, 250);
}

// -- decisions ---------------------------------------------------------------------

// Decide on the selected candidate at once on screen; the POST follows (after ``gate``, a save).
function decide(status, advance, gate) {
  const row = state.rows[state.sel];
  if (!row) return null;
  const before = row.status;
  if (before !== status) {
    setStatus(row, status);
    (gate || Promise.resolve())
      .then(() => post(`/api/terms/${row.id}/status`, { status }))
      .then(() => { refreshProgress(); if (state.rows[state.sel] === row) showMore(row); })
      .catch((err) => {
        if (row.status === status) setStatus(row, before);
        refreshProgress();
        toast(`${row.term}: ${err.message}`, true);
      });
  }
  return advance ? move(1) : null;
}

function setStatus(row, status) {
  const d = (status !== "candidate") - (row.status !== "candidate");
  row.status = status;
  const i = state.rows.indexOf(row);
  if (i >= 0) redrawRow(i);
  if (state.progress && d) {          // at once; the server's count follows
    drawProgress({ ...state.progress, reviewed: state.progress.reviewed + d,
                   all_reviewed: state.progress.all_reviewed + d });
  }
  if (state.rows[state.sel] === row && $("detail-status")) {
    $("detail-status").textContent = status;
    $("detail-status").className = `badge ${status}`;
  }
  state.details.delete(row.concept);
  state.details.delete("all:" + row.concept);
}

// -- the candidate's detail -----------------------------------------------------------

function detail(cid) {
  const all = state.allContexts.has(cid);
  const key = all ? "all:" + cid : cid;
  if (!state.details.has(key)) {
    const p = get(`/api/concepts/${cid}` + (all ? "?contexts=all" : ""));
    state.details.set(key, p);
    p.catch(() => state.details.delete(key));
  }
  return state.details.get(key);
}

const fields = { zh: null, definition: null, note: null };   // the open candidate's inputs
let editing = null;                                            // { row, and the saved values }

function field(name, label, key, value, multiline) {
  const attrs = { id: `edit-${name}`, spellcheck: "false", "data-field": name };
  const input = multiline ? el("textarea", { ...attrs, rows: "2" }) :
    el("input", { ...attrs, type: "text", class: name === "zh" ? "zh" : null });
  input.value = value || "";
  input.addEventListener("input", () => {
    input.classList.toggle("dirty", editing && input.value.trim() !== editing[name]);
  });
  fields[name] = input;
  return [el("label", { for: attrs.id }, label, " ", kbd(key)), input];
}

// The part a decision needs is drawn at once from the queue row; the rest when it arrives.
function openDetail(row) {
  editing = { row, zh: row.zh || "", definition: row.definition || "", note: row.note || "" };
  const meta = [`#${row.concept}`, row.kind, row.category, `score ${fmtScore(row.score)}`,
    `${row.occurrences} occurrence${row.occurrences === 1 ? "" : "s"}`].filter(Boolean);
  $("detail").replaceChildren(
    el("div", { class: "title" }, el("h2", { id: "detail-term", text: row.term,
      class: row.usage === "deprecated" ? "deprecated" : null }),
      el("span", { class: `badge ${row.status}`, id: "detail-status", text: row.status })),
    el("div", { class: "meta", text: meta.join(" · ") }),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "approve", onclick: () => decide("approved", true) }, "Approve", kbd("a")),
      el("button", { type: "button", class: "reject", onclick: () => decide("rejected", true) }, "Reject", kbd("r")),
      el("button", { type: "button", class: "reopen", onclick: () => decide("candidate", false) }, "Reopen", kbd("u")),
      el("button", { type: "button", class: "deprecate", onclick: () => ask("deprecate") }, "Deprecate…", kbd("f")),
      el("button", { type: "button", class: "variant", onclick: () => ask("variant") }, "Accept variant…", kbd("v"))),
    el("form", { id: "ask", class: "ask", hidden: "" }),
    el("div", { class: "fields" },
      ...field("zh", "Chinese", "z", row.zh),
      ...field("definition", "Definition", "d", row.definition),
      ...field("note", "Note", "n", row.note, true),
      el("div", { class: "save-row" },
        el("button", { type: "button", class: "save", onclick: () => saveEdits(false) }, "Save", kbd("Enter")),
        el("span", {}, kbd("Ctrl"), "+", kbd("Enter"), " save and approve"))),
    el("div", { id: "detail-more" }, el("p", { class: "empty", text: "Loading contexts…" })));
  $("detail").scrollTop = 0;
  showMore(row);
}

async function showMore(row) {
  let d;
  try { d = await detail(row.concept); } catch (err) { toast(err.message, true); return; }
  if (state.rows[state.sel] !== row || !$("detail-more")) return;      // moved on meanwhile
  $("detail-more").replaceChildren(...more(row, d));
}

function more(row, d) {
  const term = d.terms.find((t) => t.id === row.id) || d.terms[0];
  const box = [];
  if (d.subject) box.push(el("div", { class: "meta", text: `subject: ${d.subject}` }));
  box.push(el("h3", { text: `Contexts (${term.context_count})` }));
  const ctx = el("ul", { class: "plain ctx" });
  for (const c of term.contexts) {
    const where = `${c.source}:${c.line ?? "?"}` + (c.speaker ? ` ${c.speaker}` : "");
    ctx.append(el("li", {}, el("span", { class: "src", text: where }), c.before,
      c.form ? el("mark", { text: c.form }) : null, c.after));
  }
  box.push(ctx);
  if (term.context_count > term.contexts.length) {
    box.push(el("button", { type: "button", class: "more", onclick: moreContexts },
      `Show all ${term.context_count} contexts `, kbd("m")));
  }
  const variants = term.variants.filter((v) => v.form !== term.term || term.variants.length > 1);
  if (variants.length) {
    box.push(el("h3", { text: "Variants seen" }),
      el("ul", { class: "plain" }, ...variants.map((v) => el("li", { text: `${v.form} ×${v.count}` }))));
  }
  const others = d.terms.filter((t) => t.id !== term.id);
  if (others.length) {
    box.push(el("h3", { text: "Other terms of this concept" }), el("ul", { class: "plain terms" },
      ...others.map((t) => el("li", { class: t.usage === "deprecated" ? "deprecated" : null },
        el("span", { text: t.term }), " ",
        el("span", { class: "meta", text: `${t.lang} · ${t.type} · ${t.usage} · ${t.status}` })))));
  }
  if (d.glosses.length) {
    box.push(el("h3", { text: "Glosses" }), el("ul", { class: "plain" }, ...d.glosses.map((g) => el("li", { text: g }))));
  }
  if (d.evidence.length) {
    box.push(el("h3", { text: "Harvest evidence" }),
      el("ul", { class: "plain" }, ...d.evidence.map((e) => el("li", { text: e }))));
  }
  if (d.history.length) {
    box.push(el("h3", { text: "History" }), el("ul", { class: "plain hist" }, ...d.history.map((h) =>
      el("li", { text: `${h.at} ${h.who}: ${h.field} ${h.old ?? "∅"} → ${h.new ?? "∅"}` }))));
  }
  return box;
}

function moreContexts() {
  const row = state.rows[state.sel];
  if (!row) return;
  state.allContexts.add(row.concept);
  showMore(row);
}

function pendingEdits() {
  if (!editing) return {};
  const body = {};
  for (const name of ["zh", "definition", "note"]) {
    const input = fields[name];
    if (input && input.isConnected && input.value.trim() !== editing[name]) body[name] = input.value;
  }
  return body;
}

// Save the open candidate's edits; with ``approve``, approve it and move on at once.
function saveEdits(approve) {
  const row = editing && editing.row;
  if (!row) return null;
  const body = pendingEdits();
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  let saved = null;
  if (Object.keys(body).length) {
    const before = { ...editing };
    for (const name of Object.keys(body)) editing[name] = body[name].trim();   // not sent twice
    saved = post(`/api/concepts/${row.concept}`, body);
    saved.then((res) => {
      const c = res.concept;
      state.details.set(row.concept, Promise.resolve(c));
      state.details.delete("all:" + row.concept);
      Object.assign(row, { zh: c.zh, definition: c.definition, note: c.note });
      const i = state.rows.indexOf(row);
      if (i >= 0) redrawRow(i);
      if (editing && editing.row === row) {
        const now = { zh: c.zh || "", definition: c.definition || "", note: c.note || "" };
        for (const name of Object.keys(body)) {      // show what the term base now has
          const input = fields[name];
          if (input && input.value.trim() === body[name].trim()) input.value = now[name];
        }
        Object.assign(editing, now);
        for (const name of Object.keys(fields)) if (fields[name]) fields[name].classList.remove("dirty");
        showMore(row);
      }
      const removed = "zh" in body && !body.zh.trim();
      toast(!res.changed ? "No change" : removed ? (c.zh ? `Removed; now ${c.zh}` : "Removed") : "Saved");
    }, (err) => {
      if (editing && editing.row === row) Object.assign(editing, before);
      toast(`${row.term}: ${err.message}`, true);
    });
  }
  return approve ? decide("approved", true, saved) : null;
}

// -- deprecate, accept a variant: a one-line prompt under the buttons --------------------

const ASK = {
  deprecate: { label: "Deprecate in favour of", hint: "the term to use instead",
    prefill: (row) => row.term, send: (row, text) =>
      post(`/api/concepts/${row.concept}/deprecate`, { term: row.id, use: text }),
    done: (row, res, text) => {
      row.usage = "deprecated";
      const use = res.concept.terms.find((t) => t.id === res.replacement);
      return `Deprecated; use ${use ? use.term : text}`;
    } },
  variant: { label: "Accept as a variant", hint: "another form of the term, e.g. a short form",
    prefill: () => "", send: (row, text) =>
      post(`/api/concepts/${row.concept}/variants`, { variant: text }),
    done: () => "Variant accepted" },
};

function ask(action) {
  const row = editing && editing.row;
  const form = $("ask");
  if (!row || !form) return;
  const a = ASK[action];
  const input = el("input", { type: "text", id: "ask-input", spellcheck: "false", placeholder: a.hint,
    "aria-label": a.label, "data-action": action });
  input.value = a.prefill(row);
  const close = () => { form.hidden = true; form.replaceChildren(); };
  const submit = () => {
    const text = input.value.trim();
    if (!text) return;
    close();
    a.send(row, text).then((res) => {
      state.details.set(row.concept, Promise.resolve(res.concept));
      state.details.delete("all:" + row.concept);
      const message = a.done(row, res, text);
      const i = state.rows.indexOf(row);
      if (i >= 0) redrawRow(i);
      if (state.rows[state.sel] === row) {
        $("detail-term").classList.toggle("deprecated", row.usage === "deprecated");
        showMore(row);
      }
      toast(message);
      refreshProgress();          // a replacement or a variant is one more English term
    }, (err) => toast(`${row.term}: ${err.message}`, true));
  };
  input.addEventListener("keydown", (e) => {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === "Enter") { e.preventDefault(); submit(); }
    else if (e.key === "Escape") { e.preventDefault(); close(); }
  });
  form.onsubmit = (e) => { e.preventDefault(); submit(); };
  form.replaceChildren(el("label", { for: "ask-input" }, a.label), input,
    el("button", { type: "submit", class: "save" }, "OK", kbd("Enter")),
    el("button", { type: "button", class: "save", onclick: close }, "Cancel", kbd("Esc")));
  form.hidden = false;
  input.focus();
  input.select();
}

function flushEdits() {        // leaving a candidate keeps what was typed (Esc undoes)
  if (Object.keys(pendingEdits()).length) saveEdits(false);
  editing = null;
}

function undoEdits() {
  if (!editing) return;
  for (const name of ["zh", "definition", "note"]) {
    if (fields[name]) { fields[name].value = editing[name]; fields[name].classList.remove("dirty"); }
  }
}

// -- filters and the address bar ----------------------------------------------------

function saveHash() {
  const p = params();
  const row = state.rows[state.sel];
  if (row) p.set("t", row.id);
  history.replaceState(null, "", "#" + p);
}

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.filters = { kind: p.get("kind") || "", status: p.get("status") || "candidate", q: p.get("q") || "" };
  $("f-kind").value = state.filters.kind;
  $("f-status").value = state.filters.status;
  $("f-q").value = state.filters.q;
  return p.has("t") ? Number(p.get("t")) : null;
}

function applyFilters() {
  flushEdits();
  state.filters = { kind: $("f-kind").value, status: $("f-status").value, q: $("f-q").value.trim() };
  reload(null);
}

let searchTimer = 0;
function wireFilters() {
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("f-kind").addEventListener("change", () => { applyFilters(); $("f-kind").blur(); });
  $("f-status").addEventListener("change", () => { applyFilters(); $("f-status").blur(); });
  $("f-q").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(applyFilters, 250); });
  $("help-button").addEventListener("click", () => toggleHelp());
  $("help").addEventListener("click", (e) => { if (e.target === $("help")) toggleHelp(false); });
}

function toggleHelp(show) {
  const h = $("help");
  h.hidden = show === undefined ? !h.hidden : !show;
}

// -- keyboard ------------------------------------------------------------------------

const KEYS = {
  j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
  a: () => decide("approved", true), r: () => decide("rejected", true), x: () => decide("rejected", true),
  u: () => decide("candidate", false), f: () => ask("deprecate"), v: () => ask("variant"),
  z: () => focusField("zh"), e: () => focusField("zh"), d: () => focusField("definition"),
  n: () => focusField("note"), m: moreContexts, "/": () => { $("f-q").focus(); $("f-q").select(); },
  "?": () => toggleHelp(), g: () => select(0), Home: () => select(0),
  G: () => select(state.rows.length - 1), End: () => select(state.rows.length - 1),
};

let pending = null;     // a move waiting for the next page: keys pressed meanwhile wait for it
function run(action) {
  const go = () => action() || null;
  const p = pending ? pending.then(go) : go();
  if (p && typeof p.then === "function") {
    pending = p;
    p.catch(() => {}).finally(() => { if (pending === p) pending = null; });
  }
}

function focusField(name) {
  const input = fields[name];
  if (!input || !input.isConnected) return;
  input.focus();
  input.select();
}

function onKey(e) {
  if (e.isComposing || e.keyCode === 229) return;    // an IME (pinyin) is composing: Enter is the IME's
  const t = e.target;
  if (!$("help").hidden) {
    if (e.key === "Escape" || e.key === "?") { toggleHelp(false); e.preventDefault(); }
    return;
  }
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) {
    if (t.dataset.field) {
      if (e.key === "Escape") { undoEdits(); t.blur(); e.preventDefault(); }
      else if (e.key === "Enter" && !(e.shiftKey && t instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        const approve = e.ctrlKey || e.metaKey;
        run(() => saveEdits(approve));
      }
    } else if (t === $("f-q") && (e.key === "Enter" || e.key === "Escape")) {
      e.preventDefault();
      if (e.key === "Escape" && t.value) { t.value = ""; }
      clearTimeout(searchTimer);
      applyFilters();
      t.blur();
    }
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const action = KEYS[e.key];
  if (action) { e.preventDefault(); run(action); }
}

// -- start ----------------------------------------------------------------------------

async function main() {
  wireFilters();
  document.addEventListener("keydown", onKey);
  try {
    const info = await get("/api/info");
    $("who").textContent = `${info.who} · ${info.db}`;
    const kind = $("f-kind");
    for (const k of info.kinds) kind.append(el("option", { value: k.kind, text: `${k.kind} (${k.count})` }));
  } catch (err) {
    toast(err.message, true);
  }
  const keep = readHash();
  await reload(keep);
}

main();
