import { documentKindLabels, stageLabels, type Label } from '../../domain/agreements';
import type { IssueDto, RequirementDto } from '../api/agreements';
import type { Translate } from './context';
import { id as idMessages, type MessageKey } from './id';

function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(idMessages, key);
}

/**
 * The message of an issue or requirement in the current language, by its stable code; the server's
 * English message is the fallback for a code the UI does not know yet.
 */
export function issueText(
  t: Translate,
  issue: Pick<IssueDto | RequirementDto, 'code' | 'message' | 'params'>,
  label: (value: Label) => string,
): string {
  const key = `issue.${issue.code}`;
  if (!hasMessage(key)) return issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  const documentKind = issue.params?.documentKind;
  if (typeof documentKind === 'string') {
    const kindLabel = (documentKindLabels as Record<string, Label | undefined>)[documentKind];
    params.document = kindLabel ? label(kindLabel) : documentKind;
  }
  const previousStage = issue.params?.previousStage;
  if (typeof previousStage === 'string') {
    const stageLabel = (stageLabels as Record<string, Label | undefined>)[previousStage];
    params.previousStageLabel = stageLabel ? label(stageLabel) : previousStage;
  }
  return t(key, params);
}
