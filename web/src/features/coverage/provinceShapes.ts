// The province outlines (provinces.topo.json, see README.md) as GeoJSON features keyed by
// province code: the 34 provinces since 01/07/2025, or the 63 before for the as-was view.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { REFORM_DATE } from '../../app/format';
import topology from './provinces.topo.json';

export type ProvinceFeature = Feature<Polygon | MultiPolygon, { name: string }>;
type Objects = {
  provinces34: GeometryCollection<{ name: string }>;
  provinces63: GeometryCollection<{ name: string }>;
};

const topo = topology as unknown as Topology<Objects>;
const cache = new Map<string, FeatureCollection<Polygon | MultiPolygon, { name: string }>>();

/** The provinces whose codes a board of the country uses on `at` in that geography. */
export function provinceShapes(asWas: boolean, at: string) {
  const key = asWas && at < REFORM_DATE ? 'provinces63' : 'provinces34';
  let shapes = cache.get(key);
  if (!shapes) {
    shapes = feature(topo, topo.objects[key]) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
    cache.set(key, shapes);
  }
  return shapes;
}

export const codeOf = (f: ProvinceFeature) => String(f.id);
