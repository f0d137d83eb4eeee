// The columns a file of the chosen kind must and may have (first row: the header).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMNS, type ImportKind } from './imports.types';

export function ColumnsHint({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const { required, optional } = IMPORT_COLUMNS[kind];
  return (
    <Typography.Paragraph type="secondary" className="columns-hint">
      {t('imports.requiredColumns')}: <Typography.Text code>{required.join(', ')}</Typography.Text>
      <br />
      {t('imports.optionalColumns')}: <Typography.Text code>{optional.join(', ')}</Typography.Text>
    </Typography.Paragraph>
  );
}
