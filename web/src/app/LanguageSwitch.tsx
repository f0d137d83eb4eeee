// Header control to switch between Vietnamese and English.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from './i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={currentLanguage()}
      onChange={setLanguage}
      options={[
        { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
