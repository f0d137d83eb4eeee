// Imports targets from a CSV or XLSX file: all rows or none. A refused file shows every bad
// line (line, column, reason in the UI language) and nothing is saved; other refusals
// (encoding, not a workbook) as an error.
import { Alert, App, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { ApiErrorAlert } from '../../../app/ApiErrorAlert';
import { FileDragger } from '../../../app/FileDragger';
import { formatNumber } from '../../../app/format';
import { LineErrorsTable } from '../../../app/LineErrorsTable';
import { useImportTargets } from './targets.api';
import type { ImportLineError } from './targets.types';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** The line errors of a refused import, or null for any other failure. */
function lineErrorsOf(error: unknown): ImportLineError[] | null {
  if (!(error instanceof ApiError) || error.envelope.code !== 'COVERAGE_IMPORT_INVALID')
    return null;
  return (error.envelope.details as { errors: ImportLineError[] }).errors;
}

export function ImportTargetsModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportTargets();
  const lines = lineErrorsOf(upload.error);
  const close = () => {
    setFile(null);
    upload.reset();
    onClose();
  };
  const start = () =>
    file &&
    upload.mutate(file, {
      onSuccess: (result) => {
        void message.success(t('targets.import.done', { n: formatNumber(result.inserted) }));
        close();
      },
    });
  return (
    <Modal
      title={t('targets.import.title')}
      open={open}
      width={760}
      okText={t('targets.import.start')}
      okButtonProps={{ disabled: !file, 'data-testid': 'import-start' } as ButtonProps}
      cancelText={t('targets.import.close')}
      confirmLoading={upload.isPending}
      onOk={start}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('targets.import.hint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <code>{t('targets.import.columns')}</code>
      </Typography.Paragraph>
      <FileDragger
        file={file}
        onChange={(chosen) => {
          setFile(chosen);
          if (chosen) upload.reset();
        }}
        hint={t('targets.import.formats')}
      />
      {lines ? (
        <div className="target-import-errors">
          <Alert
            type="error"
            showIcon
            data-testid="import-refused"
            title={t('targets.import.refused', { n: formatNumber(lines.length) })}
          />
          <LineErrorsTable
            testId="import-errors"
            rows={lines}
            reason={(r) => ({ en: r.message, vi: r.messageVi })}
            pageSize={20}
          />
        </div>
      ) : upload.error ? (
        <ApiErrorAlert error={upload.error} title={t('targets.import.failed')} />
      ) : null}
    </Modal>
  );
}
