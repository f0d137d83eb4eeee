// The policies list: code and name, issuer, scheme, what it pays and how it stacks, validity,
// status and legal reference (unconfirmed flagged); links to edit and to simulate.
import { Button, Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../app/format';
import { PeriodText } from '../../app/PeriodText';
import { formatPercentText } from './format';
import type { Policy, PolicyStatus } from './policies.types';
import { UnconfirmedTag } from './RulesUsedList';

const STATUS_COLOURS: Record<PolicyStatus, string> = {
  draft: 'default',
  active: 'success',
  withdrawn: 'error',
};

interface Props {
  policies: Policy[] | undefined;
  loading: boolean;
  canWrite: boolean;
  canSimulate: boolean;
}

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="policy-status">
      {t(`contributions.policyStatus.${status}`)}
    </Tag>
  );
}

export function PoliciesTable({ policies, loading, canWrite, canSimulate }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <Table<Policy>
      size="small"
      data-testid="policies-table"
      rowKey="id"
      loading={loading}
      dataSource={policies}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty description={t('contributions.policies.empty')} /> }}
      columns={[
        {
          key: 'name',
          title: t('contributions.policy.name'),
          render: (_, p) => (
            <>
              <div>{english ? p.nameEn : p.nameVi}</div>
              <span className="tabular contrib-secondary">{p.code}</span>
            </>
          ),
        },
        {
          key: 'issuer',
          title: t('contributions.policy.issuer'),
          render: (_, p) => p.issuerProvinceName ?? p.issuerProvinceCode ?? '—',
        },
        {
          key: 'scheme',
          title: t('contributions.policy.scheme'),
          render: (_, p) => t(`contributions.schemes.${p.scheme}`),
        },
        {
          key: 'support',
          title: t('contributions.policy.support'),
          render: (_, p) => (
            <>
              <div className="tabular">
                {p.sharePercent !== null
                  ? formatPercentText(p.sharePercent)
                  : formatMoney(p.amount)}
              </div>
              <span className="contrib-secondary">
                {t(`contributions.stackingsShort.${p.stacking}`)}
              </span>
            </>
          ),
        },
        {
          key: 'validity',
          title: t('contributions.rules.validity'),
          render: (_, p) => <PeriodText from={p.validFrom} to={p.validTo} />,
        },
        {
          key: 'status',
          title: t('contributions.policy.status'),
          render: (_, p) => <PolicyStatusTag status={p.status} />,
        },
        {
          key: 'legalRef',
          title: t('contributions.legalRef'),
          render: (_, p) => (
            <>
              {p.legalRef} {p.confirmed ? null : <UnconfirmedTag />}
            </>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, p) => (
            <Space size="small">
              <Button
                size="small"
                data-testid={`policy-open-${p.id}`}
                onClick={() => void navigate(`/contributions/policies/${p.id}`)}
              >
                {canWrite && p.status === 'draft'
                  ? t('contributions.policies.edit')
                  : t('contributions.policies.open')}
              </Button>
              {canSimulate && p.scheme === 'hi' ? (
                <Button
                  size="small"
                  onClick={() => void navigate(`/contributions/simulation?policy=${p.id}`)}
                >
                  {t('contributions.policies.simulate')}
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
