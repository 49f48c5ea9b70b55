import { useMutation } from '@tanstack/react-query';
import type { ImportKind } from '../csv-import';
import { apiClient, call } from './client';
import type { ImportReport } from './types';

const IMPORT_PATHS = {
  firms: '/api/firms/import',
  buyers: '/api/buyer-companies/import',
  products: '/api/products/import',
} as const satisfies Record<ImportKind, string>;

// POST /api/firms/import, /api/buyer-companies/import, /api/products/import: one shape for all three.
export async function runImport(kind: ImportKind, file: Blob, dryRun: boolean): Promise<ImportReport> {
  const { data } = await call(
    apiClient.POST(IMPORT_PATHS[kind], {
      params: { query: { dryRun } },
      // openapi-typescript types a `format: binary` body as string. The file's bytes go
      // untouched, never re-encoded as text: the server tells UTF-8 from Shift_JIS by them.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
  return data;
}

export interface ImportVariables {
  file: File;
  dryRun: boolean;
}

/** A dry run or a commit; `onCommitted` after a commit, for the caller to refresh its lists. */
export function useImport(kind: ImportKind, onCommitted?: () => void) {
  return useMutation({
    mutationFn: ({ file, dryRun }: ImportVariables) => runImport(kind, file, dryRun),
    onSuccess: (report) => {
      if (!report.dryRun) onCommitted?.();
    },
  });
}
