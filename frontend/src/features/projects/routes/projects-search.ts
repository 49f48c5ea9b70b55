import { z } from 'zod';
import { PROGRAM_CODES, PROJECT_STATES } from '@/lib/api/enums';
import { pageParam } from '@/lib/search-params';
import type { ProjectListParams } from '../api/projects';

export const PROJECT_PAGE_SIZE = 20;

/** /projects?fiscalYear=2025&program=FOOD&state=OPEN&page=2: the filters live in the URL. */
export const projectsSearchSchema = z.object({
  fiscalYear: z.number().int().min(2000).max(2100).optional().catch(undefined),
  program: z.enum(PROGRAM_CODES).optional().catch(undefined),
  state: z.enum(PROJECT_STATES).optional().catch(undefined),
  page: pageParam,
});

export type ProjectsSearch = z.output<typeof projectsSearchSchema>;

export const PROJECTS_SEARCH_DEFAULTS = { page: 1 } as const;

export function hasProjectFilters(search: ProjectsSearch): boolean {
  return search.fiscalYear !== undefined || search.program !== undefined || search.state !== undefined;
}

export function toProjectListParams(search: ProjectsSearch): ProjectListParams {
  return { fiscalYear: search.fiscalYear, program: search.program, state: search.state, page: search.page - 1, size: PROJECT_PAGE_SIZE };
}
