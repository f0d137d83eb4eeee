// Creates a target, or edits one (its locality, scheme and year are its identity and stay as
// they are). The server checks the values: its refusals show under the field they are about.
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/FormModal';
import { useMe } from '../../auth/session';
import { homeLocality } from '../dashboardParams';
import { fieldErrorsOf } from './fieldErrors';
import { TargetFields, type TargetValues } from './TargetFields';
import { useCreateTarget, useUpdateTarget } from './targets.api';
import type { Target } from './targets.types';

interface Props {
  open: boolean;
  /** the target to edit; null to create one */
  target: Target | null;
  onClose: () => void;
}

function initialValues(target: Target | null, home: string, year: number): TargetValues {
  if (!target)
    return {
      localityCode: home,
      scheme: 'HI',
      year,
      measure: 'coverage_rate',
      value: '',
      denominatorKind: 'population',
      groupCode: '',
      source: '',
    };
  return { ...target, value: String(target.value), groupCode: target.groupCode ?? '' };
}

export function TargetFormModal({ open, target, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const me = useMe();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const write = target ? update : create;
  const texts = { english: i18n.resolvedLanguage === 'en', invalidVi: t('targets.form.invalid') };
  const onFields = fieldErrorsOf(write.error, texts).length > 0;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const submit = (v: TargetValues) => {
    const patch = {
      measure: v.measure,
      value: String(v.value),
      denominatorKind: v.denominatorKind,
      groupCode: v.groupCode?.trim() || null,
      source: v.source.trim(),
    };
    const done = {
      onSuccess: () => {
        void message.success(t('targets.form.saved'));
        close();
      },
      onError: (error: unknown) => form.setFields(fieldErrorsOf(error, texts)),
    };
    if (target) update.mutate({ id: target.id, patch }, done);
    else
      create.mutate(
        { ...patch, localityCode: v.localityCode.trim(), scheme: v.scheme, year: v.year },
        done,
      );
  };
  return (
    <FormModal<TargetValues>
      name="target"
      title={target ? t('targets.form.editTitle') : t('targets.form.createTitle')}
      okText={t('targets.form.save')}
      open={open}
      form={form}
      pending={write.isPending}
      error={onFields ? null : write.error}
      onSubmit={submit}
      onClose={close}
    >
      <TargetFields
        form={form}
        editing={target !== null}
        initial={initialValues(target, homeLocality(me), new Date().getFullYear())}
      />
    </FormModal>
  );
}
