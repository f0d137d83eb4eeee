// Name search across all levels at the chosen date; diacritics are optional ("hai duong"
// finds "Hải Dương"). Results are listed provinces first; choosing one shows its detail.
import { Card, Empty, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatNumber } from '../../app/format';
import { SEARCH_LIMIT, useUnitSearch } from './geo.api';
import { SearchResults } from './SearchResults';

const MIN_CHARS = 2;

interface Props {
  at: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

export function UnitSearch({ at, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useUnitSearch(query, at);
  const active = query.length >= MIN_CHARS;

  return (
    <Card size="small" title={<h2 className="card-heading">{t('geo.search.title')}</h2>}>
      <label htmlFor="unit-search" className="field-label">
        {t('geo.search.label')}
      </label>
      <Input.Search
        id="unit-search"
        data-testid="unit-search"
        allowClear
        value={text}
        placeholder={t('geo.search.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => setQuery(value.trim())}
      />
      <div className="search-status" aria-live="polite">
        {text.trim().length > 0 && text.trim().length < MIN_CHARS ? (
          <Typography.Text type="secondary">
            {t('geo.search.minChars', { n: MIN_CHARS })}
          </Typography.Text>
        ) : !active ? (
          <Typography.Text type="secondary">{t('geo.search.hint')}</Typography.Text>
        ) : search.isPending ? (
          <Spin size="small" description={t('common.loading')} />
        ) : search.isError ? (
          <ApiErrorAlert error={search.error} onRetry={() => void search.refetch()} />
        ) : search.data.items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('geo.search.empty', { q: query })}
          />
        ) : (
          <>
            <Typography.Text type="secondary" data-testid="search-summary">
              {search.data.nextCursor
                ? t('geo.search.truncated', { n: formatNumber(SEARCH_LIMIT) })
                : t('geo.search.count', { n: formatNumber(search.data.items.length) })}
            </Typography.Text>
            <SearchResults items={search.data.items} selected={selected} onSelect={onSelect} />
          </>
        )}
      </div>
    </Card>
  );
}
