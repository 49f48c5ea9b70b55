import type { components } from '@/api/schema';

// Every API type is an alias of the generated schema: change openapi.yaml, not these.
type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type ProgramCode = Schemas['ProgramCode'];
export type TargetMetric = Schemas['TargetMetric'];
export type TargetUnit = Schemas['TargetUnit'];
export type Program = Schemas['Program'];
export type ProgramTarget = Schemas['ProgramTarget'];
export type YearlyTarget = Schemas['YearlyTarget'];
export type ProgramUpdate = Schemas['ProgramUpdate'];
export type Industry = Schemas['Industry'];
export type Advisor = Schemas['Advisor'];
export type Firm = Schemas['Firm'];
export type FirmInput = Schemas['FirmInput'];
export type FirmPage = Schemas['FirmPage'];
export type FirmSort = Schemas['FirmSort'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = AuditEvent['action'];
export type FieldChange = Schemas['FieldChange'];
export type BuyerType = Schemas['BuyerType'];
export type Region = Schemas['Region'];
export type BuyerCompanySort = Schemas['BuyerCompanySort'];
export type BuyerCompany = Schemas['BuyerCompany'];
export type BuyerCompanyInput = Schemas['BuyerCompanyInput'];
export type BuyerCompanyPage = Schemas['BuyerCompanyPage'];
export type BuyerContact = Schemas['BuyerContact'];
export type BuyerContactInput = Schemas['BuyerContactInput'];
