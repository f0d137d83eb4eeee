// Filters of the targets list: year, scheme and locality code, applied with the button (or
// Enter); the page keeps them in the address.
import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NO_FILTERS } from './targetFilters';
import { SCHEMES, type TargetFilters } from './targets.types';

interface Props {
  filters: TargetFilters;
  onApply: (filters: TargetFilters) => void;
}

interface Values {
  year?: number | null;
  scheme?: TargetFilters['scheme'] | null;
  locality?: string;
}

export function TargetFilterBar({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) =>
    onApply({
      year: v.year ? String(v.year) : '',
      scheme: v.scheme ?? '',
      locality: v.locality?.trim() ?? '',
    });
  return (
    <Form<Values>
      form={form}
      name="target-filters"
      layout="vertical"
      className="filters"
      onFinish={apply}
      initialValues={{
        year: filters.year ? Number(filters.year) : null,
        scheme: filters.scheme || null,
        locality: filters.locality,
      }}
    >
      <Flex wrap gap={16} align="flex-end">
        <Form.Item name="year" label={t('targets.fields.year')} className="filter-item">
          <InputNumber min={1990} max={2100} controls={false} data-testid="filter-year" />
        </Form.Item>
        <Form.Item name="scheme" label={t('targets.fields.scheme')} className="filter-item">
          <Select
            allowClear
            data-testid="filter-scheme"
            options={SCHEMES.map((s) => ({ value: s, label: t(`coverage.schemes.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="locality" label={t('targets.fields.localityCode')} className="filter-item">
          <Input allowClear autoComplete="off" data-testid="filter-locality" />
        </Form.Item>
        <Form.Item className="filter-item">
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" data-testid="filter-apply">
              {t('common.apply')}
            </Button>
            <Button
              onClick={() => {
                form.setFieldsValue({ year: null, scheme: null, locality: '' });
                onApply(NO_FILTERS);
              }}
            >
              {t('common.reset')}
            </Button>
          </Flex>
        </Form.Item>
      </Flex>
    </Form>
  );
}
