// The one CSV or Excel (.xlsx) file of an import, dragged or chosen: kept by the caller (antd
// never sends it) and listed with its name until removed or replaced.
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  file: File | null;
  /** the file chosen, or null when removed */
  onChange: (file: File | null) => void;
  /** the formats accepted, in the UI language */
  hint: string;
}

export function FileDragger({ file, onChange, hint }: Props) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept={ACCEPT}
      maxCount={1}
      data-testid="import-file"
      beforeUpload={(chosen) => {
        onChange(chosen);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('common.fileDrop')}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}
