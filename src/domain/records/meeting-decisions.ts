/**
 * Which stored decision each entered decision of a meeting is. An action made from a decision points
 * at it by id (follow_up_actions.decision_id), so an edit of the meeting must keep the ids of the
 * decisions it keeps: an entry naming a stored id keeps it (its text may change); an entry without one
 * takes the id of a stored decision with the same text that no other entry took; the rest are new.
 */
export type StoredDecision = { id: string; text: string };
export type EnteredDecision = { id: string | null; text: string };

/** The entered decisions in order, each with the stored id it keeps (null: a new decision). */
export function planDecisions(
  stored: readonly StoredDecision[],
  entered: readonly EnteredDecision[],
): Array<{ id: string | null; text: string }> {
  const storedIds = new Set(stored.map((decision) => decision.id));
  const taken = new Set<string>();
  // First the entries that name a stored decision (an id of another meeting is not one of ours).
  const byId = entered.map((decision) => {
    if (decision.id && storedIds.has(decision.id) && !taken.has(decision.id)) {
      taken.add(decision.id);
      return decision.id;
    }
    return null;
  });
  return entered.map((decision, index) => {
    const id =
      byId[index] ??
      stored.find((candidate) => !taken.has(candidate.id) && candidate.text === decision.text)?.id ??
      null;
    if (id) taken.add(id);
    return { id, text: decision.text };
  });
}
