// A person's health-insurance cards: the card in use today in full (with its QR code), the
// others (earlier, later or revoked) in a table below it.
import { Alert, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { cardState, CardStatusTag } from './CardStatusTag';
import type { HiCard } from './enrolment.types';
import { HiCardDetails } from './HiCardDetails';

export function HiCardsCard({ cards }: { cards: HiCard[] }) {
  const { t } = useTranslation();
  const current = cards.find((c) => cardState(c) === 'current');
  const others = cards.filter((c) => c !== current);
  const columns: TableColumnsType<HiCard> = [
    {
      key: 'number',
      title: t('enrolment.card.number'),
      render: (_, c) => <span className="tabular">{c.cardNumber}</span>,
    },
    {
      key: 'validity',
      title: t('enrolment.card.validity'),
      render: (_, c) => `${formatDate(c.validFrom)} – ${formatDate(c.validThrough)}`,
    },
    {
      key: 'facility',
      title: t('enrolment.card.facility'),
      render: (_, c) => `${c.facilityCode} · ${c.facilityName}`,
    },
    {
      key: 'status',
      title: t('enrolment.card.status'),
      render: (_, c) => <CardStatusTag card={c} />,
    },
  ];
  return (
    <Card
      size="small"
      data-testid="cards-card"
      title={<h2 className="card-heading">{t('enrolment.cards.title')}</h2>}
    >
      {current ? (
        <section className="current-card" aria-label={t('enrolment.cards.current')}>
          <Typography.Text strong className="current-card-label">
            {t('enrolment.cards.current')}
          </Typography.Text>
          <HiCardDetails card={current} />
        </section>
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="no-current-card"
          title={cards.length ? t('enrolment.cards.noneCurrent') : t('enrolment.cards.none')}
        />
      )}
      {others.length ? (
        <Table<HiCard>
          className="other-cards"
          data-testid="other-cards"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={others}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      ) : null}
    </Card>
  );
}
