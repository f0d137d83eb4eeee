// The relation to the head of household in the UI language (codes of the residence register).
import { useTranslation } from 'react-i18next';

const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'other'] as const;
type Relation = (typeof RELATIONS)[number];

function isRelation(value: string | null): value is Relation {
  return (RELATIONS as readonly (string | null)[]).includes(value);
}

export function RelationText({ relation }: { relation: string | null }) {
  const { t } = useTranslation();
  if (relation === null) return <>—</>;
  return <>{isRelation(relation) ? t(`registry.relation.${relation}`) : relation}</>;
}
