// Filters of the policies list: issuing province, scheme, status and the date in force.
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../app/format';
import type { PolicyFilters } from './policies.types';
import { ProvinceSelect } from './ProvinceSelect';

interface Props {
  filters: PolicyFilters;
  onApply: (filters: PolicyFilters) => void;
}

export function PolicyFilterBar({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const set = (change: Partial<PolicyFilters>) => onApply({ ...filters, ...change });
  return (
    <Flex wrap gap={16} align="flex-end" className="filters">
      <div>
        <label htmlFor="policy-province" className="field-label">
          {t('contributions.policy.issuer')}
        </label>
        <ProvinceSelect
          id="policy-province"
          at={filters.at || todayInVietnam()}
          includeFormer
          value={filters.province || undefined}
          onChange={(province) => set({ province: province ?? '' })}
        />
      </div>
      <div>
        <label htmlFor="policy-scheme" className="field-label">
          {t('contributions.policy.scheme')}
        </label>
        <Select
          id="policy-scheme"
          className="contrib-filter-select"
          allowClear
          value={filters.scheme || undefined}
          onChange={(scheme) => set({ scheme: scheme ?? '' })}
          options={(['hi', 'vsi'] as const).map((s) => ({
            value: s,
            label: t(`contributions.schemes.${s}`),
          }))}
        />
      </div>
      <div>
        <label htmlFor="policy-status" className="field-label">
          {t('contributions.policy.status')}
        </label>
        <Select
          id="policy-status"
          className="contrib-filter-select"
          allowClear
          value={filters.status || undefined}
          onChange={(status) => set({ status: status ?? '' })}
          options={(['draft', 'active', 'withdrawn'] as const).map((s) => ({
            value: s,
            label: t(`contributions.policyStatus.${s}`),
          }))}
        />
      </div>
      <div>
        <label htmlFor="policy-at" className="field-label">
          {t('contributions.policies.at')}
        </label>
        <DatePicker
          id="policy-at"
          format="DD/MM/YYYY"
          value={filters.at ? dayjs(filters.at) : null}
          onChange={(value) => set({ at: value ? value.format('YYYY-MM-DD') : '' })}
        />
      </div>
      <Button onClick={() => onApply({ province: '', scheme: '', status: '', at: '' })}>
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
