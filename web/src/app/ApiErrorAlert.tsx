// Error state of a data view: the API's message in the current language, the request id to
// quote when reporting the problem, and an optional retry button.
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { useErrorText } from './useErrorText';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ApiErrorAlert({ error, title, onRetry }: Props) {
  const { t } = useTranslation();
  const envelope = error instanceof ApiError ? error.envelope : null;
  const message = useErrorText()(error);

  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={title ?? t('errors.title')}
      description={
        <>
          <div>{message}</div>
          {envelope?.requestId ? (
            <Typography.Text type="secondary">
              {t('errors.requestId')}:{' '}
              <Typography.Text code copyable>
                {envelope.requestId}
              </Typography.Text>
            </Typography.Text>
          ) : null}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
