import type { Industry, Program } from './api/types';

/** The program's name in the UI language (Japanese unless English is chosen). */
export function programName(program: Pick<Program, 'nameJa' | 'nameEn'>, language: string | undefined): string {
  return language === 'en' ? program.nameEn : program.nameJa;
}

export function programDescription(
  program: Pick<Program, 'descriptionJa' | 'descriptionEn'>,
  language: string | undefined,
): string {
  return language === 'en' ? program.descriptionEn : program.descriptionJa;
}

/** An industry category's name in the UI language. */
export function industryName(industry: Pick<Industry, 'nameJa' | 'nameEn'>, language: string | undefined): string {
  return language === 'en' ? industry.nameEn : industry.nameJa;
}
