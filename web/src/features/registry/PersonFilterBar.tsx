// Search box and unit code of the persons list. The unit code is checked before it is used,
// with the reason shown under the field.
import { Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFilters } from './registry.types';

/** Province (2 digits) or commune (5 digits) code. */
export const UNIT_CODE = /^(\d{2}|\d{5})$/;

interface Props {
  filters: PersonFilters;
  onApply: (filters: PersonFilters) => void;
}

export function PersonFilterBar({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const [unit, setUnit] = useState(filters.unitCode);
  const unitValid = unit === '' || UNIT_CODE.test(unit);

  const apply = (next: { q?: string; unit?: string }) => {
    const nextUnit = (next.unit ?? unit).trim();
    if (nextUnit !== '' && !UNIT_CODE.test(nextUnit)) return;
    onApply({ q: (next.q ?? q).trim(), unitCode: nextUnit });
  };

  return (
    <Flex wrap gap={16} className="filters">
      <div className="filter-search">
        <label htmlFor="person-search" className="field-label">
          {t('registry.persons.search')}
        </label>
        <Input.Search
          id="person-search"
          data-testid="person-search"
          allowClear
          value={q}
          placeholder={t('registry.persons.searchPlaceholder')}
          onChange={(event) => setQ(event.target.value)}
          onSearch={(value) => apply({ q: value })}
        />
      </div>
      <div>
        <label htmlFor="person-unit" className="field-label">
          {t('registry.persons.unitCode')}
        </label>
        <Input.Search
          id="person-unit"
          className="filter-code"
          allowClear
          inputMode="numeric"
          maxLength={5}
          value={unit}
          status={unitValid ? undefined : 'error'}
          aria-invalid={!unitValid}
          aria-describedby="person-unit-help"
          onChange={(event) => setUnit(event.target.value.trim())}
          onSearch={(value) => apply({ unit: value })}
        />
        <div
          id="person-unit-help"
          className={unitValid ? 'field-help' : 'field-help field-error'}
          role={unitValid ? undefined : 'alert'}
        >
          {unitValid ? t('registry.persons.unitCodeHint') : t('registry.persons.unitCodeInvalid')}
        </div>
      </div>
    </Flex>
  );
}
