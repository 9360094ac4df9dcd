/* figures report: draws the documents of the embedded JSON one page at a time.
   Every piece of data reaches the page through textContent or text nodes, never as markup. */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("figures-data").textContent);
  const COL = Object.fromEntries(DATA.cols.map((name, i) => [name, i]));
  const DOCS = DATA.docs;
  const PAGE = DATA.pageSize;
  const SUMMARY_PAGE = DATA.summaryPageSize;
  const FALLBACK = ["#999999", "dotted", ""];

  // One object per table row, indexed by the row's position in the table (n).
  const FIGS = [];
  DOCS.forEach((doc, di) => {
    for (const row of doc.figs) {
      const fig = { doc: di };
      for (const name of DATA.cols) fig[name] = row[COL[name]];
      FIGS[fig.n] = fig;
    }
  });

  const $ = (id) => document.getElementById(id);
  const docsBox = $("docs");
  const tip = $("tip");
  const status = $("status");
  const searchBox = $("search");
  const onlyFigs = $("only-figs");

  const state = { cats: new Set(), exts: new Set(), query: "", onlyFigs: false, page: 0, summaryPage: 0 };
  const filterBoxes = Array.from(document.querySelectorAll("input[data-filter]"));
  for (const box of filterBoxes) if (box.checked) setFor(box).add(box.value);
  let view = []; // indices of the documents that pass the search and filters
  let viewSet = new Set();
  const lowered = [];

  function setFor(box) {
    return box.dataset.filter === "category" ? state.cats : state.exts;
  }
  function style(cat) {
    return DATA.styles[cat] || [FALLBACK[0], FALLBACK[1], cat];
  }
  function shown(fig) {
    return state.cats.has(fig.category) && (fig.extractor === null || state.exts.has(fig.extractor));
  }
  function fmt(value) {
    return value === null || value === undefined ? "" : Number(value).toLocaleString("en-US");
  }
  const SIGN = { exact: "", approximately: "≈", at_least: "≥", more_than: ">", at_most: "≤", less_than: "<" };
  function shortValue(fig) {
    if (fig.qualifier === "range") return fmt(fig.low) + "–" + fmt(fig.high);
    if (fig.qualifier === "vague") {
      if (fig.value !== null) return "~" + fmt(fig.value);
      if (fig.low !== null && fig.high !== null) return "~" + fmt(fig.low) + "–" + fmt(fig.high);
      return "vague";
    }
    if (fig.value === null) return "";
    return (SIGN[fig.qualifier] || "") + fmt(fig.value);
  }
  function interval(fig) {
    if (fig.low === null && fig.high === null) return "";
    return "[" + (fig.low === null ? "open" : fmt(fig.low)) + ", " + (fig.high === null ? "open" : fmt(fig.high)) + "]";
  }
  function describe(fig) {
    const parts = [style(fig.category)[2], shortValue(fig), fig.unit, fig.qualifier && "(" + fig.qualifier + ")"];
    if (fig.extractor) parts.push("by " + fig.extractor + (fig.rule ? " rule " + fig.rule : ""));
    if (fig.source) parts.push("source " + fig.source);
    if (fig.place || fig.country) parts.push("in " + where(fig));
    return parts.filter(Boolean).join(" ");
  }
  function where(fig) {
    if (!fig.place) return fig.country || "";
    return fig.place + (fig.country ? " (" + fig.country + ")" : "");
  }

  // ---- search and filters -------------------------------------------------

  function recompute() {
    const query = state.query.trim().toLowerCase();
    view = [];
    for (let i = 0; i < DOCS.length; i++) {
      const doc = DOCS[i];
      if (query) {
        if (lowered[i] === undefined) lowered[i] = doc.text.toLowerCase();
        if (!lowered[i].includes(query) && !doc.id.toLowerCase().includes(query)) continue;
      }
      if (state.onlyFigs && !doc.figs.some((row) => shown(FIGS[row[0]]))) continue;
      view.push(i);
    }
    viewSet = new Set(view);
    const pages = Math.max(1, Math.ceil(view.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
  }

  // ---- one document -------------------------------------------------------

  // Underline levels: figures that overlap get different levels, so each keeps a line of its own.
  function levels(figs) {
    const order = figs.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const lastEnd = [];
    const level = new Map();
    for (const fig of order) {
      let k = 0;
      while (k < lastEnd.length && lastEnd[k] > fig.start) k++;
      lastEnd[k] = fig.end;
      level.set(fig, k);
    }
    return level;
  }

  function inside(at, from, to) {
    return from !== null && from <= at && at < to;
  }

  function lineImage(colour, line) {
    if (line === "dashed") return "repeating-linear-gradient(90deg, " + colour + " 0 7px, transparent 7px 10px)";
    if (line === "dotted") return "repeating-linear-gradient(90deg, " + colour + " 0 3px, transparent 3px 6px)";
    return "linear-gradient(" + colour + ", " + colour + ")";
  }

  function segment(piece, at, cover, level) {
    const span = document.createElement("span");
    span.className = "seg";
    span.dataset.figs = cover.map((f) => f.n).join(" ");
    span.dataset.s = String(at);
    if (cover.some((f) => inside(at, f.number_start, f.number_end))) span.classList.add("num");
    if (cover.some((f) => inside(at, f.trigger_start, f.trigger_end))) span.classList.add("trig");
    if (cover.some((f) => inside(at, f.qualifier_start, f.qualifier_end))) span.classList.add("qual");
    if (cover.length > 1) span.classList.add("multi");
    let depth = 0;
    for (const f of cover) depth = Math.max(depth, level.get(f) + 1);
    const pad = depth * 4;
    const inner = cover.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const images = [];
    const sizes = [];
    const places = [];
    for (const f of cover) {
      const st = style(f.category);
      images.push(lineImage(st[0], st[1]));
      sizes.push("100% 3px");
      places.push("0 calc(100% - " + level.get(f) * 4 + "px)");
    }
    const tint = style(inner.category)[0] + "38";
    images.push("linear-gradient(" + tint + ", " + tint + ")");
    sizes.push("100% calc(100% - " + pad + "px)");
    places.push("0 0");
    span.style.backgroundImage = images.join(", ");
    span.style.backgroundSize = sizes.join(", ");
    span.style.backgroundPosition = places.join(", ");
    span.style.paddingBottom = pad + "px";
    span.append(piece);
    return span;
  }

  function tag(fig) {
    const st = style(fig.category);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "tag line-" + st[1];
    button.id = "fig-" + fig.n;
    button.dataset.n = String(fig.n);
    // Shown by CSS (::before), so the text of the document stays exactly the document.
    button.dataset.label = (st[2] + " " + shortValue(fig) + (fig.place || fig.country ? " · " + where(fig) : "")).trim();
    button.setAttribute("aria-label", "figure: " + describe(fig));
    button.setAttribute("aria-describedby", "tip");
    button.style.setProperty("--c", st[0]);
    return button;
  }

  function drawText(box, text, figs) {
    if (!figs.length) {
      box.append(text);
      return;
    }
    const level = levels(figs);
    const cuts = new Set([0, text.length]);
    const clamp = (x) => Math.max(0, Math.min(text.length, x));
    for (const f of figs) {
      for (const [a, b] of [
        ["start", "end"],
        ["number_start", "number_end"],
        ["trigger_start", "trigger_end"],
        ["qualifier_start", "qualifier_end"],
      ]) {
        if (f[a] !== null && f[b] !== null) {
          cuts.add(clamp(f[a]));
          cuts.add(clamp(f[b]));
        }
      }
    }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const ending = new Map();
    for (const f of figs) {
      if (!ending.has(f.end)) ending.set(f.end, []);
      ending.get(f.end).push(f);
    }
    const byStart = figs.slice().sort((x, y) => x.start - y.start || y.end - x.end);
    const out = document.createDocumentFragment();
    for (const f of ending.get(0) || []) out.append(tag(f));
    let next = 0;
    let active = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++]);
      active = active.filter((f) => f.end > a);
      const piece = text.slice(a, b);
      out.append(active.length ? segment(piece, a, active, level) : piece);
      for (const f of ending.get(b) || []) out.append(tag(f));
    }
    box.append(out);
  }

  function drawDoc(di) {
    const doc = DOCS[di];
    const article = document.createElement("article");
    article.className = "doc";
    article.id = "doc-" + di;
    const head = document.createElement("h2");
    head.id = "doc-" + di + "-title";
    head.textContent = doc.id;
    article.setAttribute("aria-labelledby", head.id);
    const figs = doc.figs.map((row) => FIGS[row[0]]).filter(shown);
    const meta = document.createElement("p");
    meta.className = "meta";
    const counts = new Map();
    for (const f of figs) counts.set(f.category, (counts.get(f.category) || 0) + 1);
    const hidden = doc.figs.length - figs.length;
    meta.textContent =
      (figs.length === 1 ? "1 figure" : figs.length + " figures") +
      (counts.size ? ": " + Array.from(counts, ([c, k]) => style(c)[2] + " " + k).join(", ") : "") +
      (hidden ? " (" + hidden + " hidden by the filters)" : "");
    const body = document.createElement("div");
    body.className = "text";
    body.dataset.doc = String(di);
    drawText(body, doc.text, figs);
    article.append(head);
    if (doc.meta && doc.meta.length) {
      // the document's --keep fields (date, outlet, url ...), as text
      const fields = document.createElement("p");
      fields.className = "meta fields";
      fields.textContent = doc.meta.map(([k, v]) => k + ": " + v).join(" · ");
      article.append(fields);
    }
    article.append(meta, body);
    return article;
  }

  // ---- pages --------------------------------------------------------------

  function pager(box, page, pages, go, what) {
    box.replaceChildren();
    if (pages <= 1) return;
    const button = (label, target, aria) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.setAttribute("aria-label", aria);
      b.disabled = target < 0 || target >= pages || target === page;
      b.addEventListener("click", () => go(target));
      return b;
    };
    const where = document.createElement("span");
    where.textContent = what + " " + (page + 1) + " of " + pages;
    box.append(
      button("« first", 0, "first " + what),
      button("‹ previous", page - 1, "previous " + what),
      where,
      button("next ›", page + 1, "next " + what),
      button("last »", pages - 1, "last " + what)
    );
  }

  function drawDocs() {
    const pages = Math.max(1, Math.ceil(view.length / PAGE));
    const first = state.page * PAGE;
    const slice = view.slice(first, first + PAGE);
    hideTip();
    docsBox.replaceChildren(...slice.map(drawDoc));
    const go = (p) => {
      state.page = p;
      drawDocs();
      docsBox.scrollIntoView({ block: "start" });
    };
    pager($("pager-top"), state.page, pages, go, "page");
    pager($("pager-bottom"), state.page, pages, go, "page");
    status.textContent = view.length
      ? "Documents " + (first + 1).toLocaleString("en-US") + "–" + (first + slice.length).toLocaleString("en-US") +
        " of " + view.length.toLocaleString("en-US") +
        (view.length < DOCS.length ? " matching (" + DOCS.length.toLocaleString("en-US") + " in all)" : "")
      : "No document matches.";
  }

  function drawSummary() {
    const box = $("summary");
    if (!box || !DATA.summary) return;
    const S = DATA.summary;
    const rows = S.rows.filter((r) => viewSet.has(r[S.cols.length]) && state.cats.has(r[S.category]));
    const pages = Math.max(1, Math.ceil(rows.length / SUMMARY_PAGE));
    if (state.summaryPage >= pages) state.summaryPage = pages - 1;
    const table = document.createElement("table");
    const caption = document.createElement("caption");
    caption.textContent =
      rows.length + " of " + S.rows.length + " rows, one per document and category" +
      (S.profiles.length ? " (profile " + S.profiles.join(", ") + ")" : "") +
      "; the first column links to the figures each total was built from.";
    const headRow = document.createElement("tr");
    for (const name of ["figures", ...S.cols]) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = name.replace(/_/g, "_\u200b"); // lets long column names wrap
      headRow.append(th);
    }
    const thead = document.createElement("thead");
    thead.append(headRow);
    const tbody = document.createElement("tbody");
    for (const r of rows.slice(state.summaryPage * SUMMARY_PAGE, (state.summaryPage + 1) * SUMMARY_PAGE)) {
      const tr = document.createElement("tr");
      const cell = document.createElement("td");
      const doc = r[S.cols.length];
      const used = r[S.cols.length + 1];
      const others = r[S.cols.length + 2];
      const jump = (hash, label, aria) => {
        const link = document.createElement("a");
        link.href = hash;
        link.className = "jump";
        link.textContent = label;
        link.setAttribute("aria-label", aria);
        return link;
      };
      used.forEach((n, i) => {
        cell.append(jump("#fig-" + n, used.length > 1 ? String(i + 1) : "figure", "figure " + (i + 1) + " of this total"), " ");
      });
      if (others.length) cell.append("also read: ");
      others.forEach((n, i) => {
        cell.append(jump("#fig-" + n, String(i + 1), "figure read but not added, " + (i + 1)), " ");
      });
      if (!used.length && !others.length) cell.append(jump("#doc-" + doc, "document", "the document"));
      tr.append(cell);
      for (let i = 0; i < S.cols.length; i++) {
        const td = document.createElement("td");
        td.textContent = r[i];
        td.dataset.col = S.cols[i];
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    const nav = document.createElement("nav");
    nav.className = "pager";
    nav.setAttribute("aria-label", "Summary pages");
    pager(nav, state.summaryPage, pages, (p) => {
      state.summaryPage = p;
      drawSummary();
    }, "summary page");
    box.replaceChildren(table, nav);
  }

  function redraw() {
    recompute();
    drawSummary();
    drawDocs();
  }

  // ---- details on hover and focus -----------------------------------------

  function figsOf(el) {
    if (el.classList.contains("tag")) return [FIGS[Number(el.dataset.n)]];
    return el.dataset.figs.split(" ").map((n) => FIGS[Number(n)]);
  }

  function field(list, name, value) {
    if (value === null || value === undefined || value === "") return;
    const dt = document.createElement("dt");
    dt.textContent = name;
    const dd = document.createElement("dd");
    dd.textContent = String(value);
    list.append(dt, dd);
  }

  function showTip(el) {
    const figs = figsOf(el);
    const blocks = figs.map((fig) => {
      const st = style(fig.category);
      const block = document.createElement("div");
      block.className = "fig-detail";
      block.style.setProperty("--c", st[0]);
      const title = document.createElement("p");
      title.className = "fig-title line-" + st[1];
      title.textContent = st[2] + " " + shortValue(fig);
      const list = document.createElement("dl");
      field(list, "category", fig.category);
      field(list, "value", fmt(fig.value) || "none");
      field(list, "interval", interval(fig));
      field(list, "qualifier", fig.qualifier);
      field(list, "unit", fig.unit);
      field(list, "extractor", fig.extractor);
      field(list, "rule", fig.rule);
      field(list, "source", fig.source);
      field(list, "trigger", fig.trigger);
      field(list, "group", fig.group);
      field(list, "cumulative", fig.cumulative);
      field(list, "negated", fig.negated);
      field(list, "modality", fig.modality);
      const end = fig.part_of_end === null || fig.part_of_end === undefined ? "" : "–" + fig.part_of_end;
      field(list, "part of figure at", fig.part_of === null || fig.part_of === undefined ? null : fig.part_of + end);
      field(list, "place", fig.place);
      field(list, "country", fig.country);
      field(list, "admin1", fig.admin1);
      field(list, "place from", fig.place_basis);
      field(list, "row", fig.n);
      block.append(title, list);
      return block;
    });
    tip.replaceChildren(...blocks);
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let top = box.bottom + 6;
    if (top + height > window.innerHeight && box.top - height - 6 > 0) top = box.top - height - 6;
    tip.style.top = top + "px";
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - width - 4)) + "px";
  }

  function hideTip() {
    tip.hidden = true;
  }

  function setActive(n, on) {
    for (const seg of docsBox.querySelectorAll(".seg")) {
      if (seg.dataset.figs.split(" ").includes(String(n))) seg.classList.toggle("active", on);
    }
  }

  docsBox.addEventListener("mouseover", (e) => {
    const el = e.target.closest(".seg, .tag");
    if (el) showTip(el);
  });
  docsBox.addEventListener("mouseout", (e) => {
    const el = e.target.closest(".seg, .tag");
    if (el && !(e.relatedTarget && el.contains(e.relatedTarget))) {
      const focused = document.activeElement;
      if (focused && focused.classList.contains("tag")) showTip(focused);
      else hideTip();
    }
  });
  docsBox.addEventListener("focusin", (e) => {
    if (!e.target.classList.contains("tag")) return;
    setActive(e.target.dataset.n, true);
    showTip(e.target);
  });
  docsBox.addEventListener("focusout", (e) => {
    if (!e.target.classList.contains("tag")) return;
    setActive(e.target.dataset.n, false);
    hideTip();
  });

  // ---- navigation ---------------------------------------------------------

  function focusTag(el) {
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  }

  function move(step) {
    const tags = Array.from(docsBox.querySelectorAll(".tag"));
    const at = tags.indexOf(document.activeElement);
    const next = at < 0 ? (step > 0 ? 0 : tags.length - 1) : at + step;
    if (next >= 0 && next < tags.length) {
      focusTag(tags[next]);
      return;
    }
    const pages = Math.ceil(view.length / PAGE);
    const page = state.page + step;
    if (page < 0 || page >= pages) return;
    state.page = page;
    drawDocs();
    const fresh = docsBox.querySelectorAll(".tag");
    if (fresh.length) focusTag(fresh[step > 0 ? 0 : fresh.length - 1]);
  }

  function turn(step) {
    const pages = Math.ceil(view.length / PAGE);
    const page = state.page + step;
    if (page < 0 || page >= pages) return;
    state.page = page;
    drawDocs();
    docsBox.scrollIntoView({ block: "start" });
  }

  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target.matches && e.target.matches("input, select, textarea")) {
      if (e.key === "Escape") e.target.blur();
      return;
    }
    if (e.key === "j") move(1);
    else if (e.key === "k") move(-1);
    else if (e.key === "]") turn(1);
    else if (e.key === "[") turn(-1);
    else if (e.key === "/") searchBox.focus();
    else if (e.key === "Escape") hideTip();
    else return;
    e.preventDefault();
  });

  // Make sure a document (and, when given, its figure) is on the page, whatever the filters hide.
  function reveal(di, fig) {
    let changed = false;
    if (fig && !shown(fig)) {
      for (const box of filterBoxes) {
        const value = box.dataset.filter === "category" ? fig.category : fig.extractor;
        if (box.value === value && !box.checked) {
          box.checked = true;
          setFor(box).add(box.value);
        }
      }
      changed = true;
    }
    if (changed) recompute();
    if (!viewSet.has(di)) {
      state.query = "";
      searchBox.value = "";
      state.onlyFigs = false;
      onlyFigs.checked = false;
      changed = true;
      recompute();
    }
    const page = Math.floor(view.indexOf(di) / PAGE);
    if (changed) drawSummary();
    if (changed || page !== state.page || !$("doc-" + di)) {
      state.page = page;
      drawDocs();
    }
  }

  function follow(hash) {
    let m = /^#fig-(\d+)$/.exec(hash);
    if (m && FIGS[Number(m[1])]) {
      const fig = FIGS[Number(m[1])];
      reveal(fig.doc, fig);
      const el = $("fig-" + fig.n);
      focusTag(el);
      flash(el);
      return;
    }
    m = /^#doc-(\d+)$/.exec(hash);
    if (m && DOCS[Number(m[1])]) {
      const di = Number(m[1]);
      reveal(di, null);
      const el = $("doc-" + di);
      el.tabIndex = -1;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "start" });
      flash(el);
    }
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  }

  document.addEventListener("click", (e) => {
    const link = e.target.closest && e.target.closest("a.jump");
    if (!link) return;
    e.preventDefault();
    const hash = link.getAttribute("href");
    if (location.hash === hash) follow(hash);
    else location.hash = hash; // hashchange follows it; the back button comes back
  });
  window.addEventListener("hashchange", () => follow(location.hash));

  // ---- controls -----------------------------------------------------------

  for (const box of filterBoxes) {
    box.addEventListener("change", () => {
      if (box.checked) setFor(box).add(box.value);
      else setFor(box).delete(box.value);
      redraw();
    });
  }
  onlyFigs.addEventListener("change", () => {
    state.onlyFigs = onlyFigs.checked;
    state.page = 0;
    redraw();
  });
  let typing = 0;
  searchBox.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.query = searchBox.value;
      state.page = 0;
      state.summaryPage = 0;
      redraw();
    }, 150);
  });

  redraw();
  if (location.hash) follow(location.hash);
  document.documentElement.dataset.ready = "1";
  window.figuresReport = { readyMs: performance.now(), documents: DOCS.length, figures: FIGS.length };
})();
