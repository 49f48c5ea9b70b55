export const timetableKeys = {
  all: ['timetables'] as const,
  /** A project's whole timetable (staff), with its ETag. */
  project: (projectId: number) => [...timetableKeys.all, projectId] as const,
  buyer: (projectId: number, buyerCompanyId: number) => [...timetableKeys.project(projectId), 'buyer', buyerCompanyId] as const,
  firm: (projectId: number, firmId: number) => [...timetableKeys.project(projectId), 'firm', firmId] as const,
};
