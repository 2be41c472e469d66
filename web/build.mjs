// Builds the map page into src/frontlines/web/static/ from web/src/ and the npm packages.
//   cd web && npm ci && node build.mjs
// Output: index.html, app.js, app.css (copied from src/), leaflet.js, leaflet.css, LEAFLET-LICENSE
// (from the leaflet package), countries.geojson (world-atlas 50m, simplified), build-info.json
// (the sha256 of every input, checked by tests/test_page_build.py).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "frontlines", "web", "static");
const modules = join(here, "node_modules");

// Keep this share of the 50m arcs' points (by Visvalingam weight), and this many decimals (~1 km).
const KEEP = 0.3;
const DECIMALS = 2;

mkdirSync(out, { recursive: true });

// 1. The page's own sources, copied as they are.
const sources = readdirSync(join(here, "src")).sort();
for (const name of sources) copyFileSync(join(here, "src", name), join(out, name));

// 2. Leaflet: the minified build, its stylesheet and its licence (BSD-2-Clause).
copyFileSync(join(modules, "leaflet", "dist", "leaflet.js"), join(out, "leaflet.js"));
copyFileSync(join(modules, "leaflet", "dist", "leaflet.css"), join(out, "leaflet.css"));
copyFileSync(join(modules, "leaflet", "LICENSE"), join(out, "LEAFLET-LICENSE"));

// 3. Natural Earth countries (world-atlas 50m TopoJSON) -> simplified GeoJSON with a name only.
const topology = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-50m.json"), "utf8"));
const pre = presimplify(topology);
const simple = simplify(pre, quantile(pre, KEEP));
const countries = feature(simple, simple.objects.countries);
const original = feature(topology, topology.objects.countries);
const roundRing = (ring, decimals) => {
  const scale = 10 ** decimals;
  const kept = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * scale) / scale, Math.round(y * scale) / scale];
    const last = kept[kept.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
  }
  return kept;
};
// world-atlas rings that cross the antimeridian jump from +180 to -180; Leaflet would draw those jumps as
// streaks across the map. Such a ring (an even number of jumps; an odd number means it goes round a pole,
// like Antarctica's) is made continuous instead: its longitudes may then run past 180.
const unwrap = (ring) => {
  const jumps = ring.slice(1).filter(([x], i) => Math.abs(x - ring[i][0]) > 180).length;
  if (jumps === 0 || jumps % 2 === 1) return ring;
  const out = [ring[0]];
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
};
const polygons = (geometry, decimals) => {
  if (!geometry) return [];
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => poly.map((r) => roundRing(unwrap(r), decimals)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length);
};
const features = [];
for (const [i, f] of countries.features.entries()) {
  // A small country (Monaco, Maldives) that simplification erased keeps its original outline.
  let kept = polygons(f.geometry, DECIMALS);
  if (!kept.length) kept = polygons(original.features[i].geometry, DECIMALS + 1);
  if (!kept.length) continue;
  features.push({
    type: "Feature",
    properties: { name: f.properties.name },
    geometry: { type: "MultiPolygon", coordinates: kept },
  });
}
writeFileSync(join(out, "countries.geojson"), JSON.stringify({ type: "FeatureCollection", features }));

// 4. What this build was made from, so a test can tell when the committed build is stale.
const sha = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const inputs = {};
for (const name of ["build.mjs", "package.json", "package-lock.json"]) inputs[name] = sha(join(here, name));
for (const name of sources) inputs[`src/${name}`] = sha(join(here, "src", name));
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const versions = {};
for (const pkg of ["leaflet", "world-atlas", "topojson-client", "topojson-simplify"]) {
  versions[pkg] = lock.packages[`node_modules/${pkg}`].version;
}
const info = { schema: "frontlines/web-build/1", inputs, packages: versions, countries: features.length };
writeFileSync(join(out, "build-info.json"), JSON.stringify(info, null, 2) + "\n");
console.log(`built ${out}: ${sources.length} page files, leaflet ${versions.leaflet}, ${features.length} countries`);
