import type { ProgramCode } from '@/lib/api/types';

export const programKeys = {
  all: ['programs'] as const,
  list: () => [...programKeys.all, 'list'] as const,
  detail: (code: ProgramCode) => [...programKeys.all, 'detail', code] as const,
};
