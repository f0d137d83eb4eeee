// Whether a card is in use today, ended, not yet valid, or revoked.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../app/format';
import type { HiCard } from './enrolment.types';

export type CardState = 'current' | 'expired' | 'upcoming' | 'revoked';

export function cardState(card: HiCard, today = todayInVietnam()): CardState {
  if (card.status === 'revoked') return 'revoked';
  if (card.validFrom > today) return 'upcoming';
  return card.validTo > today ? 'current' : 'expired';
}

const COLORS: Record<CardState, string> = {
  current: 'green',
  expired: 'default',
  upcoming: 'blue',
  revoked: 'red',
};

export function CardStatusTag({ card }: { card: HiCard }) {
  const { t } = useTranslation();
  const state = cardState(card);
  return (
    <Tag color={COLORS[state]} data-testid="card-state">
      {t(`enrolment.cardState.${state}`)}
    </Tag>
  );
}
