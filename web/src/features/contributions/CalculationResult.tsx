// One calculator result: the total, the amount of each payer, the itemised lines, the rule
// rows it relied on (with their legal references; unconfirmed ones flagged) and the notes.
import { Alert, Card, Descriptions, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { CalculationLines } from './CalculationLines';
import { MemberTotals } from './MemberTotals';
import { PAYERS, type Calculation } from './contributions.types';
import { RulesUsedList } from './RulesUsedList';
import { useLabel } from './useLabel';

export function CalculationResult({ result }: { result: Calculation }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const english = i18n.resolvedLanguage === 'en';
  const payers = PAYERS.filter((p) => result.byPayer[p] !== undefined);

  return (
    <Flex vertical gap={16} data-testid="calculation-result">
      <Card size="small">
        <Statistic
          title={t('contributions.calc.total')}
          value={result.total}
          formatter={(value) => (
            <span className="money" data-testid="calc-total">
              {formatMoney(Number(value))}
            </span>
          )}
        />
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          title={t('contributions.calc.byPayer')}
          className="contrib-payers"
          items={payers.map((payer) => ({
            key: payer,
            label: label('payers', payer),
            children: (
              <span className="money" data-testid={`payer-${payer}`}>
                {formatMoney(result.byPayer[payer])}
              </span>
            ),
          }))}
        />
      </Card>
      {result.notes.length > 0 ? (
        <Alert
          type="info"
          showIcon
          data-testid="calc-notes"
          title={t('contributions.calc.notes')}
          description={
            <ul className="contrib-notes">
              {result.notes.map((note, index) => (
                <li key={index}>{english ? note.en : note.vi}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {result.lines.some((line) => line.member !== undefined) ? (
        <Card size="small" title={t('contributions.calc.byMember')}>
          <MemberTotals lines={result.lines} />
        </Card>
      ) : null}
      <Card size="small" title={t('contributions.calc.lines')}>
        <CalculationLines lines={result.lines} />
      </Card>
      <Card size="small" title={t('contributions.calc.rulesUsed')}>
        <RulesUsedList rules={result.rulesUsed} />
      </Card>
      <Typography.Text type="secondary">{t('contributions.calc.rounding')}</Typography.Text>
    </Flex>
  );
}
