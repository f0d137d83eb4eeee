// One health-insurance card as printed: number and QR code, group and benefit level, the
// registered primary facility, validity (last valid day) and the five-years date.
import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { CardQr } from './CardQr';
import { CardStatusTag } from './CardStatusTag';
import type { HiCard } from './enrolment.types';
import { BENEFIT_SHARE, useGroupLabel } from './groups';

export function HiCardDetails({ card }: { card: HiCard }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const share = BENEFIT_SHARE[card.benefitLevel];
  return (
    <Flex gap={24} wrap align="flex-start" data-testid="hi-card">
      <CardQr cardNumber={card.cardNumber} />
      <Descriptions
        className="card-details"
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={[
          {
            key: 'number',
            label: t('enrolment.card.number'),
            children: (
              <span className="tabular" data-testid="card-number">
                {card.cardNumber}
              </span>
            ),
          },
          {
            key: 'state',
            label: t('enrolment.card.status'),
            children: <CardStatusTag card={card} />,
          },
          { key: 'group', label: t('enrolment.card.group'), children: groupLabel(card.groupCode) },
          {
            key: 'level',
            label: t('enrolment.card.benefitLevel'),
            children: share
              ? t('enrolment.card.levelShare', { level: card.benefitLevel, share })
              : card.benefitLevel,
          },
          {
            key: 'facility',
            label: t('enrolment.card.facility'),
            children: `${card.facilityCode} · ${card.facilityName}`,
          },
          {
            key: 'validity',
            label: t('enrolment.card.validity'),
            children: (
              <span data-testid="card-validity">
                {t('enrolment.card.fromThrough', {
                  from: formatDate(card.validFrom),
                  through: formatDate(card.validThrough),
                })}
              </span>
            ),
          },
          {
            key: 'fiveYears',
            label: t('enrolment.card.fiveYears'),
            children: card.fiveYearsFrom ? formatDate(card.fiveYearsFrom) : '—',
          },
          {
            key: 'si',
            label: t('enrolment.card.siNumber'),
            children: <span className="tabular">{card.siNumber}</span>,
          },
          { key: 'province', label: t('enrolment.card.province'), children: card.provinceCode },
          {
            key: 'issued',
            label: t('enrolment.card.issuedOn'),
            children: formatDate(card.issuedOn),
          },
        ]}
      />
    </Flex>
  );
}
