import { describe, expect, it } from 'vitest';
import { myCompanyView } from './my-company';

describe('myCompanyView', () => {
  it("shows a linked buyer its company", () => {
    expect(myCompanyView({ roles: ['BUYER'], buyerCompanyId: 42 })).toEqual({ kind: 'company', id: 42 });
  });

  it('tells a buyer without a company that none is linked yet', () => {
    expect(myCompanyView({ roles: ['BUYER'] })).toEqual({ kind: 'unlinked' });
  });

  it('is not for staff or users without roles, even with a company id', () => {
    expect(myCompanyView({ roles: ['COORDINATOR'], buyerCompanyId: 42 })).toEqual({ kind: 'not-buyer' });
    expect(myCompanyView({ roles: [] })).toEqual({ kind: 'not-buyer' });
  });
});
