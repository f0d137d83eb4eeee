// Province chooser (provinces valid at a date), searchable by name or code. With
// `includeFormer`, the provinces merged away on 2025-07-01 are listed too: their policies
// (Hải Dương's programme) are still on record.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BEFORE_REFORM_DATE } from '../../app/format';
import { useProvinces } from '../geo/geo.api';

interface Props {
  id?: string;
  at: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  allowClear?: boolean;
  includeFormer?: boolean;
  'data-testid'?: string;
}

export function ProvinceSelect(props: Props) {
  const { id, at, value, onChange, allowClear = true, includeFormer = false } = props;
  const { t } = useTranslation();
  const provinces = useProvinces(at);
  const former = useProvinces(includeFormer ? BEFORE_REFORM_DATE : at);
  const options = (provinces.data ?? []).map((p) => ({
    value: p.code,
    label: `${p.code} · ${p.name}`,
  }));
  if (includeFormer) {
    const listed = new Set(options.map((o) => o.value));
    for (const p of former.data ?? []) {
      if (!listed.has(p.code)) {
        options.push({
          value: p.code,
          label: `${p.code} · ${p.name} (${t('contributions.former')})`,
        });
      }
    }
    options.sort((a, b) => a.value.localeCompare(b.value));
  }
  return (
    <Select
      id={id}
      data-testid={props['data-testid']}
      className="contrib-province-select"
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      loading={provinces.isPending}
      status={provinces.isError ? 'error' : undefined}
      placeholder={provinces.isError ? t('contributions.provinceLoadFailed') : undefined}
      options={options}
    />
  );
}
