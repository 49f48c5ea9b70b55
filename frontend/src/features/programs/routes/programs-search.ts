import * as z from 'zod/mini';
import { PROGRAM_CODES } from '@/lib/api/enums';

/** /programs?program=FOOD: the filter lives in the URL so it can be shared and bookmarked. */
export const programsSearchSchema = z.object({
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
});

export type ProgramsSearch = z.infer<typeof programsSearchSchema>;
