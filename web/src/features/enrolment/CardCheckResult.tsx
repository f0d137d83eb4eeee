// The card check's answer: the VSS result code with its message, the holder, the card the
// answer is about and, when that card was replaced (003/004), the new card.
import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { CardCheckAnswer } from './enrolment.types';
import { HiCardDetails } from './HiCardDetails';

function alertType(code: string) {
  if (code === '000') return 'success';
  if (code === '003' || code === '004') return 'warning';
  return 'error';
}

export function CardCheckResult({ answer }: { answer: CardCheckAnswer }) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <Flex vertical gap={16} data-testid="card-check-result">
      <Alert
        type={alertType(answer.code)}
        showIcon
        title={
          <span>
            <Tag className="result-code" data-testid="result-code">
              {answer.code}
            </Tag>
            <span data-testid="result-message">{english ? answer.message : answer.messageVi}</span>
          </span>
        }
        description={
          <>
            {english ? <div lang="vi">{answer.messageVi}</div> : null}
            {t('cardCheck.checkedAt', { date: formatDate(answer.at) })}
          </>
        }
      />
      {answer.holder ? (
        <Descriptions
          size="small"
          bordered
          title={t('cardCheck.holder')}
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'name',
              label: t('registry.persons.fullName'),
              children: answer.holder.fullName,
            },
            {
              key: 'birth',
              label: t('registry.persons.birthDate'),
              children: formatDate(answer.holder.birthDate),
            },
            {
              key: 'sex',
              label: t('registry.persons.sex'),
              children: t(`registry.sex.${answer.holder.sex}`),
            },
          ]}
        />
      ) : null}
      {answer.card ? (
        <Card size="small" title={<h2 className="card-heading">{t('cardCheck.card')}</h2>}>
          <HiCardDetails card={answer.card} />
        </Card>
      ) : null}
      {answer.newCard ? (
        <Card size="small" title={<h2 className="card-heading">{t('cardCheck.newCard')}</h2>}>
          <HiCardDetails card={answer.newCard} />
        </Card>
      ) : null}
    </Flex>
  );
}
