import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ImportKind } from '../csv-import';
import { apiClient, call } from './client';
import type { ImportFilePreview, ImportMapping, ImportReport } from './types';

const IMPORT_PATHS = {
  firms: '/api/firms/import',
  buyers: '/api/buyer-companies/import',
  products: '/api/products/import',
} as const satisfies Record<ImportKind, string>;

/** How the API names each kind (GET /api/imports/{kind}). */
export const API_KINDS = { firms: 'firms', buyers: 'buyer-companies', products: 'products' } as const satisfies Record<ImportKind, string>;

// openapi-typescript types a `format: binary` body as string. The file's bytes go untouched,
// never re-encoded as text: the server tells UTF-8 from Shift_JIS by them.
const FILE_BODY = {
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'Content-Type': 'application/octet-stream' },
} as const;

export const importKeys = {
  all: ['imports'] as const,
  description: (kind: ImportKind) => [...importKeys.all, kind, 'description'] as const,
};

// GET /api/imports/{kind}: the fields of an import, declared once on the server.
export const importDescriptionQueryOptions = (kind: ImportKind) =>
  queryOptions({
    queryKey: importKeys.description(kind),
    queryFn: async () =>
      (await call(apiClient.GET('/api/imports/{kind}', { params: { path: { kind: API_KINDS[kind] } } }))).data,
    // Changes only with a new release of the API.
    staleTime: Infinity,
  });

export function useImportDescription(kind: ImportKind) {
  return useQuery(importDescriptionQueryOptions(kind));
}

// POST /api/imports/{kind}/columns: the file's columns with sample values and the proposed mapping.
export async function readImportColumns(kind: ImportKind, file: Blob): Promise<ImportFilePreview> {
  const { data } = await call(
    apiClient.POST('/api/imports/{kind}/columns', {
      params: { path: { kind: API_KINDS[kind] } },
      body: file as unknown as string,
      ...FILE_BODY,
    }),
  );
  return data;
}

export function useImportColumns(kind: ImportKind) {
  return useMutation({ mutationFn: (file: File) => readImportColumns(kind, file) });
}

// POST /api/firms/import, /api/buyer-companies/import, /api/products/import: one shape for all three.
export async function runImport(kind: ImportKind, file: Blob, dryRun: boolean, mapping?: ImportMapping): Promise<ImportReport> {
  const { data } = await call(
    apiClient.POST(IMPORT_PATHS[kind], {
      // The mapping travels as JSON in one query parameter (openapi.yaml: ImportMapping, application/json).
      params: { query: { dryRun, ...(mapping && { mapping: JSON.stringify(mapping) }) } },
      body: file as unknown as string,
      ...FILE_BODY,
    }),
  );
  return data;
}

export interface ImportVariables {
  file: File;
  dryRun: boolean;
  mapping?: ImportMapping;
}

/** A dry run or a commit; `onCommitted` after a commit, for the caller to refresh its lists. */
export function useImport(kind: ImportKind, onCommitted?: () => void) {
  return useMutation({
    mutationFn: ({ file, dryRun, mapping }: ImportVariables) => runImport(kind, file, dryRun, mapping),
    onSuccess: (report) => {
      if (!report.dryRun) onCommitted?.();
    },
  });
}
