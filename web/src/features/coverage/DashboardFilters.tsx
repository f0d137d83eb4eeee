// The dashboard's controls: scheme, date (dd/mm/yyyy, not after today) and which boundaries
// to count by: today's (history added up by today's units) or those in force on the date.
import { DatePicker, Flex, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REFORM_DATE } from '../../app/format';
import { SCHEMES, type Geography } from './coverage.types';
import type { DashboardParams } from './dashboardParams';

interface Props {
  params: DashboardParams;
  today: string;
  onChange: (change: Partial<DashboardParams>) => void;
}

export function DashboardFilters({ params, today, onChange }: Props) {
  const { t } = useTranslation();
  const hint =
    params.geography === 'as-is' ? t('coverage.filters.asIsHint') : t('coverage.filters.asWasHint');
  return (
    <Flex
      vertical
      gap={4}
      className="coverage-filters"
      role="search"
      aria-label={t('coverage.filters.label')}
    >
      <Flex wrap gap={12} align="center">
        <label htmlFor="coverage-scheme" className="field-label-inline">
          {t('coverage.filters.scheme')}
        </label>
        <Select
          id="coverage-scheme"
          data-testid="scheme-select"
          value={params.scheme}
          onChange={(scheme) => onChange({ scheme })}
          options={SCHEMES.map((s) => ({ value: s, label: t(`coverage.schemes.${s}`) }))}
          style={{ minWidth: 200 }}
        />
        <label htmlFor="coverage-date" className="field-label-inline">
          {t('coverage.filters.date')}
        </label>
        <DatePicker
          id="coverage-date"
          data-testid="date-picker"
          value={dayjs(params.at)}
          format="DD/MM/YYYY"
          allowClear={false}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(value) => {
            if (value) onChange({ at: value.format('YYYY-MM-DD') });
          }}
        />
        <span className="field-label-inline" id="coverage-geography">
          {t('coverage.filters.geography')}
        </span>
        <Segmented<Geography>
          aria-labelledby="coverage-geography"
          data-testid="geography-toggle"
          value={params.geography}
          onChange={(geography) => onChange({ geography })}
          options={[
            { value: 'as-is', label: t('coverage.filters.asIs') },
            {
              value: 'as-was',
              label: t('coverage.filters.asWas'),
              disabled: params.at >= REFORM_DATE && params.geography !== 'as-was',
            },
          ]}
        />
      </Flex>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}
