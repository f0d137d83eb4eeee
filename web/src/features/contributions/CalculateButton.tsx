// The submit button the three calculator forms share (one label, one icon; a test id each).
import { CalculatorOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function CalculateButton({ pending, testId }: { pending: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      type="primary"
      htmlType="submit"
      icon={<CalculatorOutlined />}
      loading={pending}
      data-testid={testId}
    >
      {t('contributions.calc.submit')}
    </Button>
  );
}
