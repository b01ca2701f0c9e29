// termsmith review page. Vanilla JS, no dependencies.
// Everything from the term base is put into the page as text (textContent and
// text nodes); this file never assigns HTML markup built from data.
"use strict";

const TOKEN = JSON.parse(document.getElementById("boot").textContent).token;
const PAGE = 100;
const $ = (id) => document.getElementById(id);

const state = {
  rows: [], els: [], sel: -1, more: false, next: null, total: 0, loading: null,
  moreBefore: false, first: null,          // rows before the loaded ones (a deep link)
  filters: { kind: "", status: "candidate", q: "" },
  details: new Map(),            // concept id -> detail (3 contexts), or "all:" + id
  allContexts: new Set(),        // concept ids shown with every context
  progress: null,
  picked: new Set(),             // term ids selected for a bulk decision
  anchor: -1,                    // where a shift-click range starts
  canUndo: false,
  relations: [],
  suggested: null,               // the first equivalent the memory proposes for the open term
  writing: new Map(),            // concept id -> its last decision's request, until settled
};

// -- settings: single-key shortcuts can be turned off or remapped (WCAG 2.1.4) ----------

const ACTIONS = [
  ["next", "j", "next term"], ["prev", "k", "previous term"],
  ["approve", "a", "approve (the selected ones, if any), go to the next"],
  ["reject", "r", "reject (the selected ones, if any), go to the next"],
  ["reopen", "u", "reopen (back to candidate)"], ["pick", "x", "select or unselect for a bulk decision"],
  ["deprecate", "f", "deprecate an approved term in favour of another (exports mark it forbidden)"],
  ["variant", "v", "accept a variant (checks stop reporting it)"],
  ["merge", "y", "merge another concept into this one"],
  ["partner", "p", "approve the acronym or expansion offered"],
  ["zh", "z", "edit the Chinese equivalent; clear it and save to withdraw a wrong one"],
  ["suggest", "s", "use the first equivalent suggested from the translation memory (saves it)"],
  ["definition", "d", "edit the definition"], ["note", "n", "edit the note"],
  ["more", "m", "more contexts"], ["search", "/", "search"],
  ["first", "g", "first loaded term"], ["last", "G", "last loaded term"], ["help", "?", "this help"],
];
const SETTINGS_KEY = "termsmith.review.keys";

function loadSettings() {
  let saved = {};
  try { saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) || "{}") || {}; } catch (_) { saved = {}; }
  const keys = {};
  for (const [name, key] of ACTIONS) keys[name] = typeof saved.keys?.[name] === "string" ? saved.keys[name] : key;
  return { single: saved.single !== false, keys };
}
let settings = loadSettings();

// -- DOM helpers (text only) -----------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c != null && c !== false) e.append(c);   // strings become text nodes
  return e;
}
// A key shown on a button: hidden from its accessible name ("Approve", not "Approvea").
const kbd = (k) => el("kbd", { text: k, "aria-hidden": "true" });
const keyOf = (action) => settings.keys[action] || "";
const hint = (action) => (settings.single && keyOf(action) ? kbd(keyOf(action)) : null);
function button(label, action, onclick, cls) {
  return el("button", { type: "button", class: cls, onclick,
    "aria-keyshortcuts": settings.single && keyOf(action) ? keyOf(action) : null }, label, hint(action));
}
const fmtScore = (s) => (s == null ? "–" : s.toFixed(2));
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

let toastTimer = 0;
function toast(message, error) {
  const t = $("toast");
  t.textContent = message;
  t.className = error ? "error" : "";
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, error ? 6000 : 1800);
}

// -- the API -----------------------------------------------------------------------

async function answer(res) {
  let data = null;
  try { data = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const err = new Error((data && data.error) || `${res.status} ${res.statusText}`);
    err.status = res.status;
    err.data = data;
    throw err;
  }
  return data;
}
const get = (path) => fetch(path, { headers: { Accept: "application/json" } }).then(answer);

let chain = Promise.resolve();   // POSTs run one after another, in the order made
function post(path, body) {
  const data = JSON.stringify(body);
  const p = chain.then(() => fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Termsmith-Token": TOKEN },
    body: data,
    keepalive: data.length < 60000,     // a decision made just before a reload still lands
  })).then(answer);
  chain = p.catch(() => {});
  return p.then((data) => { state.canUndo = true; drawUndo(); return data; });
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

function rowEl(row) {
  const current = state.rows[state.sel] === row;
  const picked = state.picked.has(row.id);
  const li = el("li", { role: "option", id: `row-${row.id}`, "data-id": String(row.id),
    "aria-selected": current ? "true" : "false", "aria-checked": picked ? "true" : "false",
    class: [current ? "sel" : "", picked ? "picked" : ""].join(" ").trim() || null,
    onclick: (e) => clickRow(row, e) },
    el("span", { class: `badge ${row.status}`, text: row.status }),
    el("span", { class: row.usage === "deprecated" ? "t deprecated" : "t", text: row.term }),
    el("span", { class: "k", text: `${row.kind} · ${fmtScore(row.score)}` }));
  if (row.zh || row.definition) {
    li.append(el("span", { class: "z", text: [row.zh, row.definition].filter(Boolean).join(" — ") }));
  }
  return li;
}

function redrawRow(i) {
  const fresh = rowEl(state.rows[i]);
  state.els[i].replaceWith(fresh);
  state.els[i] = fresh;
  if (i === state.sel) {
    $("queue").setAttribute("aria-activedescendant", fresh.id);
    fresh.scrollIntoView({ block: "nearest" });      // the selected row stays in view
  }
}

function clickRow(row, e) {
  const i = state.rows.indexOf(row);
  if (i < 0) return;
  if (e.shiftKey && state.anchor >= 0) {          // a range, from the last row clicked
    const [lo, hi] = [Math.min(state.anchor, i), Math.max(state.anchor, i)];
    for (let j = lo; j <= hi; j++) state.picked.add(state.rows[j].id);
    redrawAll();
    drawBulk();
    return;
  }
  if (e.ctrlKey || e.metaKey) { togglePick(i); return; }
  state.anchor = i;
  select(i);
}

function togglePick(i) {
  const row = state.rows[i];
  if (!row) return;
  if (state.picked.has(row.id)) state.picked.delete(row.id); else state.picked.add(row.id);
  state.anchor = i;
  redrawRow(i);
  drawBulk();
}

function redrawAll() { for (let i = 0; i < state.rows.length; i++) redrawRow(i); }

// Every count on the page comes from here: one answer of the server (progress and the
// queue's length), adjusted at once for decisions still on their way.
function drawCounts() {
  const p = state.progress;
  if (!p) return;
  const pct = p.total ? (100 * p.reviewed) / p.total : 0;
  $("progress-fill").style.width = `${pct}%`;
  let text = `Reviewed ${p.reviewed} of ${p.total}`;
  if (p.total !== p.all_total) text += ` (all: ${p.all_reviewed} of ${p.all_total})`;
  $("progress-text").textContent = text;
  const shown = state.rows.length;
  $("queue-count").textContent = `${plural(state.total, "term")} in this view`
    + (state.more || state.moreBefore ? ` · ${shown} loaded` : "");
  $("queue-more").textContent = state.more ? "Scroll or move down for more…" :
    (shown ? "End of the queue." : "Nothing here: change the filter.");
  $("load-earlier").hidden = !state.moreBefore;
  drawBulk();
}

let generation = 0;     // a new filter makes answers to older queue requests stale

function addRows(items, atStart) {
  const list = $("queue");
  if (atStart) {
    const els = items.map((row) => rowEl(row));
    list.prepend(...els);
    state.rows = [...items, ...state.rows];
    state.els = [...els, ...state.els];
    if (state.sel >= 0) state.sel += items.length;
    if (state.anchor >= 0) state.anchor += items.length;
  } else {
    for (const row of items) {
      state.rows.push(row);
      state.els.push(list.appendChild(rowEl(row)));
    }
  }
}

async function loadMore(reset, from) {
  if (reset) generation += 1;
  else if (state.loading) return state.loading;
  else if (!state.more) return;
  const gen = generation;
  const extra = { limit: PAGE };
  if (from) extra.after = from;
  else if (!reset && state.next) extra.after = state.next;     // the last row's sort key
  const request = (async () => {
    try {
      const data = await get("/api/queue?" + params(extra));
      if (gen !== generation) return;
      if (reset) {
        state.rows = []; state.els = []; state.sel = -1; state.next = null; state.anchor = -1;
        state.moreBefore = false; state.first = null;
        $("queue").replaceChildren();
      }
      addRows(data.items, false);
      if (!state.first && data.items.length) state.first = data.items[0].cursor;
      state.more = data.more;
      if (data.next) state.next = data.next;
      state.total = data.total;
      state.progress = data.progress;
      drawCounts();
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

async function loadEarlier() {
  if (!state.moreBefore || !state.first) return;
  const gen = generation;
  const data = await get("/api/queue?" + params({ limit: PAGE, before: state.first }));
  if (gen !== generation) return;
  addRows(data.items, true);
  state.moreBefore = data.more;
  if (data.items.length) state.first = data.items[0].cursor;
  drawCounts();
}

// A deep link to a term past the loaded pages: load the page that starts at it, and
// the rows before it on request.
async function loadAround(id) {
  let cur;
  try { cur = (await get(`/api/terms/${id}/cursor`)).cursor; } catch (_) { return false; }
  const [score, ident] = cur.split(":");
  const from = `${score}:${Number(ident) - 1}`;
  if (!(await loadMore(true, from))) return false;
  state.first = state.rows.length ? state.rows[0].cursor : null;
  state.moreBefore = true;
  drawCounts();
  return state.rows.some((r) => r.id === id);
}

async function reload(keepId) {
  state.details.clear();
  if (!(await loadMore(true))) return;       // a newer filter took over
  let i = keepId == null ? -1 : state.rows.findIndex((r) => r.id === keepId);
  if (i < 0 && keepId != null && await loadAround(keepId)) i = state.rows.findIndex((r) => r.id === keepId);
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
  if (i === state.sel && editing && editing.row === state.rows[i]) return;   // already open
  flushEdits();
  const old = state.sel;
  state.sel = i;
  if (old >= 0 && old < state.els.length) redrawRow(old);
  redrawRow(i);
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

let progressTimer = 0;
function refreshProgress() {
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => {
    get("/api/progress?" + params()).then((p) => {
      state.total = p.matching;
      delete p.matching;
      state.progress = p;
      drawCounts();
    }).catch((e) => toast(e.message, true));
  }, 250);
}

// -- decisions ---------------------------------------------------------------------

// Decide on the selected candidate (or the rows picked) at once on screen; the POST
// follows (after ``gate``, a save).
function decide(status, advance, gate) {
  if (state.picked.size) return decidePicked(status);
  const row = state.rows[state.sel];
  if (!row) return null;
  const before = row.status;
  if (before !== status) {
    setStatus(row, status);
    const send = (version) => post(`/api/terms/${row.id}/status`, { status, version });
    // Two terms of one concept decided in quick succession (an expansion, then its
    // acronym) are sent one after the other, the second with the version the first
    // returned: sent at once with the version loaded, the second was refused as a
    // colleague's change, and the conflict dialog swallowed the keys typed after it.
    const prior = state.writing.get(row.concept);
    const sent = (prior ? prior.then(() => gate) : (gate || Promise.resolve()))
      .then(() => send(row.version))
      .catch((err) => {
        if (!isConflict(err)) throw err;
        return resolveConflict(row, err, () => send(err.data.conflict.current));
      })
      .then((res) => {
        if (!res) return;                            // kept theirs: already redrawn
        if (res.version != null) sameConcept(row, res.version);
        refreshProgress();
        if (state.rows[state.sel] === row) showMore(row);
        if (status === "approved") offerPartner(row);
      })
      .catch((err) => {
        if (row.status === status) setStatus(row, before);
        refreshProgress();
        toast(`${row.term}: ${err.message}`, true);
      });
    state.writing.set(row.concept, sent);
    sent.finally(() => { if (state.writing.get(row.concept) === sent) state.writing.delete(row.concept); });
  }
  return advance ? move(1) : null;
}

function setStatus(row, status) {
  const d = (status !== "candidate") - (row.status !== "candidate");
  row.status = status;
  const i = state.rows.indexOf(row);
  if (i >= 0) redrawRow(i);
  if (state.progress && d) {          // at once; the server's count follows
    state.progress = { ...state.progress, reviewed: state.progress.reviewed + d,
                       all_reviewed: state.progress.all_reviewed + d };
    drawCounts();
  }
  if (state.rows[state.sel] === row && $("detail-status")) {
    $("detail-status").textContent = status;
    $("detail-status").className = `badge ${status}`;
  }
  state.details.delete(row.concept);
  state.details.delete("all:" + row.concept);
}

// Approving an acronym offers its expansion, and the other way round.
function offerPartner(row) {
  const p = row.partner;
  const box = $("offer");
  if (!p || p.status === "approved" || !box || state.rows[state.sel - 1] !== row && state.rows[state.sel] !== row) {
    return;
  }
  const what = p.type === "fullForm" ? "its expansion" : "its acronym";
  const yes = () => {
    box.hidden = true;
    post(`/api/terms/${p.id}/status`, { status: "approved" }).then(() => {
      p.status = "approved";
      const other = state.rows.find((r) => r.id === p.id);
      if (other) setStatus(other, "approved");
      refreshProgress();
      toast(`Approved ${p.term} too`);
    }, (err) => toast(`${p.term}: ${err.message}`, true));
  };
  state.offer = yes;
  box.replaceChildren(el("span", {}, `Approve ${what} “`, el("strong", { text: p.term }), "” too?"),
    button("Approve too", "partner", yes, "save"),
    el("button", { type: "button", class: "save", onclick: () => { box.hidden = true; state.offer = null; } }, "No"));
  box.hidden = false;
}

function decidePicked(status) {
  const ids = [...state.picked];
  const rows = state.rows.filter((r) => state.picked.has(r.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The version of each row's concept as loaded: a row someone changed since refuses the
  // whole decision (issue 11), and the view is reloaded to show what they did.
  const versions = ids.map((id) => (byId.has(id) ? byId.get(id).version : null));
  const before = rows.map((r) => r.status);
  for (const r of rows) setStatus(r, status);
  post("/api/bulk", { ids, versions, status }).then((res) => {
    toast(`${{ approved: "Approved", rejected: "Rejected", candidate: "Reopened" }[status]} ${plural(res.count, "term")}`);
    for (const r of state.rows) {
      const v = res.versions && res.versions[r.concept];
      if (v != null) r.version = v;
    }
    state.picked.clear();
    redrawAll();
    refreshProgress();
  }, (err) => {
    rows.forEach((r, k) => setStatus(r, before[k]));
    toast(err.message, true);
    if (isConflict(err)) reload(state.rows[state.sel] ? state.rows[state.sel].id : null);
  });
  return null;
}

// "Apply to all in this view": the confirmation states the count; the server refuses if
// the view holds another number by then.
function confirmView(status) {
  const n = state.total;
  const verb = { approved: "Approve", rejected: "Reject", candidate: "Reopen" }[status];
  const done = { approved: "Approved", rejected: "Rejected", candidate: "Reopened" }[status];
  openDialog("confirm", `${verb} all ${plural(n, "term")} in this view?`,
    [el("p", { text: `Every term the filter shows (${describeView()}) becomes ${status}: ${n} in all, ` +
      "the loaded ones and the rest. One undo (Ctrl+Z) takes it back." })],
    `${verb} ${n}`, () => {
      post("/api/bulk", { view: { ...state.filters, status: state.filters.status || "all" }, expect: n, status })
        .then((res) => { toast(`${done} ${plural(res.count, "term")}`); reload(null); },
          (err) => { toast(err.message, true); if (err.data && err.data.count != null) reload(null); });
    });
}

function describeView() {
  const f = state.filters;
  return [f.kind ? `kind ${f.kind}` : "all kinds", f.status === "all" ? "any status" : (f.status || "any status"),
    f.q ? `containing “${f.q}”` : null].filter(Boolean).join(", ");
}

function drawBulk() {
  const n = state.picked.size;
  const bar = $("bulk");
  bar.replaceChildren(
    n ? el("span", { class: "count", text: `${n} selected` }) : el("span", { class: "count", text: "All in view:" }),
    ...(n ? [button("Approve", "approve", () => decidePicked("approved")),
      button("Reject", "reject", () => decidePicked("rejected")),
      button("Reopen", "reopen", () => decidePicked("candidate")),
      el("button", { type: "button", onclick: () => { state.picked.clear(); redrawAll(); drawBulk(); } }, "Clear")]
      : [el("button", { type: "button", onclick: () => confirmView("approved"), disabled: !state.total },
        "Approve all…"),
      el("button", { type: "button", onclick: () => confirmView("rejected"), disabled: !state.total },
        "Reject all…")]));
}

// -- undo (Ctrl+Z): the server takes back this reviewer's last decision, also after a reload

function drawUndo() { $("undo-button").disabled = !state.canUndo; }

function undo() {
  const keep = state.rows[state.sel] ? state.rows[state.sel].id : null;
  return post("/api/undo", {}).then((res) => {
    state.canUndo = res.can_undo;
    drawUndo();
    if (!res.undone.length) { toast("Nothing to undo"); return; }
    const what = res.undone.map((u) => `${u.term || "#" + u.concept} ${u.field}`).slice(0, 3).join(", ");
    toast(`Undone: ${what}${res.undone.length > 3 ? "…" : ""}`);
    return reload(keep);
  }, (err) => toast(err.message, true));
}

// -- someone else changed the concept meanwhile (issue 11) ---------------------------------

const isConflict = (err) => err && err.status === 409 && err.data && err.data.conflict;

// Every loaded row of a concept carries the concept's version: a decision sends it back.
function sameConcept(row, version) {
  for (const r of state.rows) if (r.concept === row.concept) r.version = version;
}

// The write was refused: the concept changed since it was loaded. Say who changed what
// and when; the reviewer reloads, keeps theirs (drops this change) or keeps mine (sends it
// again over theirs). Resolves to the retried answer, or null when the change is dropped.
function resolveConflict(row, err, retry) {
  const c = err.data.conflict;
  const lines = c.changes.length ? c.changes.map((h) => el("li", { text:
    `${h.at} ${h.who}: ${h.term ? h.term + " " : ""}${h.field} ${h.old ?? "∅"} → ${h.new ?? "∅"}` }))
    : [el("li", { text: "changed by another reviewer" })];
  const refresh = () => {
    state.details.delete(row.concept);
    state.details.delete("all:" + row.concept);
    return get(`/api/concepts/${row.concept}`).then((d) => {
      sameConcept(row, d.version);
      for (const r of state.rows) {
        if (r.concept !== row.concept) continue;
        const t = d.terms.find((x) => x.id === r.id);
        Object.assign(r, { zh: d.zh, definition: d.definition, note: d.note },
          t ? { status: t.status, usage: t.usage } : {});
        const i = state.rows.indexOf(r);
        if (i >= 0) redrawRow(i);
      }
      if (state.rows[state.sel] && state.rows[state.sel].concept === row.concept) openDetail(state.rows[state.sel]);
      refreshProgress();
    });
  };
  return new Promise((resolve, reject) => {
    openChoice(`“${row.term}” was changed meanwhile`,
      [el("p", { text: "Since you loaded it:" }), el("ul", { class: "plain hist" }, ...lines)],
      [{ label: "Keep mine", primary: true, act: () => retry().then(resolve, reject) },
        { label: "Keep theirs", act: () => refresh().then(() => resolve(null), reject) },
        { label: "Reload", act: () => reload(state.rows[state.sel] ? state.rows[state.sel].id : null)
          .then(() => resolve(null), reject) }],
      // Esc is "keep theirs": nothing is left half-done on screen, the colleague's change shown.
      () => refresh().then(() => { toast("Your change was not saved; theirs is shown"); resolve(null); }, reject));
  });
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

function draftKey(row) { return `termsmith.draft.${row.concept}`; }

function saveDraft() {
  if (!editing) return;
  const body = pendingEdits();
  try {
    if (Object.keys(body).length) sessionStorage.setItem(draftKey(editing.row), JSON.stringify(body));
    else sessionStorage.removeItem(draftKey(editing.row));
  } catch (_) { /* storage full or off: the beforeunload warning still holds */ }
}

function field(name, label, action, value, multiline) {
  const attrs = { id: `edit-${name}`, spellcheck: "false", "data-field": name };
  const input = multiline ? el("textarea", { ...attrs, rows: "2" }) :
    el("input", { ...attrs, type: "text", class: name === "zh" ? "zh" : null, lang: name === "zh" ? "zh" : null });
  input.value = value || "";
  input.addEventListener("input", () => {
    input.classList.toggle("dirty", editing && input.value.trim() !== editing[name]);
    saveDraft();
  });
  fields[name] = input;
  return [el("label", { for: attrs.id }, label, " ", hint(action)), input];
}

// The part a decision needs is drawn at once from the queue row; the rest when it arrives.
function openDetail(row) {
  editing = { row, zh: row.zh || "", definition: row.definition || "", note: row.note || "" };
  const meta = [`#${row.concept}`, row.kind, row.category, `score ${fmtScore(row.score)}`,
    plural(row.occurrences, "occurrence")].filter(Boolean);
  $("detail").replaceChildren(
    el("div", { class: "title" }, el("h2", { id: "detail-term", text: row.term,
      class: row.usage === "deprecated" ? "deprecated" : null }),
      el("span", { class: `badge ${row.status}`, id: "detail-status", text: row.status })),
    el("div", { class: "meta", text: meta.join(" · ") }),
    el("div", { class: "actions" },
      button("Approve", "approve", () => decide("approved", true), "approve"),
      button("Reject", "reject", () => decide("rejected", true), "reject"),
      button("Reopen", "reopen", () => decide("candidate", false), "reopen"),
      button("Deprecate…", "deprecate", () => ask("deprecate"), "deprecate"),
      button("Accept variant…", "variant", () => ask("variant"), "variant"),
      button("Merge…", "merge", () => ask("merge"), "merge")),
    el("div", { id: "offer", class: "offer", role: "status", hidden: true }),
    el("form", { id: "ask", class: "ask", hidden: true }),
    el("div", { class: "fields" },
      ...field("zh", "Chinese", "zh", row.zh),
      ...field("definition", "Definition", "definition", row.definition),
      ...field("note", "Note", "note", row.note, true),
      el("div", { class: "save-row" },
        el("button", { type: "button", class: "save", onclick: () => run(() => saveEdits(false)) }, "Save",
          kbd("Enter")),
        el("span", {}, kbd("Ctrl"), "+", kbd("Enter"), " save and approve"))),
    el("section", { id: "suggestions", class: "suggestions", hidden: true, "aria-live": "polite" }),
    el("div", { id: "detail-more" }, el("p", { class: "empty", text: "Loading contexts…" })));
  restoreDraft(row);
  $("detail").scrollTop = 0;
  state.suggested = null;
  showMore(row);
  if (!row.zh) showSuggestions(row);
}

// Equivalents the translation memory proposes (termsmith.equivalents), for a term with none.
async function showSuggestions(row) {
  let d;
  try { d = await get(`/api/concepts/${row.concept}/proposals`); } catch (_) { return; }
  const box = $("suggestions");
  if (state.rows[state.sel] !== row || !box || !d.proposals.length) return;
  state.suggested = d.proposals[0].text;
  const items = d.proposals.map((p, k) => {
    const ex = p.example ? el("div", { class: "ex" }, el("span", { lang: "zh", text: p.example.zh }),
      " — ", el("span", { text: p.example.en })) : null;
    return el("li", {},
      el("button", { type: "button", class: "use", onclick: () => run(() => useSuggestion(p.text)),
        "aria-label": `use ${p.text}` }, el("span", { lang: "zh", text: p.text }),
        k === 0 ? hint("suggest") : null),
      el("span", { class: "meta", text: ` score ${fmtScore(p.score)} · ${plural(p.units, "aligned unit")}` }), ex);
  });
  box.replaceChildren(el("h3", { text: "Suggested from the translation memory" }),
    el("ul", { class: "plain" }, ...items));
  box.hidden = false;
}

function useSuggestion(text) {
  const input = fields.zh;
  if (!input || !input.isConnected || !text) return null;
  input.value = text;
  input.classList.toggle("dirty", text.trim() !== editing.zh);
  return saveEdits(false);
}

function restoreDraft(row) {
  let draft = null;
  try { draft = JSON.parse(sessionStorage.getItem(draftKey(row)) || "null"); } catch (_) { draft = null; }
  if (!draft) return;
  for (const [name, value] of Object.entries(draft)) {
    if (fields[name] && typeof value === "string") {
      fields[name].value = value;
      fields[name].classList.toggle("dirty", value.trim() !== editing[name]);
    }
  }
  toast("Unsaved edits restored: Enter saves them, Esc drops them");
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
      `Show all ${term.context_count} contexts `, hint("more")));
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
        el("span", { text: t.term, lang: t.lang }), " ",
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
      el("li", { text: `${h.at} ${h.who}: ${h.term ? h.term + " " : ""}${h.field} ${h.old ?? "∅"} → ${h.new ?? "∅"}` }))));
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

const RELATIONS = {
  typo: "a typo: remove it (the history keeps it)",
  synonym: "a synonym: keep it, admitted",
  shortForm: "a short form: keep it, admitted",
  abbreviation: "an abbreviation: keep it, admitted",
  forbidden: "wrong: keep it, forbidden (exports mark it so)",
};

// When a Chinese equivalent replaces another, the reviewer says what the old one becomes.
function askRelation(old, fresh) {
  return new Promise((resolve) => {
    const form = $("ask");
    if (!form) { resolve(null); return; }
    const legend = el("legend", {}, "“", el("span", { lang: "zh", text: old }), "” is replaced by “",
      el("span", { lang: "zh", text: fresh }), "”. The old one is…");
    const options = Object.entries(RELATIONS).map(([value, label], k) => el("label", { class: "choice" },
      el("input", { type: "radio", name: "relation", value, checked: value === "synonym" ? true : null }),
      ` ${k + 1} `, label));
    const close = (value) => { form.hidden = true; form.replaceChildren(); form.onsubmit = null; resolve(value); };
    form.onsubmit = (e) => {
      e.preventDefault();
      const picked = form.querySelector("input[name=relation]:checked");
      close(picked ? picked.value : "synonym");
    };
    form.onkeydown = (e) => {
      if (e.key === "Escape") { e.preventDefault(); close(null); }
      const n = Number(e.key);
      if (n >= 1 && n <= options.length) {
        e.preventDefault();
        options[n - 1].querySelector("input").checked = true;
      }
    };
    form.replaceChildren(el("fieldset", { class: "relation" }, legend, ...options),
      el("button", { type: "submit", class: "save" }, "OK", kbd("Enter")),
      el("button", { type: "button", class: "save", onclick: () => close(null) }, "Cancel", kbd("Esc")));
    form.hidden = false;
    (form.querySelector("input:checked") || form.querySelector("input")).focus();
  });
}

// Save the open candidate's edits; with ``approve``, approve it and move on at once.
function saveEdits(approve) {
  const row = editing && editing.row;
  if (!row) return null;
  const body = pendingEdits();
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  if (!Object.keys(body).length) return approve ? decide("approved", true, null) : null;
  const oldZh = editing.zh;
  if ("zh" in body && body.zh.trim() && oldZh && oldZh !== body.zh.trim()) {
    return askRelation(oldZh, body.zh.trim()).then((relation) => {
      if (relation == null) { fields.zh && fields.zh.focus(); return null; }
      return send({ ...body, old: relation }, row, approve);
    });
  }
  return send(body, row, approve);
}

function send(body, row, approve) {
  const before = { ...editing };
  for (const name of ["zh", "definition", "note"]) if (name in body) editing[name] = body[name].trim();   // not sent twice
  const saved = post(`/api/concepts/${row.concept}`, { ...body, version: row.version })
    .catch((err) => {
      if (!isConflict(err)) throw err;
      return resolveConflict(row, err, () => post(`/api/concepts/${row.concept}`,
        { ...body, version: err.data.conflict.current }));
    });
  saved.then((res) => {
    if (!res) { if (editing && editing.row === row) Object.assign(editing, before); return; }
    sameConcept(row, res.concept.version);
    const c = res.concept;
    try { sessionStorage.removeItem(draftKey(row)); } catch (_) { /* ignore */ }
    state.details.set(row.concept, Promise.resolve(c));
    state.details.delete("all:" + row.concept);
    Object.assign(row, { zh: c.zh, definition: c.definition, note: c.note });
    const i = state.rows.indexOf(row);
    if (i >= 0) redrawRow(i);
    if (editing && editing.row === row) {
      const now = { zh: c.zh || "", definition: c.definition || "", note: c.note || "" };
      for (const name of ["zh", "definition", "note"]) {      // show what the term base now has
        const input = fields[name];
        if (name in body && input && input.value.trim() === body[name].trim()) input.value = now[name];
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
  return approve ? decide("approved", true, saved) : saved.catch(() => null);
}

// -- deprecate, accept a variant, merge: a one-line prompt under the buttons ------------

const ASK = {
  deprecate: { label: "Deprecate in favour of", hint: "the term to use instead (existing terms are offered)",
    prefill: (row) => row.term, send: (row, text) =>
      post(`/api/concepts/${row.concept}/deprecate`, { term: row.id, use: text, version: row.version }),
    then: (row, text) => ({ deprecate: row.id, use: text }),
    done: (row, res, text) => {
      row.usage = "deprecated";
      const use = res.concept.terms.find((t) => t.id === res.replacement);
      return `Deprecated; use ${use ? use.term : text}`;
    } },
  variant: { label: "Accept as a variant", hint: "another form of the term, e.g. a short form",
    prefill: () => "", send: (row, text) =>
      post(`/api/concepts/${row.concept}/variants`, { variant: text, version: row.version }),
    then: (row, text) => ({ variant: text }),
    done: () => "Variant accepted" },
  merge: { label: "Merge into this concept the one of", hint: "a term of the other concept",
    prefill: () => "", send: (row, text) => suggestExact(text).then((hit) => {
      if (!hit) throw new Error(`no term “${text}” in the term base`);
      if (hit.concept === row.concept) throw new Error(`“${text}” is already a term of this concept`);
      return post(`/api/concepts/${row.concept}/merge`, { other: hit.concept, version: row.version });
    }),
    done: (row, res, text) => `Merged the concept of ${text} into #${row.concept}` },
};

function suggestExact(text) {
  return get("/api/suggest?" + new URLSearchParams({ q: text, limit: "50" }))
    .then((d) => d.items.find((i) => i.term === text) || d.items.find((i) => i.term.toLowerCase() === text.toLowerCase()));
}

let suggestTimer = 0;
function autocomplete(input, list) {
  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    const q = input.value.trim();
    if (q.length < 2) { list.replaceChildren(); return; }
    suggestTimer = setTimeout(() => {
      get("/api/suggest?" + new URLSearchParams({ q })).then((d) => {
        list.replaceChildren(...d.items.map((i) => el("option", { value: i.term,
          label: i.head === i.term ? `#${i.concept}` : `#${i.concept} ${i.head}` })));
      }).catch(() => {});
    }, 150);
  });
}

function ask(action) {
  const row = editing && editing.row;
  const form = $("ask");
  if (!row || !form) return;
  const a = ASK[action];
  const input = el("input", { type: "text", id: "ask-input", spellcheck: "false", placeholder: a.hint,
    "data-action": action, list: "ask-suggest", autocomplete: "off" });
  const list = el("datalist", { id: "ask-suggest" });
  autocomplete(input, list);
  input.value = a.prefill(row);
  const close = () => { form.hidden = true; form.replaceChildren(); };
  const finish = (res, text) => {
    if (res.concept && res.concept.version != null) sameConcept(row, res.concept.version);
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
  };
  const submit = () => {
    const text = input.value.trim();
    if (!text) return;
    close();
    a.send(row, text).then((res) => finish(res, text), (err) => {
      if (err.status === 409 && err.data && err.data.merge && a.then) offerMerge(row, err.data.merge, a, text, finish);
      else if (isConflict(err)) {
        resolveConflict(row, err, () => a.send({ ...row, version: err.data.conflict.current }, text))
          .then((res) => { if (res) finish(res, text); }, (e) => toast(`${row.term}: ${e.message}`, true));
      } else toast(`${row.term}: ${err.message}`, true);
    });
  };
  input.addEventListener("keydown", (e) => {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === "Enter") { e.preventDefault(); submit(); }
    else if (e.key === "Escape") { e.preventDefault(); close(); }
  });
  form.onsubmit = (e) => { e.preventDefault(); submit(); };
  form.onkeydown = null;
  form.replaceChildren(el("label", { for: "ask-input" }, a.label), input, list,
    el("button", { type: "submit", class: "save" }, "OK", kbd("Enter")),
    el("button", { type: "button", class: "save", onclick: close }, "Cancel", kbd("Esc")));
  form.hidden = false;
  input.focus();
  input.select();
}

// The term named is another concept's: merge that concept in and go on, or leave it.
function offerMerge(row, m, a, text, finish) {
  openDialog("merge", `“${m.term}” is a term of concept #${m.concept}`,
    [el("p", { text: `#${m.concept} (${m.head}) and #${m.into} (${row.term}) name one thing? Merging ` +
      `moves its terms, contexts, glosses and history here, then finishes what you asked. ` +
      "A merge is not undone with Ctrl+Z." })],
    `Merge #${m.concept} here`, () => {
      post(`/api/concepts/${m.into}/merge`, { other: m.concept, then: a.then(row, text) })
        .then((res) => {
          if (ASK.deprecate === a) row.usage = "deprecated";
          finish({ ...res, replacement: null }, text);
          refreshProgress();
        }, (err) => toast(`${row.term}: ${err.message}`, true));
    });
}

// -- dialogs: help, settings, confirmations (focus kept inside, Esc closes) -----------

let dialogReturn = null;
let dialogEscape = null;         // what Esc means in an open choice (it must resolve it)
function openDialog(kind, title, body, okLabel, onOk) {
  const d = $("dialog");
  const box = $("dialog-box");
  dialogReturn = document.activeElement;
  const ok = el("button", { type: "button", class: "primary", onclick: () => { closeDialog(); onOk(); } }, okLabel);
  box.setAttribute("role", "alertdialog");
  box.replaceChildren(el("h2", { id: "dialog-title", text: title }), ...body,
    el("div", { class: "dialog-buttons" }, ok,
      el("button", { type: "button", onclick: closeDialog }, "Cancel")));
  d.hidden = false;
  d.dataset.kind = kind;
  ok.focus();
}

function openChoice(title, body, choices, escape) {
  const d = $("dialog");
  const box = $("dialog-box");
  dialogReturn = document.activeElement;
  dialogEscape = escape || null;
  const buttons = choices.map((c) => el("button", { type: "button", class: c.primary ? "primary" : null,
    onclick: () => { dialogEscape = null; closeDialog(); c.act(); } }, c.label));
  box.setAttribute("role", "alertdialog");
  box.replaceChildren(el("h2", { id: "dialog-title", text: title }), ...body,
    el("div", { class: "dialog-buttons" }, ...buttons));
  d.hidden = false;
  d.dataset.kind = "choice";
  buttons[0].focus();
}

function cancelDialog() {       // Esc or a click beside the box: the choice's own "cancel"
  const escape = dialogEscape;
  dialogEscape = null;
  closeDialog();
  if (escape) escape();
}

function closeDialog() {
  $("dialog").hidden = true;
  if (dialogReturn && dialogReturn.isConnected) dialogReturn.focus();
}

function openSettings() {
  const d = $("dialog");
  const box = $("dialog-box");
  dialogReturn = document.activeElement;
  const single = el("input", { type: "checkbox", id: "set-single", checked: settings.single ? true : null });
  const rows = ACTIONS.map(([name, , what]) => el("tr", {},
    el("td", {}, el("input", { type: "text", maxlength: "1", size: "2", "data-action": name,
      value: settings.keys[name], "aria-label": `key for: ${what}`, class: "keyinput" })),
    el("td", { text: what })));
  const save = () => {
    const keys = {};
    for (const input of box.querySelectorAll("input[data-action]")) keys[input.dataset.action] = input.value.trim();
    const used = Object.values(keys).filter(Boolean);
    if (new Set(used).size !== used.length) { toast("Two actions have the same key", true); return; }
    settings = { single: single.checked, keys };
    try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch (_) { /* kept for this visit */ }
    closeDialog();
    drawHelp();
    if (state.rows[state.sel]) openDetail(state.rows[state.sel]);
    toast(settings.single ? "Shortcuts saved" : "Single-key shortcuts off");
  };
  box.setAttribute("role", "dialog");
  box.replaceChildren(el("h2", { id: "dialog-title", text: "Keyboard shortcuts" }),
    el("p", {}, el("label", { for: "set-single" }, single, " Single-key shortcuts (turn off if they get in the way ",
      "of a screen reader or speech input; Ctrl+Enter, Ctrl+Z, the arrows and the buttons still work)")),
    el("table", { class: "keys" }, el("tbody", {}, ...rows)),
    el("div", { class: "dialog-buttons" }, el("button", { type: "button", class: "primary", onclick: save }, "Save"),
      el("button", { type: "button", onclick: closeDialog }, "Cancel")));
  d.hidden = false;
  d.dataset.kind = "settings";
  single.focus();
}

function drawHelp() {
  const rows = ACTIONS.filter(([name]) => keyOf(name)).map(([name, , what]) =>
    el("tr", {}, el("td", {}, kbd(keyOf(name))), el("td", { text: what })));
  const fixed = [["↓ ↑", "next / previous term (in the list)"], ["Ctrl+Enter", "in a field: save, approve, go to the next"],
    ["Enter", "in a field: save (Shift+Enter: new line in the note)"], ["Esc", "in a field: undo the edit; in a prompt: cancel"],
    ["Ctrl+Z", "undo your last decision (also after a reload)"], ["Shift+click", "select a range of terms"]];
  $("help-keys").replaceChildren(...(settings.single ? rows : [el("tr", {}, el("td", { colspan: "2",
    text: "Single-key shortcuts are off (Keys… turns them on)." }))]),
  ...fixed.map(([k, what]) => el("tr", {}, el("td", {}, el("kbd", { text: k })), el("td", { text: what }))));
}

function toggleHelp(show) {
  const h = $("help");
  const open = show === undefined ? h.hidden : show;
  h.hidden = !open;
  if (open) { dialogReturn = document.activeElement; $("help-box").focus(); }
  else if (dialogReturn && dialogReturn.isConnected) dialogReturn.focus();
}

// -- filters and the address bar ----------------------------------------------------

function flushEdits() {        // leaving a candidate keeps what was typed (Esc undoes)
  if (Object.keys(pendingEdits()).length) saveEdits(false);
  editing = null;
}

function undoEdits() {
  if (!editing) return;
  for (const name of ["zh", "definition", "note"]) {
    if (fields[name]) { fields[name].value = editing[name]; fields[name].classList.remove("dirty"); }
  }
  try { sessionStorage.removeItem(draftKey(editing.row)); } catch (_) { /* ignore */ }
}

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
  state.picked.clear();
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
  $("keys-button").addEventListener("click", openSettings);
  $("undo-button").addEventListener("click", () => run(undo));
  $("load-earlier").addEventListener("click", () => loadEarlier().catch((e) => toast(e.message, true)));
  $("help").addEventListener("click", (e) => { if (e.target === $("help")) toggleHelp(false); });
  $("dialog").addEventListener("click", (e) => { if (e.target === $("dialog")) cancelDialog(); });
  window.addEventListener("beforeunload", (e) => {      // unsaved typing is not lost unasked
    if (Object.keys(pendingEdits()).length) { saveDraft(); e.preventDefault(); e.returnValue = ""; }
  });
}

// -- keyboard ------------------------------------------------------------------------

const DO = {
  next: () => move(1), prev: () => move(-1), approve: () => decide("approved", true),
  reject: () => decide("rejected", true), reopen: () => decide("candidate", false),
  pick: () => togglePick(state.sel), deprecate: () => ask("deprecate"), variant: () => ask("variant"),
  merge: () => ask("merge"), partner: () => (state.offer ? state.offer() : null),
  zh: () => focusField("zh"), suggest: () => useSuggestion(state.suggested), definition: () => focusField("definition"), note: () => focusField("note"),
  more: moreContexts, search: () => { $("f-q").focus(); $("f-q").select(); }, help: () => toggleHelp(),
  first: () => select(0), last: () => select(state.rows.length - 1),
};
const FIXED = { ArrowDown: DO.next, ArrowUp: DO.prev, Home: DO.first, End: DO.last };
const IMMEDIATE = new Set([DO.zh, DO.definition, DO.note, DO.search, DO.help]);

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
  if (!$("dialog").hidden) {
    if (e.key === "Escape") { cancelDialog(); e.preventDefault(); }
    else if (e.key === "Tab") trapFocus(e, $("dialog-box"));
    return;
  }
  if (!$("help").hidden) {
    if (e.key === "Escape" || e.key === "?") { toggleHelp(false); e.preventDefault(); }
    else if (e.key === "Tab") trapFocus(e, $("help-box"));
    return;
  }
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z"
      && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) {
    e.preventDefault();
    run(undo);
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
  if (t instanceof HTMLButtonElement && (e.key === "Enter" || e.key === " ")) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  let action = FIXED[e.key];
  if (!action && settings.single) {
    const name = ACTIONS.find(([n]) => settings.keys[n] === e.key);
    action = name ? DO[name[0]] : null;
  }
  if (action) {
    e.preventDefault();
    // Moving into a field or a dialog never waits for a save on its way: what is typed
    // next must land there.
    if (IMMEDIATE.has(action)) action(); else run(action);
  }
}

function trapFocus(e, box) {
  const items = [...box.querySelectorAll("button, input, select, textarea, [tabindex]")]
    .filter((x) => !x.disabled && x.tabIndex >= 0);
  if (!items.length) return;
  const [first, last] = [items[0], items[items.length - 1]];
  if (e.shiftKey && document.activeElement === first) { last.focus(); e.preventDefault(); }
  else if (!e.shiftKey && document.activeElement === last) { first.focus(); e.preventDefault(); }
}

// -- start ----------------------------------------------------------------------------

async function main() {
  wireFilters();
  drawHelp();
  drawBulk();
  document.addEventListener("keydown", onKey);
  try {
    const info = await get("/api/info");
    $("who").textContent = `${info.who} · ${info.db}`;
    state.canUndo = info.can_undo;
    state.relations = info.relations;
    drawUndo();
    const kind = $("f-kind");
    for (const k of info.kinds) kind.append(el("option", { value: k.kind, text: `${k.kind} (${k.count})` }));
  } catch (err) {
    toast(err.message, true);
  }
  const keep = readHash();
  await reload(keep);
}

main();
