import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingInputSchema, programInputSchema, visitInputSchema } from '../../../domain/records/schema';
import { extractArticle } from '../../../extract';
import { draftFromResult } from './draft';
import {
  decisionText,
  defaultSaveAs,
  meetingFromDraft,
  programsFromDraft,
  visitFromDraft,
} from './record-drafts';

const seed = (name: string) =>
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../../test/fixtures/seeds', `${name}.txt`),
    'utf8',
  );

describe('seed 004 as a Kunjungan kerja', () => {
  const result = extractArticle(seed('004_1045ef01751a5df8'));
  const draft = draftFromResult(result);
  const visit = visitInputSchema.parse(visitFromDraft(draft, result));

  it('is saved as a visit, never as an agreement', () => {
    expect(defaultSaveAs(result.eventType)).toBe('visit');
  });

  it('has Kota Malang as host and Kabupaten Bekasi with its DPRD as visitors', () => {
    expect(visit.kind).toBe('studi_komparasi');
    expect(visit.hostRegionCode).toBe('35.73');
    expect(visit.visitors.map(({ regionCode, institution }) => [regionCode, institution])).toEqual([
      ['32.16', 'pemda'],
      ['32.16', 'dprd'],
    ]);
    expect(visit.title).toBe('Studi komparasi Kabupaten Bekasi ke Kota Malang');
    expect(visit.startDate).toBe('2025-01-16');
  });

  it('keeps the heads with their posts on each side, and the three topics as good practices', () => {
    expect(visit.delegates).toEqual([
      { name: 'Dedy Supriyadi', post: 'Pj. Bupati Bekasi', regionCode: '32.16', institution: 'pemda' },
    ]);
    expect(visit.hosts.map((person) => person.post)).toEqual(['Pj. Wali Kota Malang']);
    expect(visit.goodPractices.map((practice) => practice.topic)).toEqual([
      'pengelolaan pajak',
      'Malang Creative Center (MCC)',
      'pengelolaan sampah di TPA Supit Urang',
    ]);
  });
});

describe('seed 001 as a Pertemuan with programs', () => {
  const result = extractArticle(seed('001_e80a06404613e12e'));
  const draft = draftFromResult(result);

  it('is an audiensi hosted by DKI Jakarta, its commitment a decision', () => {
    expect(defaultSaveAs(result.eventType)).toBe('meeting');
    const meeting = meetingInputSchema.parse(meetingFromDraft(draft, result));
    expect(meeting.hostRegionCode).toBe('31');
    expect(meeting.participants.map((participant) => participant.regionCode)).toEqual(['32.75']);
    expect(meeting.decisions.map((decision) => decision.text)).toEqual(['Membentuk tim kecil']);
    expect(meeting.date).toBe('2017-12-05');
  });

  it('turns the three projects into programs funded by DKI Jakarta for Kota Bekasi', () => {
    const programs = programsFromDraft(draft, result).map((program) => programInputSchema.parse(program));
    expect(
      programs.map((program) => [
        program.title,
        program.kind,
        program.funderRegionCode,
        program.recipientRegionCode,
      ]),
    ).toEqual([
      ['Fly over Rawapanjang', 'bantuan_keuangan', '31', '32.75'],
      ['Fly over Cipendawa', 'bantuan_keuangan', '31', '32.75'],
      ['Air bersih', 'bantuan_keuangan', '31', '32.75'],
    ]);
  });
});

describe('decisions from commitments', () => {
  it.each([
    ['akan membentuk tim kecil', 'Membentuk tim kecil'],
    ['sepakat untuk menyusun PKS', 'Menyusun PKS'],
    ['akan ditindaklanjuti oleh OPD terkait', 'Ditindaklanjuti oleh OPD terkait'],
  ])('%s -> %s', (commitment, decision) => {
    expect(decisionText(commitment)).toBe(decision);
  });
});
