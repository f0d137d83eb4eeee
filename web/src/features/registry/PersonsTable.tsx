// One page of persons. The national ID and phone are shown exactly as the server sends them
// (masked unless the user may see them in full); the name opens the person's page.
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import type { Person } from './registry.types';

interface Props {
  persons: Person[] | undefined;
  loading: boolean;
}

export function PersonsTable({ persons, loading }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Person> = [
    {
      key: 'nationalId',
      title: t('registry.persons.nationalId'),
      render: (_, p) => <span className="tabular">{p.nationalId}</span>,
    },
    {
      key: 'fullName',
      title: t('registry.persons.fullName'),
      render: (_, p) => (
        <Link to={`/registry/persons/${p.id}`} data-testid={`person-link-${p.id}`}>
          {p.fullName}
        </Link>
      ),
    },
    {
      key: 'birthDate',
      title: t('registry.persons.birthDate'),
      render: (_, p) => formatDate(p.birthDate),
    },
    { key: 'sex', title: t('registry.persons.sex'), render: (_, p) => t(`registry.sex.${p.sex}`) },
    {
      key: 'phone',
      title: t('registry.persons.phone'),
      render: (_, p) => <span className="tabular">{p.phone ?? '—'}</span>,
    },
    {
      key: 'commune',
      title: t('registry.persons.commune'),
      render: (_, p) =>
        p.commune.provinceName ? `${p.commune.name}, ${p.commune.provinceName}` : p.commune.name,
    },
  ];
  return (
    <Table<Person>
      data-testid="persons-table"
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={persons ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('registry.persons.empty') }}
    />
  );
}
