/**
 * The health states of an agreement, from the healthiest to the closed, in a module of their own:
 * the UI's pages that only name the states (the beranda, the lists) import this one, not
 * `health.ts` with its rules and schemas, so that the first page a user sees stays light.
 */
export const healthStates = ['aktif', 'perlu_perhatian', 'dorman', 'berakhir'] as const;
export type Health = (typeof healthStates)[number];
