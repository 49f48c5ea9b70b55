import type {
  AuditAction,
  FollowUpChannel,
  IntroductionSource,
  NegotiationSort,
  NegotiationStage,
  BuyerCompanySort,
  BuyerType,
  FirmSort,
  ImportAction,
  KpiFigure,
  ProductSort,
  ProgramCode,
  ProjectSort,
  ProjectState,
  Region,
  Role,
  TargetMetric,
  TargetUnit,
} from './types';

/**
 * Runtime lists of the contract's enums, for zod schemas and loops. The generated
 * schema has types only; `exhaustive` makes typecheck fail when openapi.yaml gains
 * or loses a value that a list here does not match.
 */
function exhaustive<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) => list;
}

export const ROLES = exhaustive<Role>()(['COORDINATOR', 'ADVISOR', 'ADMIN', 'BUYER']);

export const PROGRAM_CODES = exhaustive<ProgramCode>()(['MANUFACTURING', 'FOOD', 'TRADE_SHOW', 'IT_PROMOTION']);

export const TARGET_METRICS = exhaustive<TargetMetric>()([
  'SUPPORTED_FIRMS',
  'INTRODUCTIONS',
  'DEALS',
  'EXHIBITORS',
  'NEW_TRADING_PARTNERS',
]);

export const TARGET_UNITS = exhaustive<TargetUnit>()(['FIRMS', 'CASES']);

export const FIRM_SORTS = exhaustive<FirmSort>()([
  'tradeNameKana',
  '-tradeNameKana',
  'updatedAt',
  '-updatedAt',
  'employees',
  '-employees',
]);

export const AUDIT_ACTIONS = exhaustive<AuditAction>()([
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'LOGIN_GRANT',
  'LOGIN_REVOKE',
]);

/** In the order the forms and filters offer them. */
export const BUYER_TYPES = exhaustive<BuyerType>()([
  'SUPERMARKET',
  'DEPARTMENT_STORE',
  'WHOLESALER',
  'TRADING_COMPANY',
  'RESTAURANT',
  'MANUFACTURER',
  'OTHER',
]);

/** North to south, then abroad. */
export const REGIONS = exhaustive<Region>()([
  'HOKKAIDO',
  'TOHOKU',
  'TOKYO_AREA',
  'KANTO',
  'CHUBU',
  'KINKI',
  'CHUGOKU_SHIKOKU',
  'KYUSHU_OKINAWA',
  'OVERSEAS',
]);

export const BUYER_COMPANY_SORTS = exhaustive<BuyerCompanySort>()(['nameKana', '-nameKana', 'updatedAt', '-updatedAt']);

export const PRODUCT_SORTS = exhaustive<ProductSort>()(['nameKana', '-nameKana', 'priceYen', '-priceYen', 'updatedAt', '-updatedAt']);

export const IMPORT_ACTIONS = exhaustive<ImportAction>()(['CREATE', 'UPDATE', 'ERROR']);

export function isProgramCode(value: string): value is ProgramCode {
  return (PROGRAM_CODES as readonly string[]).includes(value);
}

export function isBuyerType(value: string): value is BuyerType {
  return (BUYER_TYPES as readonly string[]).includes(value);
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

export const PROJECT_STATES = exhaustive<ProjectState>()(['PLANNING', 'OPEN', 'CLOSED']);

/** Newest fiscal year first is the list's default. */
export const PROJECT_SORTS = exhaustive<ProjectSort>()(['-fiscalYear', 'fiscalYear', '-startsOn', 'startsOn', '-updatedAt', 'updatedAt']);

/** Board order: the open stages, then the three ways a negotiation closes. */
export const NEGOTIATION_STAGES = exhaustive<NegotiationStage>()(['INTRODUCED', 'SCHEDULED', 'MET', 'CONTINUING', 'WON', 'LOST', 'WITHDRAWN']);

export const CLOSED_STAGES = ['WON', 'LOST', 'WITHDRAWN'] as const satisfies readonly NegotiationStage[];

export const NEGOTIATION_SORTS = exhaustive<NegotiationSort>()([
  '-updatedAt',
  'updatedAt',
  '-introducedOn',
  'introducedOn',
  '-stageChangedAt',
  'stageChangedAt',
  'nextActionOn',
  '-nextActionOn',
  'meetingAt',
  '-meetingAt',
  'dealOn',
  '-dealOn',
]);

export const FOLLOW_UP_CHANNELS = exhaustive<FollowUpChannel>()(['VISIT', 'PHONE', 'EMAIL', 'ONLINE']);

export const INTRODUCTION_SOURCES = exhaustive<IntroductionSource>()(['BUYER_PICKS', 'SURVEY_MARKS']);

export const KPI_FIGURES = exhaustive<KpiFigure>()([
  'SUPPORTED_FIRMS',
  'INTRODUCTIONS',
  'DEALS',
  'EXHIBITORS',
  'NEW_TRADING_PARTNERS',
  'REACHED_INTRODUCED',
  'REACHED_SCHEDULED',
  'REACHED_MET',
  'REACHED_CONTINUING',
  'REACHED_WON',
  'OVERDUE_FOLLOW_UPS',
]);
