// The API's refusal of a target form as errors on its fields, so each shows under its input:
// COVERAGE_TARGET_INVALID names the field (value), an unknown locality or one outside the
// user's area is the locality's, a duplicate the year's (or the group's when editing), and the
// schema's VALIDATION_FAILED names the body property. Anything else stays a form-level error.
import { ApiError } from '../../../app/api';

const FIELDS = [
  'localityCode',
  'scheme',
  'year',
  'measure',
  'value',
  'denominatorKind',
  'groupCode',
  'source',
] as const;
type Field = (typeof FIELDS)[number];

export interface FieldError {
  name: Field;
  errors: string[];
}

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

interface Texts {
  english: boolean;
  /** the field-level text of a schema refusal in Vietnamese (the schema's own is English) */
  invalidVi: string;
}

function byDetails(error: ApiError, { english, invalidVi }: Texts): FieldError[] {
  const details = Array.isArray(error.envelope.details) ? error.envelope.details : [];
  const out: FieldError[] = [];
  for (const d of details as { field?: string; problem?: string; problemVi?: string }[]) {
    const name = (d.field ?? '').split('.')[0] ?? '';
    if (!isField(name)) continue;
    const text = english ? d.problem : (d.problemVi ?? invalidVi);
    out.push({ name, errors: [text ?? invalidVi] });
  }
  return out;
}

/** The fields an API error belongs to; [] when it is not about one field. */
export function fieldErrorsOf(error: unknown, texts: Texts): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const { code, message, messageVi, details } = error.envelope;
  const text = texts.english ? message : messageVi;
  switch (code) {
    case 'COVERAGE_TARGET_INVALID':
    case 'VALIDATION_FAILED':
      return byDetails(error, texts);
    case 'COVERAGE_LOCALITY_UNKNOWN':
    case 'AUTH_OUT_OF_SCOPE':
      return [{ name: 'localityCode', errors: [text] }];
    case 'COVERAGE_TARGET_DUPLICATE':
      return [{ name: details ? 'year' : 'groupCode', errors: [text] }];
    default:
      return [];
  }
}
