// Previous / next buttons under a keyset-paginated table, with the page number.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

interface Props {
  page: number;
  nextCursor: string | null | undefined;
  loading?: boolean;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
}

export function CursorPager({ page, nextCursor, loading, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" align="center" gap={8} className="cursor-pager">
      <Typography.Text type="secondary" data-testid="pager-page">
        {t('pager.page', { n: formatNumber(page) })}
      </Typography.Text>
      <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={onPrevious}>
        {t('pager.previous')}
      </Button>
      <Button
        disabled={!nextCursor || loading}
        onClick={() => nextCursor && onNext(nextCursor)}
        data-testid="pager-next"
      >
        {t('pager.next')} <RightOutlined />
      </Button>
    </Flex>
  );
}
