// The map's key: one swatch per gap class, grey for unknown.
import { useTranslation } from 'react-i18next';
import { GAP_CLASSES, UNKNOWN_CLASS } from './mapColors';

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <ul className="coverage-map-legend" data-testid="map-legend">
      {[...GAP_CLASSES, UNKNOWN_CLASS].map((c) => (
        <li key={c.key}>
          <span className="coverage-map-swatch" style={{ background: c.color }} aria-hidden />
          {t(c.labelKey)}
        </li>
      ))}
    </ul>
  );
}
