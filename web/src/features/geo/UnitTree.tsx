// Provinces at the chosen date, each expandable to its children (districts then communes
// before 01/07/2025, communes directly after). Children load when a node is first opened.
import { useQueryClient } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useRef, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ApiErrorAlert';
import { formatDate, formatNumber } from '../../app/format';
import { childrenQuery, useProvinces } from './geo.api';
import type { AdminUnit } from './geo.types';

interface UnitNode extends TreeDataNode {
  key: string;
  unit: AdminUnit;
  children?: UnitNode[];
}

function toNode(unit: AdminUnit, childrenOf: Record<string, AdminUnit[]>): UnitNode {
  const children = childrenOf[unit.code];
  return {
    key: unit.code,
    unit,
    isLeaf: (unit.childCount ?? 0) === 0,
    ...(children ? { children: children.map((c) => toNode(c, childrenOf)) } : {}),
  };
}

interface Props {
  at: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

export function UnitTree({ at, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const provinces = useProvinces(at);
  const [childrenOf, setChildrenOf] = useState<Record<string, AdminUnit[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<Key[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<Key[]>([]);
  const [loadError, setLoadError] = useState<{ unit: AdminUnit; error: unknown } | null>(null);
  const failed = useRef(new Set<string>());

  const treeData = useMemo(
    () => (provinces.data ?? []).map((p) => toNode(p, childrenOf)),
    [provinces.data, childrenOf],
  );

  const loadData = async ({ unit }: UnitNode) => {
    try {
      const items = await queryClient.query(childrenQuery(at, unit.code));
      setChildrenOf((prev) => ({ ...prev, [unit.code]: items }));
      setLoadError(null);
    } catch (error) {
      // Resolve anyway (a rejected loadData makes the tree retry in a loop); onLoad then
      // closes the node instead of marking it loaded, so opening it again retries.
      failed.current.add(unit.code);
      setLoadError({ unit, error });
    }
  };

  const onLoad = (keys: Key[], { node }: { node: UnitNode }) => {
    if (failed.current.delete(node.key)) {
      setExpandedKeys((prev) => prev.filter((k) => k !== node.key));
    } else {
      setLoadedKeys(keys);
    }
  };

  const count = provinces.data?.length ?? 0;
  return (
    <Card
      size="small"
      title={<h2 className="card-heading">{t('geo.tree.title')}</h2>}
      extra={
        provinces.data ? (
          <Typography.Text type="secondary" data-testid="province-count">
            {t('geo.tree.provinceCount', { n: formatNumber(count) })}
          </Typography.Text>
        ) : null
      }
      data-testid="unit-tree"
    >
      {provinces.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : provinces.isError ? (
        <ApiErrorAlert error={provinces.error} onRetry={() => void provinces.refetch()} />
      ) : count === 0 ? (
        <Empty description={t('geo.tree.empty', { date: formatDate(at) })} />
      ) : (
        <>
          {loadError ? (
            <ApiErrorAlert
              error={loadError.error}
              title={t('geo.tree.loadFailed', { name: loadError.unit.name })}
            />
          ) : null}
          <div className="unit-tree-scroll">
            <Tree<UnitNode>
              aria-label={t('geo.tree.ariaLabel', { date: formatDate(at) })}
              treeData={treeData}
              loadData={loadData}
              onLoad={onLoad}
              loadedKeys={loadedKeys}
              expandedKeys={expandedKeys}
              onExpand={(keys) => setExpandedKeys(keys)}
              selectedKeys={selected ? [selected] : []}
              onSelect={(_keys, info) => onSelect(info.node.key)}
              titleRender={({ unit }) => (
                <span data-testid={`tree-node-${unit.code}`} data-level={unit.level}>
                  {unit.code} · {unit.name}
                </span>
              )}
            />
          </div>
        </>
      )}
    </Card>
  );
}
