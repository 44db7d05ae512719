import { describe, expect, it } from 'vitest';
import { documentOwnedByPartner } from './document-ownership';

describe('documentOwnedByPartner', () => {
  const parties = ['35.75', '35.14'];

  it("keeps a partner's document from the other party", () => {
    expect(documentOwnedByPartner('35.14', '35.75', parties)).toBe(true);
  });

  it("refuses a system administrator (no region) a party's document", () => {
    expect(documentOwnedByPartner(null, '35.75', parties)).toBe(true);
  });

  it('lets the owning region delete its own document', () => {
    expect(documentOwnedByPartner('35.75', '35.75', parties)).toBe(false);
  });

  it('lets any party delete a document without an owner (added by a system administrator)', () => {
    expect(documentOwnedByPartner('35.14', null, parties)).toBe(false);
  });

  it('lets the remaining parties delete the document of a region that is no longer a party', () => {
    expect(documentOwnedByPartner('35.14', '32.75', parties)).toBe(false);
  });
});
