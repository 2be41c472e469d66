// frontlines map page: filters <-> URL hash, markers from /api/events.geojson, a histogram with a brush
// from /api/stats, an event panel from /api/events/{id}. The API contract is docs/api.md.
//
// Article text is untrusted: every string from the API reaches the DOM as a text node (textContent,
// createTextNode, setAttribute); nothing is parsed as HTML. No eval, no inline handlers: the page runs
// under Content-Security-Policy: default-src 'self'.
(function () {
  "use strict";

  const TYPES = [
    { name: "Battles", color: "#d62728" },
    { name: "Explosions/Remote violence", color: "#ff7f0e" },
    { name: "Violence against civilians", color: "#9467bd" },
    { name: "Protests", color: "#2ca02c" },
    { name: "Riots", color: "#e6b800" },
    { name: "Strategic developments", color: "#1f77b4" },
  ];
  const NO_TYPE = { name: "No ACLED type", color: "#7f7f7f" };
  const FACTUALITY = ["asserted", "predicted", "hypothetical", "negated", "uncertain"];
  // Radius of the translucent circle that shows how precisely the place is known.
  const PRECISION_KM = { point: 1, city: 10, district: 30, admin1: 100, country: 300, region: 1000 };
  const PAGE = 1000; // the API's largest page
  const CAP = 5000; // markers drawn at most
  const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
  const DAY_MS = 86400000;

  const $ = (id) => document.getElementById(id);
  const colorOf = (type) => (TYPES.find((t) => t.name === type) || NO_TYPE).color;
  const fmt = (n) => Number(n).toLocaleString("en");

  // el("p", {class: "x"}, "text", node, ...): attributes by setAttribute, strings as text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  // ---- filter state, the form and the URL hash -------------------------------------------------------

  function defaultState() {
    return { types: TYPES.map((t) => t.name), factuality: ["asserted"], historical: false,
      actor: "", q: "", start: "", end: "", event: "" };
  }

  function stateFromHash(hash) {
    const p = new URLSearchParams(hash.replace(/^#/, ""));
    const s = defaultState();
    const types = p.getAll("type").filter((t) => TYPES.some((x) => x.name === t));
    if (types.length) s.types = types;
    const fact = p.getAll("factuality").filter((f) => FACTUALITY.includes(f));
    if (fact.length) s.factuality = fact;
    s.historical = p.get("historical") === "1";
    s.actor = p.get("actor") || "";
    s.q = p.get("q") || "";
    s.start = DATE_RE.test(p.get("start") || "") ? p.get("start") : "";
    s.end = DATE_RE.test(p.get("end") || "") ? p.get("end") : "";
    s.event = p.get("event") || "";
    return s;
  }

  function filterHash(s) {
    const p = new URLSearchParams();
    if (s.types.length < TYPES.length) s.types.forEach((t) => p.append("type", t));
    s.factuality.forEach((f) => p.append("factuality", f));
    if (s.historical) p.set("historical", "1");
    for (const k of ["actor", "q", "start", "end"]) if (s[k]) p.set(k, s[k]);
    return p.toString();
  }

  function hashOf(s) {
    const p = new URLSearchParams(filterHash(s));
    if (s.event) p.set("event", s.event);
    return "#" + p.toString();
  }

  // The API's query parameters (docs/api.md, "Filters"). withDates=false for the whole timeline.
  function apiParams(s, withDates) {
    const p = new URLSearchParams();
    if (s.types.length < TYPES.length) s.types.forEach((t) => p.append("acled_type", t));
    if (s.factuality.length < FACTUALITY.length) s.factuality.forEach((f) => p.append("factuality", f));
    if (!s.historical) p.set("historical", "false");
    if (s.actor) p.set("actor", s.actor);
    if (s.q) p.set("q", s.q);
    if (withDates && s.start) p.set("start", s.start);
    if (withDates && s.end) p.set("end", s.end);
    return p;
  }

  let state = stateFromHash(location.hash);

  function buildForm() {
    const types = $("type-list");
    for (const t of [...TYPES, NO_TYPE]) {
      const box = t === NO_TYPE
        ? el("span", { "aria-hidden": "true" })
        : el("input", { type: "checkbox", name: "type", value: t.name });
      const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.backgroundColor = t.color;
      const count = el("span", { class: "type-count", "data-type": t.name });
      types.append(el("label", {}, box, swatch, t.name, count));
    }
    const facts = $("factuality-list");
    for (const f of FACTUALITY) {
      facts.append(el("label", { class: "check" }, el("input", { type: "checkbox", name: "factuality", value: f }), f));
    }
  }

  function stateToForm(s) {
    for (const box of document.querySelectorAll('input[name="type"]')) box.checked = s.types.includes(box.value);
    for (const box of document.querySelectorAll('input[name="factuality"]')) {
      box.checked = s.factuality.includes(box.value);
    }
    $("historical").checked = s.historical;
    for (const k of ["actor", "q", "start", "end"]) $(k).value = s[k];
  }

  function formToState() {
    const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);
    const start = $("start").value;
    const end = $("end").value;
    return {
      types: checked("type"), factuality: checked("factuality"), historical: $("historical").checked,
      actor: $("actor").value.trim(), q: $("q").value.trim(),
      start: DATE_RE.test(start) ? start : "", end: DATE_RE.test(end) ? end : "", event: state.event,
    };
  }

  // Called whenever the filters change: new state -> hash -> reload.
  function applyFilters(next) {
    const reload = filterHash(next) !== filterHash(state);
    state = next;
    if (location.hash !== hashOf(state)) history.pushState(null, "", hashOf(state));
    if (reload) loadAll();
  }

  function onHashChange() {
    const next = stateFromHash(location.hash);
    const reload = filterHash(next) !== filterHash(state);
    const eventChanged = next.event !== state.event;
    state = next;
    stateToForm(state);
    if (reload) loadAll();
    if (eventChanged) state.event ? openEvent(state.event, false) : closePanel(false);
  }

  // ---- fetching ---------------------------------------------------------------------------------------

  async function getJSON(path, params) {
    const query = params && params.toString();
    const res = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await res.json();
    } catch (err) {
      if (res.ok) throw new Error(`${path}: the response is not JSON`);
    }
    if (!res.ok) {
      const msg = body && body.error && body.error.message ? body.error.message : res.statusText;
      throw new Error(`${path}: ${res.status} ${msg}`);
    }
    return body;
  }

  function showError(err) {
    const box = $("error");
    box.textContent = err ? String(err.message || err) : "";
    box.hidden = !err;
  }

  // ---- the map ----------------------------------------------------------------------------------------

  let map = null;
  let markerLayer = null;
  let precisionLayer = null;
  let controlLayer = null;
  let precisionRenderer = null;
  let fitted = false;
  const markersById = new Map();
  let selected = null;
  const NORMAL = { color: "#1d2327", weight: 1, radius: 6 };
  const SELECTED = { color: "#000", weight: 3, radius: 9 };

  function selectMarker(id) {
    if (selected) selected.setStyle(NORMAL);
    selected = (id && markersById.get(id)) || null;
    if (selected) selected.setStyle(SELECTED).bringToFront();
  }

  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 13, zoomSnap: 0.5, keyboard: true });
    map.setView([20, 15], 2);
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Countries: Natural Earth");
    map.createPane("countries").style.zIndex = "250";
    map.createPane("precision").style.zIndex = "390";
    precisionRenderer = L.svg({ pane: "precision" });
    precisionLayer = L.layerGroup().addTo(map);
    markerLayer = L.layerGroup().addTo(map);
    getJSON("countries.geojson").then((world) => {
      L.geoJSON(world, {
        pane: "countries", renderer: L.canvas({ pane: "countries" }), interactive: false,
        style: { color: "#8f989f", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
      }).addTo(map);
    }).catch(showError);
    $("show-precision").addEventListener("change", (e) => {
      if (e.target.checked) precisionLayer.addTo(map);
      else precisionLayer.remove();
    });
    controlLayer = L.layerGroup();
    $("show-control").addEventListener("change", (e) => {
      if (e.target.checked) loadControl();
      else {
        controlLayer.remove();
        $("control-status").textContent = "";
      }
    });
  }

  // ---- territorial control layer: the current holder of each place (/api/control.geojson) ----------------

  const HOLDER_COLORS = { state_forces: "#1f4e9c", government: "#1f4e9c", external: "#6a3d9a" };

  function controlLabel(p) {
    const holder = p.holder && p.holder.name ? p.holder.name : "holder unknown (withdrawal)";
    const where = p.place && p.place.name ? p.place.name : "";
    const flag = p.contested ? " (contested)" : "";
    return `${where}: ${holder} since ${p.since}${flag}; ${p.changes} change(s)`;
  }

  async function loadControl() {
    controlLayer.clearLayers();
    controlLayer.addTo(map);
    let data;
    try {
      data = await getJSON("/api/control.geojson", new URLSearchParams());
    } catch (err) {
      $("control-status").textContent = "Territorial control is not available from this server.";
      return;
    }
    for (const f of data.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const kind = p.holder && p.holder.kind;
      const color = kind ? HOLDER_COLORS[kind] || "#b2182b" : "#777777";
      const square = L.rectangle([[lat - 0.12, lon - 0.12], [lat + 0.12, lon + 0.12]], {
        color, weight: 2, fillColor: color, fillOpacity: p.contested ? 0.15 : 0.35, dashArray: p.contested ? "4 3" : null,
        className: "fl-control",
      });
      square.bindTooltip(() => el("span", {}, controlLabel(p)), { direction: "top" });
      square.addTo(controlLayer);
      const path = square.getElement();
      if (path) path.setAttribute("aria-label", controlLabel(p));
    }
    const n = data.features.length;
    $("control-status").textContent = n
      ? `${n} place(s) with a change of control: blue = state forces, red = non-state, grey = unknown.`
      : "No change of control in the data.";
  }

  function markerLabel(p) {
    const type = p.acled ? `${p.acled.event_type}: ${p.acled.sub_event_type}` : (p.plover && p.plover.type) || "event";
    const date = p.date && p.date.start ? p.date.start : "date unknown";
    const place = p.location ? p.location.name : "";
    return [type, date, place].filter(Boolean).join(" — ");
  }

  function addMarker(feature) {
    const p = { ...feature.properties };
    if (p.id === undefined || p.id === null) p.id = feature.id;
    const [lon, lat] = feature.geometry.coordinates;
    const color = colorOf(p.acled && p.acled.event_type);
    const km = p.location && PRECISION_KM[p.location.precision];
    if (km) {
      L.circle([lat, lon], {
        radius: km * 1000, renderer: precisionRenderer, stroke: false, fillColor: color, fillOpacity: 0.1,
        interactive: false, className: "fl-precision",
      }).addTo(precisionLayer);
    }
    const marker = L.circleMarker([lat, lon], { ...NORMAL, fillColor: color, fillOpacity: 0.9, className: "fl-marker" });
    markersById.set(String(p.id), marker);
    // A function returning a node: Leaflet would parse a string tooltip as HTML.
    marker.bindTooltip(() => el("span", {}, markerLabel(p)), { direction: "top", offset: [0, -6] });
    marker.on("click", () => openEvent(String(p.id), true));
    marker.addTo(markerLayer);
    const path = marker.getElement();
    if (path) {
      path.setAttribute("tabindex", "0");
      path.setAttribute("role", "button");
      path.setAttribute("aria-label", markerLabel(p));
      path.setAttribute("data-event-id", String(p.id));
      path.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          openEvent(String(p.id), true);
        }
      });
    }
    return [lat, lon];
  }

  let loadToken = 0;

  async function loadAll() {
    const token = ++loadToken;
    showError(null);
    $("status").textContent = "Loading events…";
    $("no-place").textContent = "";
    try {
      const whole = getJSON("/api/stats", apiParams(state, false));
      const ranged = state.start || state.end ? getJSON("/api/stats", apiParams(state, true)) : whole;
      const [all, stats] = await Promise.all([whole, ranged]);
      if (token !== loadToken) return;
      timelineData = all.by_day || [];
      drawHistogram();
      showTypeCounts(stats.by_type || []);
      await loadMarkers(token, Number.isFinite(stats.total) ? stats.total : null);
    } catch (err) {
      if (token !== loadToken) return;
      $("status").textContent = "";
      showError(err);
    }
  }

  function showTypeCounts(byType) {
    for (const span of document.querySelectorAll(".type-count")) {
      const name = span.getAttribute("data-type");
      const row = byType.find((r) => (r.acled_type || NO_TYPE.name) === name);
      span.textContent = row ? fmt(row.count) : "0";
    }
  }

  // Pages through /api/events.geojson until the total is reached, a page is empty, or CAP markers.
  async function loadMarkers(token, total) {
    markerLayer.clearLayers();
    precisionLayer.clearLayers();
    markersById.clear();
    selected = null;
    const base = apiParams(state, true);
    base.set("limit", String(PAGE));
    let offset = 0;
    let drawn = 0;
    let capped = false;
    const points = [];
    for (;;) {
      base.set("offset", String(offset));
      const fc = await getJSON("/api/events.geojson", base);
      if (token !== loadToken) return;
      const features = Array.isArray(fc && fc.features) ? fc.features : [];
      for (const f of features) {
        const g = f && f.geometry;
        if (!g || g.type !== "Point" || !Array.isArray(g.coordinates)) continue;
        if (!g.coordinates.slice(0, 2).every(Number.isFinite)) continue;
        if (drawn >= CAP) {
          capped = true;
          break;
        }
        points.push(addMarker(f));
        drawn += 1;
      }
      offset += PAGE;
      if (capped || features.length === 0) break;
      if (total !== null ? offset >= total : features.length < PAGE) break;
      if (drawn >= CAP) {
        capped = true;
        break;
      }
    }
    const of = total !== null ? ` of ${fmt(total)}` : "";
    $("status").textContent = capped
      ? `Showing the first ${fmt(drawn)}${of} events (at most ${fmt(CAP)} are drawn): narrow the filters to see the rest.`
      : `${fmt(drawn)} events on the map${total !== null ? ` (${fmt(total)} match)` : ""}.`;
    if (!capped && total !== null) {
      const missing = Math.max(0, total - drawn);
      $("no-place").textContent = `${fmt(missing)} event${missing === 1 ? "" : "s"} without a place (not drawn).`;
    }
    selectMarker(state.event);
    if (!fitted && points.length) {
      fitted = true;
      map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 6 });
    }
  }

  // ---- the timeline histogram and its brush -------------------------------------------------------------

  let timelineData = [];
  let scale = null; // {t0, days, bin, nbins, left, bw} of the last drawing
  // Bars are days while each can be 3 px wide, else weeks, 30 days, quarters, years.
  const BINS = [[1, "day"], [7, "week"], [30, "30 days"], [91, "quarter"], [365, "year"]];

  const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  const isoOf = (t) => new Date(t).toISOString().slice(0, 10);

  function drawHistogram() {
    const box = $("histogram");
    box.replaceChildren();
    const width = box.clientWidth || 600;
    const height = box.clientHeight || 110;
    const left = 34;
    const right = 8;
    const top = 6;
    const bottom = 16;
    const rows = timelineData.filter((r) => r && DATE_RE.test(r.date || "") && r.count > 0);
    if (!rows.length) {
      scale = null;
      box.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }));
      box.lastChild.textContent = "No dated events match the filters.";
      return;
    }
    const times = rows.map((r) => dayOf(r.date));
    const t0 = Math.min(...times);
    const days = Math.round((Math.max(...times) - t0) / DAY_MS) + 1;
    const plotW = width - left - right;
    const [bin, unit] = BINS.find(([n]) => Math.ceil(days / n) * 3 <= plotW) || BINS[BINS.length - 1];
    const nbins = Math.ceil(days / bin);
    const bw = plotW / nbins;
    $("timeline-unit").textContent = `Events per ${unit}`;
    const perBin = new Map();
    for (const r of rows) {
      const i = Math.floor(Math.round((dayOf(r.date) - t0) / DAY_MS) / bin);
      const type = r.acled_type || NO_TYPE.name;
      if (!perBin.has(i)) perBin.set(i, new Map());
      perBin.get(i).set(type, (perBin.get(i).get(type) || 0) + r.count);
    }
    const totals = [...perBin.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    const yMax = Math.max(...totals);
    const plotH = height - top - bottom;
    scale = { t0, days, bin, nbins, left, bw, top, plotH };
    const order = [...TYPES.map((t) => t.name), NO_TYPE.name];
    for (const [i, counts] of perBin) {
      let y = top + plotH;
      for (const type of order) {
        const n = counts.get(type);
        if (!n) continue;
        const h = (n / yMax) * plotH;
        y -= h;
        const rect = svg("rect", { x: left + i * bw, y, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.5), height: h,
          fill: colorOf(type === NO_TYPE.name ? null : type) });
        rect.append(svg("title"));
        const when = bin === 1 ? binStart(i) : `${binStart(i)} to ${binEnd(i)}`;
        rect.lastChild.textContent = `${when} — ${type}: ${n}`;
        box.append(rect);
      }
    }
    box.append(svg("line", { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH, class: "baseline" }));
    const label = (x, y, text, anchor) => {
      const t = svg("text", { x, y, "text-anchor": anchor, class: "axis" });
      t.textContent = text;
      box.append(t);
    };
    label(left - 4, top + 9, fmt(yMax), "end");
    label(left - 4, top + plotH, "0", "end");
    const ticks = Math.min(nbins, Math.max(2, Math.floor((width - left) / 110)));
    for (let k = 0; k < ticks; k++) {
      const i = ticks === 1 ? 0 : Math.round((k * (nbins - 1)) / (ticks - 1));
      const anchor = k === 0 ? "start" : k === ticks - 1 ? "end" : "middle";
      const x = k === 0 ? left : k === ticks - 1 ? left + nbins * bw : left + (i + 0.5) * bw;
      label(x, height - 3, k === ticks - 1 ? binEnd(i) : binStart(i), anchor);
    }
    brushRect = svg("rect", { class: "brush", y: top, height: plotH, x: 0, width: 0, visibility: "hidden" });
    box.append(brushRect);
    showBrush();
  }

  let brushRect = null;

  const binAt = (x) => Math.min(scale.nbins - 1, Math.max(0, Math.floor((x - scale.left) / scale.bw)));
  const binStart = (i) => isoOf(scale.t0 + i * scale.bin * DAY_MS);
  const binEnd = (i) => isoOf(scale.t0 + Math.min(scale.days - 1, (i + 1) * scale.bin - 1) * DAY_MS);

  function setBrush(i0, i1) {
    if (!brushRect) return;
    const a = Math.max(0, Math.min(i0, i1));
    const b = Math.min(scale.nbins - 1, Math.max(i0, i1));
    if (b < a) {
      brushRect.setAttribute("visibility", "hidden");
      return;
    }
    brushRect.setAttribute("x", scale.left + a * scale.bw);
    brushRect.setAttribute("width", Math.max((b - a + 1) * scale.bw, 1));
    brushRect.setAttribute("visibility", "visible");
  }

  function showBrush() {
    $("range-label").textContent = state.start || state.end
      ? `${state.start || "…"} to ${state.end || "…"}` : "all dates";
    if (!scale || !brushRect) return;
    if (!state.start && !state.end) {
      brushRect.setAttribute("visibility", "hidden");
      return;
    }
    const idx = (iso) => Math.floor(Math.round((dayOf(iso) - scale.t0) / DAY_MS) / scale.bin);
    setBrush(state.start ? idx(state.start) : 0, state.end ? idx(state.end) : scale.nbins - 1);
  }

  function initBrush() {
    const box = $("histogram");
    let from = null;
    const xOf = (e) => e.clientX - box.getBoundingClientRect().left;
    box.addEventListener("pointerdown", (e) => {
      if (!scale || e.button !== 0) return;
      from = binAt(xOf(e));
      box.setPointerCapture(e.pointerId);
      setBrush(from, from);
    });
    box.addEventListener("pointermove", (e) => {
      if (from !== null) setBrush(from, binAt(xOf(e)));
    });
    const finish = (e) => {
      if (from === null) return;
      const to = binAt(xOf(e));
      const a = Math.min(from, to);
      const b = Math.max(from, to);
      from = null;
      applyFilters({ ...state, start: binStart(a), end: binEnd(b) });
      stateToForm(state);
      showBrush();
    };
    box.addEventListener("pointerup", finish);
    box.addEventListener("pointercancel", () => {
      from = null;
      showBrush();
    });
  }

  // ---- the event panel ------------------------------------------------------------------------------------

  let opener = null; // the element focused before the panel opened, refocused when it closes
  let panelToken = 0;

  async function openEvent(id, push) {
    const token = ++panelToken;
    if (push) {
      opener = document.activeElement;
      state.event = id;
      if (location.hash !== hashOf(state)) history.pushState(null, "", hashOf(state));
    }
    selectMarker(id);
    const panel = $("panel");
    panel.hidden = false;
    $("panel-title").textContent = "Loading event…";
    $("panel-body").replaceChildren();
    panel.focus();
    map.invalidateSize();
    try {
      const ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
      if (token !== panelToken) return;
      renderEvent(ev);
    } catch (err) {
      if (token !== panelToken) return;
      $("panel-title").textContent = "Event not loaded";
      $("panel-body").replaceChildren(el("p", { class: "error" }, String(err.message || err)));
    }
  }

  function closePanel(push) {
    panelToken++;
    selectMarker(null);
    $("panel").hidden = true;
    map.invalidateSize();
    if (push) {
      state.event = "";
      history.pushState(null, "", hashOf(state));
    }
    if (opener && document.contains(opener)) opener.focus();
    opener = null;
  }

  const actorText = (a) => {
    if (!a) return null;
    const extra = [a.kind && a.kind.replace(/_/g, " "), a.country].filter(Boolean).join(", ");
    return extra ? `${a.name || a.text} (${extra})` : a.name || a.text;
  };

  function renderEvent(ev) {
    const acled = ev.acled;
    $("panel-title").textContent = acled ? acled.event_type : (ev.plover && ev.plover.type) || "Event";
    const rows = [];
    const row = (term, ...value) => {
      if (value.some((v) => v !== null && v !== undefined && v !== "")) rows.push(el("dt", {}, term), el("dd", {}, ...value));
    };
    row("Sub-type", acled ? acled.sub_event_type : null);
    const plover = ev.plover ? [ev.plover.type, ev.plover.mode].filter(Boolean).join(" / ") : null;
    row("PLOVER", plover, ev.cameo ? ` · CAMEO ${ev.cameo}` : null);
    const d = ev.date || {};
    const when = d.start ? (d.end && d.end !== d.start ? `${d.start} to ${d.end}` : d.start) : "unknown";
    row("Date", when, d.precision ? ` (${d.precision})` : null, d.text ? ` — “${d.text}”` : null);
    row("Actor 1", actorText(ev.actor1));
    row("Actor 2", actorText(ev.actor2));
    const loc = ev.location;
    if (loc) {
      const where = [loc.name || loc.text, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(", ");
      const coords = Number.isFinite(loc.lat) && Number.isFinite(loc.lon)
        ? ` ${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}` : " no coordinates";
      const km = PRECISION_KM[loc.precision];
      row("Place", where, " ", el("span", { class: "badge" }, `${loc.precision || "not in the gazetteer"}${km ? ` ±${km} km` : ""}`), coords);
    } else {
      row("Place", "unknown");
    }
    // killed, wounded and captured are separate counts (contract 1.1); never summed
    for (const [label, count] of [["Fatalities", ev.fatalities], ["Injured", ev.injured], ["Captured", ev.captured]]) {
      const f = count || {};
      if (f.best !== null && f.best !== undefined || f.text) {
        const range = f.low !== null && f.low !== undefined && f.high !== null && f.high !== undefined && f.low !== f.high
          ? ` (${f.low}–${f.high})` : "";
        row(label, f.best !== null && f.best !== undefined ? `${f.best}${range}` : "unknown",
          f.text ? ` — “${f.text}”` : null);
      }
    }
    const fact = el("span", { class: ev.factuality === "asserted" ? "badge" : "badge not-asserted" }, ev.factuality || "?");
    row("Factuality", fact, ev.attribution ? ` according to ${ev.attribution}` : null,
      ev.historical ? " · historical (background)" : null);
    if (Number.isFinite(ev.confidence)) row("Confidence", ev.confidence.toFixed(2));

    const parts = [el("dl", {}, ...rows)];
    const evidence = ev.evidence;
    if (evidence && typeof evidence.sentence === "string") {
      const ranges = highlightRanges(evidence.sentence, [
        { text: evidence.trigger, cls: "hl-trigger" },
        { text: ev.actor1 && ev.actor1.text, cls: "hl-actor" },
        { text: ev.actor2 && ev.actor2.text, cls: "hl-actor" },
        { text: loc && loc.text, cls: "hl-place" },
      ]);
      parts.push(el("h3", {}, "Evidence"),
        el("blockquote", { class: "evidence", id: "evidence" }, ...highlighted(evidence.sentence, ranges)),
        el("div", { class: "hl-legend" }, el("mark", { class: "hl-trigger" }, "trigger"),
          el("mark", { class: "hl-actor" }, "actor"), el("mark", { class: "hl-place" }, "place")));
    }
    const art = ev.article;
    if (art) {
      const meta = [art.source, art.published].filter(Boolean).join(", ");
      const links = el("p", {});
      const url = safeUrl(art.url);
      if (url) links.append(el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "Original article"), " · ");
      links.append(el("a", { href: `/api/articles/${encodeURIComponent(art.id)}` }, "Stored article (JSON)"));
      parts.push(el("h3", {}, "Article"), el("p", {}, art.title || "(no title)", meta ? ` — ${meta}` : null), links);
      if (typeof art.body === "string" && evidence) {
        const ok = Number.isInteger(evidence.start) && Number.isInteger(evidence.end)
          && evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= art.body.length;
        const spans = ok ? [{ start: evidence.start, end: evidence.end, cls: "hl-span" }] : [];
        parts.push(el("details", {}, el("summary", {}, "The evidence in the article body"),
          el("div", { class: "article-body" }, ...highlighted(art.body, spans))));
      }
    }
    $("panel-body").replaceChildren(...parts);
  }

  // Only http(s) links are followed: a javascript: or data: URL from an article is shown as nothing.
  function safeUrl(raw) {
    if (typeof raw !== "string") return null;
    try {
      const u = new URL(raw);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  // Where each needle occurs in text (case-sensitive first, then case-insensitive); earlier needles win
  // over later ones that overlap them.
  function highlightRanges(text, needles) {
    const taken = [];
    const lower = text.toLowerCase();
    for (const { text: needle, cls } of needles) {
      if (typeof needle !== "string" || !needle.trim()) continue;
      let start = text.indexOf(needle);
      if (start < 0 && lower.length === text.length) {
        const n = needle.toLowerCase();
        if (n.length === needle.length) start = lower.indexOf(n);
      }
      if (start < 0) continue;
      const end = start + needle.length;
      if (taken.some((r) => start < r.end && r.start < end)) continue;
      taken.push({ start, end, cls });
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  // Text split into text nodes and <mark> nodes; never parsed as HTML.
  function highlighted(text, ranges) {
    const nodes = [];
    let at = 0;
    for (const r of ranges) {
      if (r.start > at) nodes.push(document.createTextNode(text.slice(at, r.start)));
      const mark = el("mark", { class: r.cls });
      mark.textContent = text.slice(r.start, r.end);
      nodes.push(mark);
      at = r.end;
    }
    if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  // ---- wiring ----------------------------------------------------------------------------------------------

  function init() {
    buildForm();
    stateToForm(state);
    initMap();
    initBrush();
    const form = $("filters");
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      applyFilters(formToState());
    });
    form.addEventListener("change", (e) => {
      const name = e.target.name;
      // At least one type and one factuality stay checked: none would mean nothing to show.
      if ((name === "type" || name === "factuality") && !form.querySelector(`input[name="${name}"]:checked`)) {
        e.target.checked = true;
        return;
      }
      if (e.target.id === "show-precision" || e.target.id === "show-control") return;
      applyFilters(formToState());
    });
    $("clear-dates").addEventListener("click", () => {
      $("start").value = "";
      $("end").value = "";
      applyFilters(formToState());
      showBrush();
    });
    $("panel-close").addEventListener("click", () => closePanel(true));
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !$("panel").hidden) closePanel(true);
    });
    window.addEventListener("popstate", onHashChange);
    window.addEventListener("hashchange", onHashChange);
    // Redraw the histogram when its width changes (window resized, event panel opened or closed).
    let lastWidth = 0;
    new ResizeObserver(() => {
      const width = $("histogram").clientWidth;
      if (width !== lastWidth) {
        lastWidth = width;
        drawHistogram();
      }
    }).observe($("histogram"));
    history.replaceState(null, "", hashOf(state));
    loadAll();
    if (state.event) openEvent(state.event, false);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
