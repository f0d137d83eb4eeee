// Where the board stands: the country, then the province, then the commune, each a link back
// up. A commune's province comes from the geo module (its ancestors on the board's day).
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../geo/geo.api';
import type { Locality } from './coverage.types';
import { COUNTRY } from './dashboardParams';

interface Props {
  locality: Locality;
  /** the day the board's units are taken on (today as-is, the board's date as-was) */
  on: string;
  onOpen: (code: string) => void;
}

export function LocalityBreadcrumb({ locality, on, onOpen }: Props) {
  const { t } = useTranslation();
  const deep = locality.code !== COUNTRY && locality.level !== 'province';
  const unit = useUnit(deep ? locality.code : null, on);
  const between = (unit.data?.ancestors ?? [])
    .filter((a) => a.level !== 'country')
    .reverse()
    .map((a) => ({ code: a.code, name: a.name }));
  const trail = [
    { code: COUNTRY, name: t('coverage.crumbs.country') },
    ...(locality.code === COUNTRY
      ? []
      : [...between, { code: locality.code, name: locality.name }]),
  ];
  return (
    <nav aria-label={t('coverage.crumbs.label')} data-testid="locality-breadcrumb">
      <Breadcrumb
        items={trail.map((step, i) => ({
          key: step.code,
          title:
            i === trail.length - 1 ? (
              <span aria-current="page">{step.name}</span>
            ) : (
              <a
                href={`?locality=${step.code}`}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(step.code);
                }}
              >
                {step.name}
              </a>
            ),
        }))}
      />
    </nav>
  );
}
