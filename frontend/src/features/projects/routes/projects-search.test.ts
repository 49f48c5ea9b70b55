import { describe, expect, it } from 'vitest';
import { hasProjectFilters, projectsSearchSchema, toProjectListParams } from './projects-search';

describe('projectsSearchSchema', () => {
  it('reads the filters and drops what is wrong', () => {
    const search = projectsSearchSchema.parse({ fiscalYear: 2025, program: 'FOOD', state: 'NOPE', page: 2 });
    expect(search).toEqual({ fiscalYear: 2025, program: 'FOOD', state: undefined, page: 2 });
    expect(hasProjectFilters(search)).toBe(true);
    expect(toProjectListParams(search)).toEqual({ fiscalYear: 2025, program: 'FOOD', state: undefined, page: 1, size: 20 });
  });

  it('has no filters by default', () => {
    expect(hasProjectFilters(projectsSearchSchema.parse({}))).toBe(false);
  });
});
