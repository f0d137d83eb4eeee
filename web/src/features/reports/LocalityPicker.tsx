// The report's locality: the country or a province for national users, their own units for
// the others (a steering committee sees its province), then optionally one commune of the
// province. Units are listed as valid on `at` (today's for today's boundaries).
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { childrenQuery, useProvinces } from '../geo/geo.api';
import { COUNTRY, type LocalityChoices } from './reportForm';

interface UnitProps {
  id: string;
  choices: LocalityChoices;
  at: string;
  value?: string;
  onChange?: (code: string) => void;
}

/** Country, province or the user's own unit. */
export function UnitSelect({ id, choices, at, value, onChange }: UnitProps) {
  const { t } = useTranslation();
  const provinces = useProvinces(at);
  const options = choices.national
    ? [
        { value: COUNTRY, label: t('reports.country') },
        ...(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
      ]
    : choices.units.map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }));
  return (
    <Select
      id={id}
      data-testid="report-locality"
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={choices.national && provinces.isPending}
      status={choices.national && provinces.isError ? 'error' : undefined}
      options={options}
    />
  );
}

interface CommuneProps {
  id: string;
  province: string;
  at: string;
  value?: string | undefined;
  onChange?: (code: string | undefined) => void;
}

/** A commune of the province, or none for the whole province. */
export function CommuneSelect({ id, province, at, value, onChange }: CommuneProps) {
  const { t } = useTranslation();
  const communes = useQuery({ ...childrenQuery(at, province), enabled: /^\d{2}$/.test(province) });
  return (
    <Select
      id={id}
      data-testid="report-commune"
      value={value}
      onChange={onChange}
      allowClear
      placeholder={t('reports.wholeProvince')}
      showSearch={{ optionFilterProp: 'label' }}
      loading={communes.isPending && communes.fetchStatus !== 'idle'}
      options={(communes.data ?? []).map((c) => ({
        value: c.code,
        label: `${c.code} · ${c.name}`,
      }))}
    />
  );
}
