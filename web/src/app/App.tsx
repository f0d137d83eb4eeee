// Providers that depend on the language (antd locale), and the routes.
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { LocalitiesPage } from '../features/geo/LocalitiesPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

const theme = {
  token: { colorPrimary: '#0b5ea8', borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? enUS : viVN;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="localities" element={<LocalitiesPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  );
}
