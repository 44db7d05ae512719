import { describe, expect, it } from 'vitest';
import {
  actingKindLabels,
  actingKinds,
  allowedParentTypes,
  contentItemKeys,
  contentItemLabels,
  cooperationKindLabels,
  cooperationKinds,
  deputyOfficeFor,
  documentKindLabels,
  documentKinds,
  documentTextStatuses,
  documentTextStatusLabels,
  documentTypeLabels,
  documentTypes,
  financingSourceLabels,
  financingSources,
  headOfficeFor,
  isActing,
  isFrameworkDocument,
  isHeadOffice,
  ksddNatureLabels,
  ksddNatures,
  labelIn,
  levelOfOffice,
  officeLabels,
  offices,
  officeTitle,
  organizationKindLabels,
  organizationKinds,
  partyKindLabels,
  partyKinds,
  requiresParent,
} from './kinds';
import type { Label } from './kinds';
import { stageLabels, stages } from './stages';

function expectLabelled(values: readonly string[], labels: Readonly<Record<string, Label>>): void {
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  for (const value of values) {
    expect(labels[value]?.id, value).toBeTruthy();
    expect(labels[value]?.en, value).toBeTruthy();
  }
}

describe('agreement vocabulary', () => {
  it('labels every value in Indonesian and English', () => {
    expectLabelled(cooperationKinds, cooperationKindLabels);
    expectLabelled(ksddNatures, ksddNatureLabels);
    expectLabelled(documentTypes, documentTypeLabels);
    expectLabelled(organizationKinds, organizationKindLabels);
    expectLabelled(partyKinds, partyKindLabels);
    expectLabelled(offices, officeLabels);
    expectLabelled(actingKinds, actingKindLabels);
    expectLabelled(financingSources, financingSourceLabels);
    expectLabelled(documentKinds, documentKindLabels);
    expectLabelled(documentTextStatuses, documentTextStatusLabels);
    expectLabelled(contentItemKeys, contentItemLabels);
    expectLabelled(stages, stageLabels);
  });

  it('gives KSB and PKS their short names', () => {
    expect(documentTypeLabels.kesepakatan_bersama.short).toBe('KSB');
    expect(documentTypeLabels.perjanjian_kerja_sama.short).toBe('PKS');
    expect(labelIn(documentTypeLabels.perjanjian_kerja_sama, 'id')).toBe('Perjanjian Kerja Sama');
    expect(labelIn(documentTypeLabels.perjanjian_kerja_sama, 'en')).toBe('Implementing agreement');
  });

  it('says which document types hang under a parent', () => {
    expect(requiresParent('kesepakatan_bersama')).toBe(false);
    expect(requiresParent('nota_kesepahaman')).toBe(false);
    expect(requiresParent('perjanjian_kerja_sama')).toBe(true);
    expect(allowedParentTypes.perjanjian_kerja_sama).toEqual(['kesepakatan_bersama']);
    for (const type of ['addendum', 'perpanjangan', 'pengakhiran'] as const) {
      expect(requiresParent(type)).toBe(true);
      expect(allowedParentTypes[type]).toContain('perjanjian_kerja_sama');
    }
    expect(isFrameworkDocument('kesepakatan_bersama')).toBe(true);
    expect(isFrameworkDocument('perjanjian_kerja_sama')).toBe(false);
  });

  it('maps region levels to the head and deputy offices', () => {
    expect(headOfficeFor('provinsi')).toBe('gubernur');
    expect(headOfficeFor('kabupaten')).toBe('bupati');
    expect(headOfficeFor('kota')).toBe('wali_kota');
    expect(deputyOfficeFor('kota')).toBe('wakil_wali_kota');
    expect(levelOfOffice('wakil_bupati')).toBe('kabupaten');
    expect(levelOfOffice('sekretaris_daerah')).toBeNull();
    expect(isHeadOffice('wali_kota')).toBe(true);
    expect(isHeadOffice('wakil_wali_kota')).toBe(false);
  });

  it('writes acting titles the way documents do', () => {
    expect(isActing('definitif')).toBe(false);
    expect(['pj', 'plt', 'plh'].every((kind) => isActing(kind as 'pj'))).toBe(true);
    expect(officeTitle('wali_kota', 'pj')).toBe('Pj. Wali Kota');
    expect(officeTitle('bupati', 'plt')).toBe('Plt. Bupati');
    expect(officeTitle('gubernur', 'definitif')).toBe('Gubernur');
    expect(officeTitle('wali_kota', 'plh', 'en')).toBe('Plh. Mayor');
  });
});
