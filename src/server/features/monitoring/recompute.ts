/**
 * The full recompute of every agreement's health with the rule set in force: run daily by the jobs
 * (time alone turns an agreement dormant), after bulk imports, and by `recomputeAllHealth` in tests and
 * benchmarks.
 */
import type { Db } from '../../db/client.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import { recomputeAllHealthWith } from './health-write.js';

export async function recomputeAllHealth(
  db: Db,
  options: { today?: string } = {},
): Promise<{ agreements: number; changed: number }> {
  return recomputeAllHealthWith(db, options.today ?? todayIso(), await loadRules(db));
}
