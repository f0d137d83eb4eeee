// The board's headline: participants, denominator, rate, target, gap (points and persons),
// share of the year's target, rank among peers, and the year-end forecast. A missing figure
// says why (no facts, no denominator, no target) rather than showing a number.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from './coverage.types';
import { ForecastCard } from './ForecastCard';
import { formatCount, formatPercent, formatPoints } from './format';
import { useRateText } from './unknownText';

function Figure({
  id,
  title,
  value,
  note,
}: {
  id: string;
  title: ReactNode;
  value: string;
  note?: ReactNode;
}) {
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card size="small" className="coverage-card" data-testid={`card-${id}`}>
        <Statistic
          title={title}
          value={value}
          valueRender={() => <span data-testid={`figure-${id}`}>{value}</span>}
        />
        {note ? (
          <Typography.Text type="secondary" data-testid={`note-${id}`}>
            {note}
          </Typography.Text>
        ) : null}
      </Card>
    </Col>
  );
}

export function HeadlineCards({ board }: { board: Board }) {
  const { t } = useTranslation();
  const rateText = useRateText();
  const s = board.summary;
  const year = s.at.slice(0, 4);
  const d = s.denominator;
  const target = s.target;
  const targetText = !target
    ? t('coverage.unknown.target')
    : target.measure === 'participants'
      ? t('coverage.persons', { value: formatCount(target.value) })
      : (formatPercent(target.value) as string);
  const gapPoints = s.gapPoints;
  const gapText =
    gapPoints === null
      ? s.gapPersons === null
        ? t('coverage.unknown.gap')
        : t('coverage.persons', { value: formatCount(Math.abs(s.gapPersons)) })
      : t(gapPoints > 0 ? 'coverage.gapBelow' : 'coverage.gapAbove', {
          points: formatPoints(Math.abs(gapPoints)),
        });
  const gapNote =
    s.gapPersons === null
      ? undefined
      : t(s.gapPersons > 0 ? 'coverage.gapPersonsBelow' : 'coverage.gapPersonsAbove', {
          persons: formatCount(Math.abs(s.gapPersons)),
        });
  const rank = board.rankAmongSiblings;
  return (
    <Row gutter={[12, 12]} data-testid="headline">
      <Figure
        id="participants"
        title={t('coverage.cards.participants')}
        value={formatCount(s.participants) ?? t('coverage.unknown.participants')}
      />
      <Figure
        id="denominator"
        title={t('coverage.cards.denominator')}
        value={formatCount(d?.value) ?? t('coverage.unknown.denominator')}
        note={
          d
            ? t('coverage.denominatorOf', {
                kind: t(
                  `coverage.denominatorKind.${d.kind}` as 'coverage.denominatorKind.population',
                  { defaultValue: d.kind },
                ),
                year: d.year,
              })
            : undefined
        }
      />
      <Figure
        id="rate"
        title={t('coverage.cards.rate')}
        value={rateText({
          participants: s.participants,
          denominator: d?.value ?? null,
          ratePercent: s.ratePercent,
        })}
      />
      <Figure
        id="target"
        title={t('coverage.cards.target', { year })}
        value={targetText}
        note={target?.source}
      />
      <Figure id="gap" title={t('coverage.cards.gap')} value={gapText} note={gapNote} />
      <Figure
        id="share"
        title={t('coverage.cards.share')}
        value={formatPercent(s.shareOfTargetReached) ?? t('coverage.unknown.gap')}
      />
      <Figure
        id="rank"
        title={t('coverage.cards.rank')}
        value={
          rank ? t('coverage.rankOf', { rank: rank.rank, of: rank.of }) : t('coverage.unknown.rank')
        }
      />
      <ForecastCard forecast={board.forecast} year={Number(year)} />
    </Row>
  );
}
