// Contribution rules as effective-dated data: one tab per rule table, every row with its
// validity and legal reference, unconfirmed values flagged. Users with policy.write add and
// correct rows (the server refuses gaps and overlaps). Table and date live in the URL.
import { Alert, DatePicker, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCivilDate } from '../../app/format';
import { usePageTitle } from '../../app/usePageTitle';
import { RuleTableView } from './RuleTableView';
import { RULE_TABLES, type RuleTableKey } from './rules.types';
import './contributions.css';

export function RulesPage() {
  const { t } = useTranslation();
  usePageTitle(t('contributions.rules.title'));
  const [params, setParams] = useSearchParams();
  const table: RuleTableKey = RULE_TABLES.find((k) => k === params.get('table')) ?? 'base-salaries';
  const atParam = params.get('at');
  const at = isCivilDate(atParam) ? atParam : '';
  const update = (next: { table?: string; at?: string }) => {
    const search: Record<string, string> = { table: next.table ?? table };
    const nextAt = next.at ?? at;
    if (nextAt) search.at = nextAt;
    setParams(search);
  };
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('contributions.rules.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('contributions.rules.subtitle')}</Typography.Text>
        </div>
        <Flex vertical>
          <label htmlFor="rules-at" className="field-label">
            {t('contributions.rules.at')}
          </label>
          <DatePicker
            id="rules-at"
            format="DD/MM/YYYY"
            value={at ? dayjs(at) : null}
            placeholder={t('contributions.rules.allPeriods')}
            onChange={(value) => update({ at: value ? value.format('YYYY-MM-DD') : '' })}
          />
        </Flex>
      </div>
      <Alert type="info" showIcon className="form-notice" title={t('contributions.rules.notice')} />
      <Tabs
        activeKey={table}
        onChange={(key) => update({ table: key })}
        items={RULE_TABLES.map((key) => ({
          key,
          label: t(`contributions.ruleTables.${key}`),
          children: key === table ? <RuleTableView table={key} at={at} /> : null,
        }))}
      />
    </>
  );
}
