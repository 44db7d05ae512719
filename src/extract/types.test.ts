import { describe, expect, it } from 'vitest';
import { documentTypes as agreementDocumentTypes, offices } from '../domain/agreements/kinds';
import { documentTypes, officeKeys } from './types';

describe('contract enums', () => {
  it("are the domain's document types, less those that only change a document on file", () => {
    expect(documentTypes).toEqual(
      agreementDocumentTypes.filter((type) => type !== 'perpanjangan' && type !== 'pengakhiran'),
    );
    expect(documentTypes).toContain('addendum');
  });

  it("are the domain's offices, less the head of an agency (filed as lainnya)", () => {
    expect(officeKeys).toEqual(offices.filter((office) => office !== 'kepala_opd'));
    expect(officeKeys).toContain('lainnya');
  });
});
