// One role: name, code, purpose, a personal-data badge and its permissions with descriptions.
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionInfo, Role } from './admin.types';

interface Props {
  role: Role;
  catalogue: PermissionInfo[];
}

export function RoleCard({ role, catalogue }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const describe = (code: string) => {
    const info = catalogue.find((p) => p.code === code);
    return info ? (english ? info.descriptionEn : info.descriptionVi) : '';
  };

  return (
    <Card
      size="small"
      className="role-card"
      data-testid={`role-${role.code}`}
      title={<h2 className="card-heading">{english ? role.nameEn : role.nameVi}</h2>}
      extra={
        role.personalData ? (
          <Tag color="red">{t('admin.roles.personalData')}</Tag>
        ) : (
          <Tag color="green">{t('admin.roles.aggregatesOnly')}</Tag>
        )
      }
    >
      <Typography.Paragraph type="secondary" className="role-code">
        {t('admin.roles.code')}: <code>{role.code}</code>
      </Typography.Paragraph>
      <Typography.Paragraph>
        {english ? role.descriptionEn : role.descriptionVi}
      </Typography.Paragraph>
      <h3 className="role-permissions-heading">
        {t('admin.roles.permissions', { n: role.permissions.length })}
      </h3>
      <ul className="role-permissions">
        {role.permissions.map((code) => (
          <li key={code}>
            <code>{code}</code>
            {describe(code) ? <span> · {describe(code)}</span> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
