import type { IssueCode, Said } from '../core/roadmap/issue.js';
import type { MessageKey, Translator } from './index.js';

/** Every issue code has a message in the catalogues; this fails to compile otherwise. */
type IssueKey = `issue.${IssueCode}`;
const everyCodeHasAMessage: [Exclude<IssueKey, MessageKey>] extends [never] ? true : never = true;
void everyCodeHasAMessage;

/** An issue in `t`'s language; `expected` and `found` name kinds, worded here too. */
export function describeIssue(t: Translator, said: Said): string {
  const params: Record<string, string | number> = { ...(said.params ?? {}) };
  if (said.code === 'wrongType' || said.code === 'required') {
    params.expected = t(`expect.${String(params.expected)}` as MessageKey);
    if (params.found !== undefined) params.found = t(`found.${String(params.found)}` as MessageKey, { value: params.value ?? '' });
  }
  // An include the store could not read: its reason comes as a message key of its own.
  if (said.code === 'includeFailed' && typeof params.key === 'string') return t(params.key as MessageKey, params);
  return t(`issue.${said.code}` as IssueKey, params);
}
