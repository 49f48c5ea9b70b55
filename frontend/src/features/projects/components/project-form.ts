import { z } from 'zod';
import { PROGRAM_CODES } from '@/lib/api/enums';
import type { Project, ProjectInput } from '@/lib/api/types';
import { textRules } from '@/lib/form-text';
import { normalizeNumberText, normalizeText } from '@/lib/japanese-text';
import type { Translate } from '@/lib/problem';

export const PROJECT_MAX = { title: 200, partner: 200, partners: 20, venue: 200, events: 50, capacity: 100_000 } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A project's rules, the API's: program, fiscal year 2000–2100, title, dates, partners, events. */
export function projectFormSchema(t: Translate) {
  const { required } = textRules({
    required: t('validation.NotBlank'),
    tooLong: (max) => t('form.errorMaxLength', { max }),
  });
  const optionalDate = z
    .string()
    .refine((value) => value === '' || DATE.test(value), { message: t('projectForm.dateInvalid') })
    .transform((value) => value || undefined);

  return z
    .object({
      program: z.string().pipe(z.enum(PROGRAM_CODES, { message: t('form.errorSelect') })),
      fiscalYear: z
        .string()
        .transform((raw) => Number(normalizeNumberText(raw)))
        .pipe(z.number({ message: t('projectForm.fiscalYearInvalid') }).int(t('projectForm.fiscalYearInvalid')).min(2000, t('projectForm.fiscalYearInvalid')).max(2100, t('projectForm.fiscalYearInvalid'))),
      title: required(PROJECT_MAX.title),
      startsOn: optionalDate,
      endsOn: optionalDate,
      partners: z
        .array(z.string())
        .transform((list) => list.map(normalizeText).filter((p) => p !== ''))
        .refine((list) => list.length <= PROJECT_MAX.partners, { message: t('projectForm.tooManyPartners', { max: PROJECT_MAX.partners }) })
        .refine((list) => list.every((p) => p.length <= PROJECT_MAX.partner), { message: t('form.errorMaxLength', { max: PROJECT_MAX.partner }) }),
      events: z
        .array(
          z.object({
            heldOn: z.string().regex(DATE, t('projectForm.dateInvalid')),
            venue: required(PROJECT_MAX.venue),
            capacity: z.string().transform((raw, ctx) => {
              const value = normalizeNumberText(raw).trim();
              if (value === '') return undefined;
              const n = Number(value);
              if (!/^[0-9]+$/.test(value) || n > PROJECT_MAX.capacity) {
                ctx.issues.push({ code: 'custom', message: t('projectForm.capacityInvalid', { max: PROJECT_MAX.capacity }), input: raw });
                return z.NEVER;
              }
              return n;
            }),
          }),
        )
        .max(PROJECT_MAX.events),
    })
    .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
      path: ['endsOn'],
      message: t('projectForm.endBeforeStart'),
    });
}

type Schema = ReturnType<typeof projectFormSchema>;
export type ProjectFormInput = z.input<Schema>;
export type ProjectFormOutput = z.output<Schema>;

export function emptyProjectForm(fiscalYear: number): ProjectFormInput {
  return { program: '', fiscalYear: String(fiscalYear), title: '', startsOn: '', endsOn: '', partners: [], events: [] };
}

export function toProjectFormValues(project: Project): ProjectFormInput {
  return {
    program: project.program,
    fiscalYear: String(project.fiscalYear),
    title: project.title,
    startsOn: project.startsOn ?? '',
    endsOn: project.endsOn ?? '',
    partners: [...project.partners],
    events: project.events.map((e) => ({ heldOn: e.heldOn, venue: e.venue, capacity: e.capacity === undefined ? '' : String(e.capacity) })),
  };
}

export function toProjectInput(values: ProjectFormOutput): ProjectInput {
  return {
    program: values.program,
    fiscalYear: values.fiscalYear,
    title: values.title,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    partners: values.partners,
    events: values.events.map((e) => ({ heldOn: e.heldOn, venue: e.venue, capacity: e.capacity })),
  };
}

/** Whether a react-hook-form path names an input of the form (events.0.venue, …). */
export function isProjectFormField(path: string): boolean {
  return /^(program|fiscalYear|title|startsOn|endsOn|partners(\.\d+)?|events\.\d+\.(heldOn|venue|capacity))$/.test(path);
}
