/**
 * The CSV imports of firms, buyer companies and products, as the SPA shows them: checks
 * before a file is sent, and the server's report (or its 422 refusal) turned into the rows a
 * preview lists. The fields and the mapping step are in import-mapping.ts. Pure, so it is
 * unit-tested; src/components/import/ImportWizard.tsx draws it.
 */
import type { FieldChange, FieldError, ImportAction, ImportProblem, ImportReport, Problem } from './api/types';
import { ApiError, localErrorMessage, translateFieldError, type Translate } from './problem';

/** The three imports as the SPA names them (routes, messages); the API's names are in api/imports.ts. */
export type ImportKind = 'firms' | 'buyers' | 'products';

/** The API refuses larger bodies with 413; checked before sending so nobody waits for that. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** For the file input's `accept`: Excel saves CSV as .csv, some browsers call it application/vnd.ms-excel. */
export const IMPORT_ACCEPT = '.csv,text/csv';

export type ImportFileProblem = 'empty' | 'tooLarge' | 'excel';

/** What is wrong with a chosen file before it is sent; undefined when it may go (the server reads it and stays the judge). */
export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFileProblem | undefined {
  // An .xlsx is a zip: the server would only say it cannot read its characters.
  if (/\.xlsx?$/i.test(file.name)) return 'excel';
  if (file.size === 0) return 'empty';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  return undefined;
}

export function importFileProblemKey(
  problem: ImportFileProblem,
): 'importWizard.fileEmpty' | 'importWizard.fileTooLarge' | 'importWizard.fileExcel' {
  switch (problem) {
    case 'empty':
      return 'importWizard.fileEmpty';
    case 'tooLarge':
      return 'importWizard.fileTooLarge';
    case 'excel':
      return 'importWizard.fileExcel';
  }
}

/** One line of the file as the preview lists it. */
export interface PreviewRow {
  /** The line in the file, the header being line 1. */
  row: number;
  action: ImportAction;
  name: string;
  /** A product row's firm, a buyer row's contact. */
  context?: string;
  recordId?: number;
  changes: readonly FieldChange[];
  problems: readonly ImportProblem[];
}

export interface ImportPreview {
  /** UTF-8 or Shift_JIS, as the server found it; unknown after a refused commit. */
  encoding?: string;
  /** Records the import adds and changes (buyer companies, not their contact rows); unknown after a refused commit. */
  created?: number;
  updated?: number;
  /** Rows with a problem. */
  failed: number;
  rows: readonly PreviewRow[];
  /** A refused commit's errors that name no row of the file, translated by the caller. */
  unplaced: readonly FieldError[];
}

/** The dry run's report as the preview shows it: rows in file order. */
export function toPreview(report: ImportReport): ImportPreview {
  const rows = report.rows
    .map((r): PreviewRow => ({
      row: r.row,
      action: r.action,
      name: r.name ?? '',
      context: r.context,
      recordId: r.recordId,
      changes: r.changes ?? [],
      problems: r.problems,
    }))
    .sort((a, b) => a.row - b.row);
  return { encoding: report.encoding, created: report.created, updated: report.updated, failed: report.failed, rows, unplaced: [] };
}

/** The commit may go: the dry run found rows to write and no problem. */
export function canCommit(preview: ImportPreview): boolean {
  return preview.failed === 0 && preview.created !== undefined && preview.rows.length > 0;
}

export function problemRows(preview: ImportPreview): PreviewRow[] {
  return preview.rows.filter((row) => row.action === 'ERROR');
}

/** `rows[12].商号` → line 12, column 商号. */
const ROW_FIELD = /^rows\[(\d+)\]\.(.+)$/;

function rowAndColumn(error: FieldError): { row: number; column: string } | undefined {
  const params = error.params ?? {};
  const match = ROW_FIELD.exec(error.field);
  const row = typeof params.row === 'number' ? params.row : match ? Number(match[1]) : undefined;
  const column = typeof params.column === 'string' ? params.column : match?.[2];
  return row === undefined || column === undefined ? undefined : { row, column };
}

/** A refused row's params without the row and column they name: what its message needs (a Size's max). */
function messageParams(params: FieldError['params']): Record<string, unknown> | undefined {
  const rest = Object.entries(params ?? {}).filter(([name]) => name !== 'row' && name !== 'column');
  return rest.length > 0 ? Object.fromEntries(rest) : undefined;
}

/**
 * A commit the server refused with 422 (the data changed after the dry run): its errors
 * placed on the rows of the dry run, so they read as the dry run's problems do. The
 * counts of what would have been written are no longer known.
 */
export function rejectionPreview(problem: Problem, before: ImportPreview | undefined): ImportPreview {
  const byRow = new Map<number, ImportProblem[]>();
  const unplaced: FieldError[] = [];
  for (const error of problem.errors ?? []) {
    const at = rowAndColumn(error);
    if (!at) {
      unplaced.push(error);
      continue;
    }
    const problems = byRow.get(at.row) ?? [];
    const params = messageParams(error.params);
    problems.push({ column: at.column, key: error.key, message: error.message, ...(params && { params }) });
    byRow.set(at.row, problems);
  }
  const rows = new Map<number, PreviewRow>((before?.rows ?? []).map((row) => [row.row, row]));
  for (const [line, problems] of byRow) {
    const known = rows.get(line);
    rows.set(line, { row: line, name: known?.name ?? '', context: known?.context, changes: [], problems, action: 'ERROR' });
  }
  return {
    failed: byRow.size,
    rows: [...rows.values()].sort((a, b) => a.row - b.row),
    unplaced,
  };
}

/**
 * A problem in the user's language, read as a form's errors are, with the limits the server
 * sends (a Size's max). Where a row's cell needs other words than a form's input (業種 is
 * written, not chosen) or the limits are missing, `importProblems.*` has wording of its own.
 */
export function translateImportProblem(problem: Pick<ImportProblem, 'column' | 'key' | 'message' | 'params'>, t: Translate): string {
  const params = problem.params ?? {};
  const own = t(`importProblems.${problem.key}`, { defaultValue: '' });
  const needsLimits = /^validation\.(Size|Min|Max)$/.test(problem.key);
  if (own && !(needsLimits && Object.keys(params).length > 0)) return own;
  return translateFieldError({ field: problem.column, key: problem.key, message: problem.message, params: { ...params, column: problem.column } }, t);
}

/**
 * Why the server would not read the file, for the file input: 400 names the file's
 * problem (encoding, not a CSV, a column missing), 413 its size. Undefined for a 422,
 * whose errors belong to rows.
 */
export function fileErrorMessage(error: unknown, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return t('importWizard.checkFailed');
  switch (error.status) {
    case 413:
      return t('importWizard.fileTooLarge', { max: '5 MB' });
    case 415:
      return t('importWizard.fileType');
    case 403:
      return t('importWizard.forbidden');
    case 422:
      return undefined;
  }
  const fileErrors = (error.problem?.errors ?? []).filter((e) => e.field === 'file');
  if (fileErrors.length > 0) return fileErrors.map((e) => translateFieldError(e, t)).join(' ');
  const local = localErrorMessage(error, t);
  if (local) return [local.title, ...local.items].join(' ');
  return t('importWizard.checkFailed');
}
