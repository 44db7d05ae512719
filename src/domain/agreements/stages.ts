/**
 * The stages of an agreement's lifecycle (Permendagri 22/2020), in the words users expect to see. The
 * transitions between them live in lifecycle.ts; this module holds only the vocabulary so that schemas
 * and rules can name a stage without importing the state machine.
 */
import { z } from 'zod';
import type { Label } from './kinds';

/** Every stage, in lifecycle order; the last three close an agreement. */
export const stages = [
  'persiapan',
  'penawaran',
  'ksb',
  'penyusunan_pks',
  'persetujuan_dprd',
  'penandatanganan_pks',
  'pelaksanaan',
  'monitoring_evaluasi',
  'pelaporan',
  'berakhir',
  'diperpanjang',
  'diakhiri',
] as const;
export type Stage = (typeof stages)[number];
export const stageSchema = z.enum(stages);

/** Stages that close an agreement: expiry, extension (a perpanjangan takes over) and early termination. */
export const closingStages = ['berakhir', 'diperpanjang', 'diakhiri'] as const satisfies readonly Stage[];
export type ClosingStage = (typeof closingStages)[number];

/** True while an agreement is being prepared or is in force. */
export function isActiveStage(stage: Stage): boolean {
  return !(closingStages as readonly Stage[]).includes(stage);
}

/** Stages in which a signed agreement is in force. */
export const inForceStages = [
  'pelaksanaan',
  'monitoring_evaluasi',
  'pelaporan',
] as const satisfies readonly Stage[];

/** True when the agreement has been signed and is being carried out. */
export function isInForceStage(stage: Stage): boolean {
  return (inForceStages as readonly Stage[]).includes(stage);
}

export const stageLabels: Readonly<Record<Stage, Label>> = {
  persiapan: { id: 'Persiapan', en: 'Preparation' },
  penawaran: { id: 'Penawaran', en: 'Offer' },
  ksb: { id: 'Penyusunan & penandatanganan KSB', en: 'Drafting and signing the framework agreement' },
  penyusunan_pks: { id: 'Penyusunan PKS', en: 'Drafting the implementing agreement' },
  persetujuan_dprd: { id: 'Persetujuan DPRD', en: 'Regional parliament approval' },
  penandatanganan_pks: { id: 'Penandatanganan PKS', en: 'Signing the implementing agreement' },
  pelaksanaan: { id: 'Pelaksanaan', en: 'Implementation' },
  monitoring_evaluasi: { id: 'Monitoring & evaluasi', en: 'Monitoring and evaluation' },
  pelaporan: { id: 'Pelaporan', en: 'Reporting' },
  berakhir: { id: 'Berakhir', en: 'Ended' },
  diperpanjang: { id: 'Diperpanjang', en: 'Extended' },
  diakhiri: { id: 'Diakhiri', en: 'Terminated early' },
};
