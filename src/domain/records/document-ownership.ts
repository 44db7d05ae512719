/**
 * Who may delete a document of a shared record (decision 009). A document belongs to the party region
 * whose user added it: while that region is a party of the record, only its users delete the
 * document, so one party never removes what the other filed (a signed scan, a report, evidence). A
 * document added by a system administrator has no owner, and a document whose owner is no longer a
 * party (removed with every party's consent) is the remaining parties' to keep or delete.
 *
 * This is on top of the right to change the record's documents; it only narrows it.
 */
export function documentOwnedByPartner(
  actorRegionCode: string | null,
  ownerRegionCode: string | null,
  partyRegionCodes: readonly string[],
): boolean {
  return (
    ownerRegionCode !== null &&
    ownerRegionCode !== actorRegionCode &&
    partyRegionCodes.includes(ownerRegionCode)
  );
}
