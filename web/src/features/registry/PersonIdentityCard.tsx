// Identity of a person: identifiers exactly as the server sends them (masked unless the user
// may see them in full), birth, sex, ethnicity, phone and the commune of residence.
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ethnicityText } from './ethnicities';
import type { Person } from './registry.types';

export function PersonIdentityCard({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { commune } = person;
  return (
    <Card
      size="small"
      data-testid="identity-card"
      title={<h2 className="card-heading">{t('registry.person.identity')}</h2>}
      extra={person.masked ? <Tag>{t('registry.person.masked')}</Tag> : null}
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'nationalId',
            label: t('registry.persons.nationalId'),
            children: (
              <span className="tabular" data-testid="person-national-id">
                {person.nationalId}
              </span>
            ),
          },
          {
            key: 'siNumber',
            label: t('registry.person.siNumber'),
            children: <span className="tabular">{person.siNumber ?? '—'}</span>,
          },
          { key: 'fullName', label: t('registry.persons.fullName'), children: person.fullName },
          {
            key: 'birthDate',
            label: t('registry.persons.birthDate'),
            children: formatDate(person.birthDate),
          },
          {
            key: 'sex',
            label: t('registry.persons.sex'),
            children: t(`registry.sex.${person.sex}`),
          },
          {
            key: 'ethnicity',
            label: t('registry.person.ethnicity'),
            children: ethnicityText(person.ethnicity),
          },
          {
            key: 'phone',
            label: t('registry.persons.phone'),
            children: <span className="tabular">{person.phone ?? '—'}</span>,
          },
          {
            key: 'commune',
            label: t('registry.persons.commune'),
            children: (
              <>
                {commune.provinceName ? `${commune.name}, ${commune.provinceName}` : commune.name}
                {commune.validTo ? (
                  <Tag className="inline-tag">
                    {t('registry.person.formerCommune', { date: formatDate(commune.validTo) })}
                  </Tag>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
