// Localities: administrative units as of a chosen date. The date and the selected unit live in
// the URL (?at=YYYY-MM-DD&unit=CODE) so a view can be bookmarked or shared.
import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isCivilDate, todayInVietnam } from '../../app/format';
import { usePageTitle } from '../../app/usePageTitle';
import { AsOfDateControl } from './AsOfDateControl';
import { UnitDetail } from './UnitDetail';
import { UnitSearch } from './UnitSearch';
import { UnitTree } from './UnitTree';

const UNIT_CODE = /^(\d{2}|\d{3}|\d{5})$/;

export function LocalitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('geo.title'));
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const atParam = params.get('at');
  const at = isCivilDate(atParam) ? atParam : today;
  const unitParam = params.get('unit');
  const selected = unitParam && UNIT_CODE.test(unitParam) ? unitParam : null;

  /** A code means a unit only together with a date, so changing the date clears the selection. */
  const changeDate = (next: string) => setParams(next === today ? {} : { at: next });
  const select = (code: string) => setParams(at === today ? { unit: code } : { at, unit: code });
  const openAt = (code: string, date: string) =>
    setParams(date === today ? { unit: code } : { at: date, unit: code });

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={1} data-testid="page-heading">
            {t('geo.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('geo.subtitle')}</Typography.Text>
        </div>
        <AsOfDateControl at={at} today={today} onChange={changeDate} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11} xl={10}>
          <Flex vertical gap={16}>
            <UnitSearch at={at} selected={selected} onSelect={select} />
            <UnitTree key={at} at={at} selected={selected} onSelect={select} />
          </Flex>
        </Col>
        <Col xs={24} lg={13} xl={14}>
          <UnitDetail code={selected} at={at} onOpen={openAt} />
        </Col>
      </Row>
    </>
  );
}
