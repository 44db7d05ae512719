/** Officials and their terms of office: the public face of src/domain/officials. */
export {
  checkSignatoryTerm,
  holderOn,
  normalizePersonName,
  personNameKey,
  samePersonName,
  termSchema,
} from './terms';
export type { SignatoryForTerm, Term } from './terms';
