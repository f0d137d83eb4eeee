// A person's status history (poor household, student, …) and residence history, each a small
// table of effective-dated rows, newest first.
import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodText } from '../../app/PeriodText';
import type { PersonStatus, Residence } from './registry.types';

const newestFirst = <T extends { validFrom: string }>(rows: T[]) =>
  [...rows].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

export function StatusHistoryCard({ statuses }: { statuses: PersonStatus[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<PersonStatus> = [
    {
      key: 'status',
      title: t('registry.status.status'),
      render: (_, s) => (i18n.resolvedLanguage === 'en' ? s.labelEn : s.labelVi),
    },
    {
      key: 'period',
      title: t('common.period'),
      render: (_, s) => <PeriodText from={s.validFrom} to={s.validTo} />,
    },
    { key: 'source', title: t('registry.status.source'), render: (_, s) => s.source ?? '—' },
  ];
  return (
    <Card
      size="small"
      data-testid="status-card"
      title={<h2 className="card-heading">{t('registry.status.title')}</h2>}
    >
      <Table<PersonStatus>
        size="small"
        rowKey={(s) => `${s.status}-${s.validFrom}`}
        columns={columns}
        dataSource={newestFirst(statuses)}
        pagination={false}
        locale={{ emptyText: t('registry.status.empty') }}
      />
    </Card>
  );
}

export function ResidenceHistoryCard({ residences }: { residences: Residence[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Residence> = [
    {
      key: 'commune',
      title: t('registry.residence.commune'),
      render: (_, r) => `${r.commune.name} (${r.commune.code})`,
    },
    {
      key: 'period',
      title: t('common.period'),
      render: (_, r) => <PeriodText from={r.validFrom} to={r.validTo} />,
    },
  ];
  return (
    <Card
      size="small"
      data-testid="residence-card"
      title={<h2 className="card-heading">{t('registry.residence.title')}</h2>}
    >
      <Table<Residence>
        size="small"
        rowKey={(r) => `${r.commune.code}-${r.validFrom}`}
        columns={columns}
        dataSource={newestFirst(residences)}
        pagination={false}
        locale={{ emptyText: t('registry.residence.empty') }}
      />
    </Card>
  );
}
