/**
 * The mapping step of the CSV imports: which column of the office's file holds which of our
 * fields, and one value for every row of a required field the file has no column for. The
 * fields, their synonyms and rules come from the API (GET /api/imports/{kind}); the proposal
 * for a file too (POST /api/imports/{kind}/columns: the user's last mapping, else by header and
 * synonym). What is left here is the user's side: changing and checking the choices, and
 * sending them. Pure, so it is unit-tested; src/components/import/ImportMappingStep.tsx draws it.
 */
import type { FieldError, ImportDescription, ImportField, ImportFilePreview, ImportMapping, Problem } from './api/types';
import type { ImportKind } from './csv-import';
import { translateFieldError, type Translate } from './problem';

/** The user's choices: for each column of the file (by header) the field it holds or null; values for every row by field. */
export interface MappingDraft {
  /** Every column of the file, in file order. */
  columns: readonly { column: string; field: string | null }[];
  /** Values for every row, by field; only those of fields no column holds are sent. */
  constants: Readonly<Record<string, string>>;
}

/** The proposal as the user's starting point: every column of the file, each with its proposed field or none. */
export function draftFromPreview(preview: ImportFilePreview): MappingDraft {
  const proposed = new Map((preview.mapping.columns ?? []).map((c) => [c.column, c.field ?? null]));
  return {
    columns: preview.columns.map((c) => ({ column: c.column, field: proposed.get(c.column) ?? null })),
    constants: Object.fromEntries((preview.mapping.constants ?? []).map((c) => [c.field, c.value])),
  };
}

/** The column now holds the field (null: leave the column out). Two columns may briefly hold one field; {@link checkDraft} says so. */
export function assignColumn(draft: MappingDraft, column: string, field: string | null): MappingDraft {
  return { ...draft, columns: draft.columns.map((c) => (c.column === column ? { column, field } : c)) };
}

export function setConstant(draft: MappingDraft, field: string, value: string): MappingDraft {
  return { ...draft, constants: { ...draft.constants, [field]: value } };
}

/** The fields of the import no column holds, required ones first, each in the description's order. */
export function fieldsWithoutColumn(draft: MappingDraft, description: ImportDescription): ImportField[] {
  const held = new Set(draft.columns.map((c) => c.field).filter((f): f is string => f !== null));
  const free = description.fields.filter((f) => !held.has(f.field));
  return [...free.filter((f) => f.required), ...free.filter((f) => !f.required)];
}

/** What keeps a draft from being sent, each on the part of the screen the user must change. */
export interface DraftProblems {
  /** Column → the other columns that hold the same field. */
  sharedField: ReadonlyMap<string, readonly string[]>;
  /** Required fields neither held by a column nor given a value. */
  missing: readonly ImportField[];
}

export function checkDraft(draft: MappingDraft, description: ImportDescription): DraftProblems {
  const byField = new Map<string, string[]>();
  for (const { column, field } of draft.columns) {
    if (field !== null) byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  const sharedField = new Map<string, string[]>();
  for (const columns of byField.values()) {
    if (columns.length < 2) continue;
    for (const column of columns) sharedField.set(column, columns.filter((c) => c !== column));
  }
  const missing = description.fields.filter((f) => f.required && !byField.has(f.field) && !(draft.constants[f.field] ?? '').trim());
  return { sharedField, missing };
}

export function isSendable(problems: DraftProblems): boolean {
  return problems.sharedField.size === 0 && problems.missing.length === 0;
}

/**
 * The mapping as the API takes it: the columns that hold a field (the others are left out), and
 * the values given for fields no column holds.
 */
export function toImportMapping(draft: MappingDraft): ImportMapping {
  const held = new Set(draft.columns.map((c) => c.field));
  return {
    columns: draft.columns.filter((c) => c.field !== null).map((c) => ({ column: c.column, field: c.field })),
    constants: Object.entries(draft.constants)
      .filter(([field, value]) => !held.has(field) && value.trim() !== '')
      .map(([field, value]) => ({ field, value: value.trim() })),
  };
}

/** A field's name in the user's language: the header our export writes in Japanese, its English label otherwise. */
export function fieldLabel(field: Pick<ImportField, 'column' | 'labelEn'>, language: string): string {
  return language.startsWith('ja') ? field.column : field.labelEn;
}

/**
 * How to write a field's cells: the field's own hint (importWizard.fieldHints.<kind>.<field>),
 * else one for how the API reads it (a reading, one of a few words, a number); empty when
 * there is nothing to say.
 */
export function fieldHint(kind: ImportKind, field: ImportField, t: Translate, language: string): string {
  const own = t(`importWizard.fieldHints.${kind}.${field.field}`, { defaultValue: '' });
  if (own) return own;
  switch (field.value) {
    case 'choice':
      return t('importWizard.hints.choice', { choices: field.choices.join(language.startsWith('ja') ? '」「' : ', ') });
    case 'reading':
    case 'industry':
    case 'advisor':
    case 'integer':
    case 'yen':
      return t(`importWizard.hints.${field.value}`);
    default:
      return '';
  }
}

/**
 * A refused mapping (400) placed where the user changes it: errors naming mapping.columns[i]
 * on the column the i-th entry of {@link toImportMapping} named, errors naming a field (a value
 * for every row, a required field) on that field; the rest for above the form.
 */
export interface PlacedMappingErrors {
  byColumn: ReadonlyMap<string, string>;
  byField: ReadonlyMap<string, string>;
  other: readonly string[];
}

const COLUMN_ENTRY = /^mapping\.columns\[(\d+)\]\.(column|field)$/;
const CONSTANT_ENTRY = /^mapping\.constants\[(\d+)\]\.(field|value)$/;

export function placeMappingErrors(problem: Problem, sent: ImportMapping, t: Translate): PlacedMappingErrors {
  const byColumn = new Map<string, string>();
  const byField = new Map<string, string>();
  const other: string[] = [];
  const add = (map: Map<string, string>, key: string, error: FieldError) => {
    const text = translateFieldError(error, t);
    map.set(key, map.has(key) ? `${map.get(key)} ${text}` : text);
  };
  for (const error of problem.errors ?? []) {
    const column = COLUMN_ENTRY.exec(error.field);
    const constant = CONSTANT_ENTRY.exec(error.field);
    const sentColumn = column ? sent.columns?.[Number(column[1])]?.column : undefined;
    const sentConstant = constant ? sent.constants?.[Number(constant[1])]?.field : undefined;
    if (sentColumn !== undefined) add(byColumn, sentColumn, error);
    else if (sentConstant !== undefined) add(byField, sentConstant, error);
    else if (error.field.startsWith('mapping.') && typeof error.params?.field === 'string') add(byField, error.params.field, error);
    else other.push(translateFieldError(error, t));
  }
  return { byColumn, byField, other };
}

const BOM = '\uFEFF';

/**
 * The header line of a kind's file, in the order of its export. The BOM makes Japanese Excel
 * open it as UTF-8 (without one it guesses Shift_JIS and shows mojibake); CRLF is what Excel writes.
 */
export function templateCsv(description: ImportDescription): string {
  return `${BOM}${description.fields.map((f) => f.column).join(',')}\r\n`;
}

export function templateBlob(description: ImportDescription): Blob {
  return new Blob([templateCsv(description)], { type: 'text/csv;charset=utf-8' });
}
