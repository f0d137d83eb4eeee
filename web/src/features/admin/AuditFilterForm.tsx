// Filters of the audit trail: actor, action, entity, entity id and a date range (Vietnam
// calendar days, both ends included). Applied on submit, not on every keystroke.
import { Button, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from './admin.types';

interface Values {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

interface Props {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

function toFilters({ period, ...text }: Values): AuditFilters {
  const filters: AuditFilters = {};
  for (const [name, value] of Object.entries(text) as [keyof typeof text, string | undefined][]) {
    if (value?.trim()) filters[name] = value.trim();
  }
  if (period?.[0]) filters.from = period[0].format('YYYY-MM-DD');
  if (period?.[1]) filters.to = period[1].format('YYYY-MM-DD');
  return filters;
}

export function AuditFilterForm({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const initial: Values = {
    ...filters,
    period: [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null],
  };

  return (
    <Form<Values>
      name="audit-filters"
      layout="vertical"
      className="filters"
      initialValues={initial}
      onFinish={(values) => onApply(toFilters(values))}
    >
      <Flex wrap gap={16} align="flex-end">
        <Form.Item name="actor" label={t('admin.audit.actor')} className="filter-item">
          <Input allowClear />
        </Form.Item>
        <Form.Item name="action" label={t('admin.audit.action')} className="filter-item">
          <Input allowClear placeholder={t('admin.audit.actionPlaceholder')} />
        </Form.Item>
        <Form.Item name="entity" label={t('admin.audit.entity')} className="filter-item">
          <Input allowClear />
        </Form.Item>
        <Form.Item name="entityId" label={t('admin.audit.entityId')} className="filter-item">
          <Input allowClear />
        </Form.Item>
        <Form.Item name="period" label={t('admin.audit.period')} className="filter-item">
          <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item className="filter-item">
          <Flex gap={8}>
            <Button type="primary" htmlType="submit">
              {t('common.apply')}
            </Button>
            <Button onClick={() => onApply({})}>{t('common.reset')}</Button>
          </Flex>
        </Form.Item>
      </Flex>
    </Form>
  );
}
