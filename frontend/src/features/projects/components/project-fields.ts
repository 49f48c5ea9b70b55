import type { ComparedField } from '@/components/ConflictComparison';
import type { Program, Project, ProjectEvent, ProjectInput } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import type { Translate } from '@/lib/problem';

/** The fields of a project a user sets in its form, in the form's order. */
export const PROJECT_INPUT_FIELDS = [
  'program',
  'fiscalYear',
  'title',
  'startsOn',
  'endsOn',
  'partners',
  'events',
] as const satisfies readonly (keyof ProjectInput)[];

export type ProjectInputField = (typeof PROJECT_INPUT_FIELDS)[number];

export interface ProjectTextContext {
  t: Translate;
  language: string;
  /** To show a program code by its name. */
  programs: readonly Pick<Program, 'code' | 'nameJa' | 'nameEn'>[] | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;
/** A meeting as the history records it: 2025-06-12 いわき産業創造館（30）. */
const RECORDED_EVENT = /^(\d{4}-\d{2}-\d{2}) (.*?)(?:（(\d+)）)?$/;

/**
 * A project's value as people read it, from the text the API records or a form holds:
 * the program by name, 令和7年度（FY2025）, 2025/09/12, 企画中, a meeting a line with its
 * 定員; — when empty. Other text (partners, a participant with its products) stays as recorded.
 */
export function projectValueText(field: string, value: string | undefined, { t, language, programs }: ProjectTextContext): string {
  if (value === undefined || value.trim() === '') return t('common.notSet');
  switch (field) {
    case 'program':
      return programNameOf(value, programs, language);
    case 'fiscalYear':
      return YEAR.test(value) ? fiscalYearText(Number(value), language) : value;
    case 'state':
      return t(`projectStates.${value}`, { defaultValue: value });
    case 'startsOn':
    case 'endsOn':
      return ISO_DATE.test(value) ? formatDateNumeric(value) : value;
    case 'events':
      return value
        .split('\n')
        .map((line) => {
          const [, heldOn, venue, capacity] = RECORDED_EVENT.exec(line) ?? [];
          if (!heldOn || venue === undefined) return line;
          return eventLine({ heldOn, venue, capacity: capacity === undefined ? undefined : Number(capacity) }, t);
        })
        .join('\n');
    default:
      return value;
  }
}

/** One trade meeting on one line: 2025/09/12 いわき産業創造館（定員30名）. */
export function eventLine(event: ProjectEvent, t: Translate): string {
  const capacity = event.capacity === undefined ? '' : `（${t('projects.capacityValue', { value: formatInteger(event.capacity) })}）`;
  return `${formatDateNumeric(event.heldOn)} ${event.venue}${capacity}`;
}

/** A body's field as one text, for comparing and showing: lists one item a line. */
function inputText(input: ProjectInput, field: ProjectInputField, t: Translate): string | undefined {
  switch (field) {
    case 'partners':
      return input.partners?.length ? input.partners.join('\n') : undefined;
    case 'events':
      return input.events?.length ? input.events.map((e) => eventLine(e, t)).join('\n') : undefined;
    default: {
      const value = input[field];
      return value === undefined ? undefined : String(value);
    }
  }
}

/** The project as the body that would save it unchanged: what a user's version is compared with. */
export function projectAsInput(project: Project): ProjectInput {
  return {
    program: project.program,
    fiscalYear: project.fiscalYear,
    title: project.title,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    partners: [...project.partners],
    events: project.events.map((e) => ({ heldOn: e.heldOn, venue: e.venue, capacity: e.capacity })),
  };
}

/**
 * The fields where saving `mine` would change `theirs`, in the form's order, as the 412
 * dialog shows them. Absent and empty read alike, so an empty list equals no list.
 */
export function comparedProjectFields(theirs: ProjectInput, mine: ProjectInput, ctx: ProjectTextContext): ComparedField[] {
  return PROJECT_INPUT_FIELDS.flatMap((field) => {
    const a = inputText(theirs, field, ctx.t);
    const b = inputText(mine, field, ctx.t);
    if ((a ?? '') === (b ?? '')) return [];
    return [
      {
        field,
        label: ctx.t(`projectFields.${field}`),
        theirs: projectValueText(field, a, ctx),
        mine: projectValueText(field, b, ctx),
      },
    ];
  });
}
