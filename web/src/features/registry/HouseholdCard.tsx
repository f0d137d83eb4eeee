// The person's household (hộ gia đình): its code, address, the person's relation to the head,
// and the members, each linking to their own page.
import { Card, Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { RelationText } from './RelationText';
import type { Household, HouseholdMember } from './registry.types';

export function HouseholdCard({
  household,
  personId,
}: {
  household: Household | null;
  personId: number;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HouseholdMember> = [
    {
      key: 'fullName',
      title: t('registry.persons.fullName'),
      render: (_, m) =>
        m.id === personId ? (
          <strong>{m.fullName}</strong>
        ) : (
          <Link to={`/registry/persons/${m.id}`} data-testid={`member-link-${m.id}`}>
            {m.fullName}
          </Link>
        ),
    },
    {
      key: 'relation',
      title: t('registry.household.relation'),
      render: (_, m) => <RelationText relation={m.relation} />,
    },
    {
      key: 'birthDate',
      title: t('registry.persons.birthDate'),
      render: (_, m) => formatDate(m.birthDate),
    },
    { key: 'sex', title: t('registry.persons.sex'), render: (_, m) => t(`registry.sex.${m.sex}`) },
  ];
  return (
    <Card
      size="small"
      data-testid="household-card"
      title={<h2 className="card-heading">{t('registry.household.title')}</h2>}
    >
      {household ? (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'code', label: t('registry.household.code'), children: household.code },
              {
                key: 'address',
                label: t('registry.household.address'),
                children: household.address ?? '—',
              },
              {
                key: 'relation',
                label: t('registry.household.ownRelation'),
                children: <RelationText relation={household.relation} />,
              },
            ]}
          />
          <Table<HouseholdMember>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={household.members}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('registry.household.none')}</Typography.Text>
      )}
    </Card>
  );
}
