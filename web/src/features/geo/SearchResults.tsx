// The list of search hits; each hit is a button so the list works from the keyboard.
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { byLevelThenCode, type AdminUnit } from './geo.types';
import { LEVEL_COLORS } from './levels';

interface Props {
  items: AdminUnit[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export function SearchResults({ items, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const sorted = [...items].sort(byLevelThenCode);
  return (
    <ul className="unit-results" aria-label={t('geo.search.results')} data-testid="search-results">
      {sorted.map((unit) => (
        <li key={`${unit.level}-${unit.code}`}>
          <Button
            type="text"
            className="unit-result"
            aria-current={unit.code === selected ? 'true' : undefined}
            data-testid={`search-result-${unit.code}`}
            onClick={() => onSelect(unit.code)}
          >
            <Tag color={LEVEL_COLORS[unit.level]}>{t(`level.${unit.level}`)}</Tag>
            <span className="unit-result-code">{unit.code}</span>
            <strong>{unit.name}</strong>
            {unit.parent && unit.parent.level !== 'country' ? (
              <Typography.Text type="secondary" className="unit-result-parent">
                {t('geo.search.parent', { name: unit.parent.name })}
              </Typography.Text>
            ) : null}
          </Button>
        </li>
      ))}
    </ul>
  );
}
