// Choropleth of the provinces (d3-geo into SVG): each province coloured by its gap to target,
// grey when unknown; a tooltip gives name, rate, target and gap; a click (or Enter) drills
// down. When the board is a province's, the map locates it among the others instead.
import { Tooltip } from 'antd';
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from './coverage.types';
import { MapLegend } from './MapLegend';
import { MapTooltip } from './MapTooltip';
import { gapClass } from './mapColors';
import { codeOf, provinceShapes } from './provinceShapes';

const WIDTH = 420;
const HEIGHT = 620;
/** where the two archipelagos' labels go (longitude, latitude) */
const ISLAND_LABELS = [
  { key: 'coverage.map.hoangSa', at: [111.2, 17.4] },
  { key: 'coverage.map.truongSa', at: [113.2, 11.2] },
] as const;

interface Props {
  /** the country's children (provinces), or null to only locate `selected` */
  provinces: Child[] | null;
  selected?: string;
  asWas: boolean;
  at: string;
  onOpen: (code: string) => void;
}

export function ProvinceMap({ provinces, selected, asWas, at, onOpen }: Props) {
  const { t } = useTranslation();
  const shapes = provinceShapes(asWas, at);
  const { path, projection } = useMemo(() => {
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], shapes);
    return { projection, path: geoPath(projection) };
  }, [shapes]);
  const byCode = new Map((provinces ?? []).map((c) => [c.code, c]));

  return (
    <figure className="coverage-map" data-testid="province-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('coverage.map.label')}>
        {shapes.features.map((f) => {
          const code = codeOf(f);
          const child = byCode.get(code);
          const fill = provinces
            ? gapClass(child?.gapPoints).color
            : code === selected
              ? '#0b5ea8'
              : '#eef1f5';
          const name = child?.name ?? f.properties.name;
          return (
            <Tooltip key={code} title={provinces ? <MapTooltip name={name} child={child} /> : name}>
              <path
                d={path(f) ?? ''}
                fill={fill}
                className={code === selected ? 'coverage-map-selected' : undefined}
                data-code={code}
                data-testid={`map-province-${code}`}
                role="button"
                tabIndex={0}
                aria-label={name}
                onClick={() => onOpen(code)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') onOpen(code);
                }}
              />
            </Tooltip>
          );
        })}
        {ISLAND_LABELS.map(({ key, at: lonLat }) => {
          const [x, y] = projection([...lonLat]) ?? [0, 0];
          return (
            <text key={key} x={x} y={y} className="coverage-map-island" textAnchor="middle">
              {t(key)}
            </text>
          );
        })}
      </svg>
      {provinces ? <MapLegend /> : null}
    </figure>
  );
}
