// The rule rows a result relied on: table, legal reference, and a visible "unconfirmed" tag
// for values the domain doc could not confirm (an authorised user may still correct them).
import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleUsed } from './contributions.types';
import { useLabel } from './useLabel';

export function UnconfirmedTag() {
  const { t } = useTranslation();
  return (
    <Tag color="warning" data-testid="unconfirmed">
      {t('contributions.unconfirmed')}
    </Tag>
  );
}

export function RulesUsedList({ rules }: { rules: RuleUsed[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const unconfirmed = rules.some((rule) => !rule.confirmed);
  return (
    <>
      {unconfirmed ? (
        <Alert
          type="warning"
          showIcon
          className="form-notice"
          data-testid="unconfirmed-warning"
          title={t('contributions.unconfirmedWarning')}
        />
      ) : null}
      <List
        size="small"
        data-testid="rules-used"
        dataSource={rules}
        rowKey={(rule) => `${rule.table}-${rule.id}`}
        renderItem={(rule) => (
          <List.Item>
            <span>
              <strong>{label('tables', rule.table)}</strong> · {rule.legalRef}{' '}
              {rule.confirmed ? null : <UnconfirmedTag />}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
