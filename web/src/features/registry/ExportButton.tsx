// "Export CSV" of the persons matching the current filters. The server records the export in
// the audit trail; a failure is reported here rather than saved as a file.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { useExportPersons } from './registry.api';
import type { PersonFilters } from './registry.types';

export function ExportButton({ filters }: { filters: PersonFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const exportCsv = useExportPersons();
  return (
    <Button
      icon={<DownloadOutlined />}
      data-testid="export-csv"
      loading={exportCsv.isPending}
      onClick={() =>
        exportCsv.mutate(filters, { onError: (error) => void message.error(errorText(error)) })
      }
    >
      {t('registry.persons.export')}
    </Button>
  );
}
