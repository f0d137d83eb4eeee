// Units linked to the selected one, with validity and the share of it that moved.
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatShare } from '../../app/format';
import type { ShareItem } from './geo.types';
import { useValidity } from './useValidity';

interface Props {
  items: ShareItem[];
  onOpen: (code: string, date: string) => void;
}

/** The day to read a linked unit at: its last day if it ended, otherwise its first. */
function dayOf(item: ShareItem): string {
  return item.unit.validUntil ?? item.unit.validFrom;
}

export function LineageTable({ items, onOpen }: Props) {
  const { t } = useTranslation();
  const validity = useValidity();
  const columns: TableColumnsType<ShareItem> = [
    { key: 'code', title: t('geo.lineage.code'), width: 80, render: (_, item) => item.unit.code },
    {
      key: 'name',
      title: t('geo.lineage.name'),
      render: (_, item) => (
        <Button
          type="link"
          className="lineage-link"
          data-testid={`lineage-${item.unit.code}`}
          title={t('geo.lineage.openAt', { date: formatDate(dayOf(item)) })}
          onClick={() => onOpen(item.unit.code, dayOf(item))}
        >
          {item.unit.name}
        </Button>
      ),
    },
    { key: 'validity', title: t('geo.lineage.validity'), render: (_, item) => validity(item.unit) },
    {
      key: 'share',
      title: t('geo.lineage.share'),
      align: 'right',
      render: (_, item) => (
        <>
          {formatShare(item.share)}
          {item.method ? (
            <Typography.Text type="secondary" className="lineage-method">
              {t(`geo.method.${item.method}`)}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Table<ShareItem>
      size="small"
      pagination={false}
      columns={columns}
      dataSource={items}
      rowKey={(item) => `${item.unit.code}@${item.unit.validFrom}`}
    />
  );
}
