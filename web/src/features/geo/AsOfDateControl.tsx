// Chooses the date the geography is read at, with shortcuts for the last day of the
// three-tier system (30/06/2025) and for today.
import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { BEFORE_REFORM_DATE, REFORM_DATE } from '../../app/format';

interface Props {
  at: string;
  today: string;
  onChange: (date: string) => void;
}

export function AsOfDateControl({ at, today, onChange }: Props) {
  const { t } = useTranslation();
  const beforeReform = at < REFORM_DATE;

  return (
    <Flex vertical gap={4} className="as-of-control">
      <Flex wrap gap={8} align="center">
        <label htmlFor="as-of-date" className="field-label-inline">
          {t('geo.asOf.label')}
        </label>
        <DatePicker
          id="as-of-date"
          data-testid="as-of-date"
          value={dayjs(at)}
          format="DD/MM/YYYY"
          allowClear={false}
          onChange={(value) => {
            if (value) onChange(value.format('YYYY-MM-DD'));
          }}
        />
        <Button
          data-testid="as-of-before-reform"
          aria-pressed={at === BEFORE_REFORM_DATE}
          type={at === BEFORE_REFORM_DATE ? 'primary' : 'default'}
          onClick={() => onChange(BEFORE_REFORM_DATE)}
        >
          {t('geo.asOf.beforeReform')}
        </Button>
        <Button
          data-testid="as-of-today"
          aria-pressed={at === today}
          type={at === today ? 'primary' : 'default'}
          onClick={() => onChange(today)}
        >
          {t('geo.asOf.today')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" data-testid="as-of-structure">
        {beforeReform ? t('geo.asOf.threeTier') : t('geo.asOf.twoTier')}
      </Typography.Text>
    </Flex>
  );
}
