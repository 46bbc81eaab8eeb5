import type { IssueCode, Said } from '../core/roadmap/issue.js';
import { t, type MessageKey } from './index.js';

/** Every issue code has a message in the catalogues; this fails to compile otherwise. */
type IssueKey = `issue.${IssueCode}`;
const everyCodeHasAMessage: [Exclude<IssueKey, MessageKey>] extends [never] ? true : never = true;
void everyCodeHasAMessage;

/** An issue in the chosen language. */
export function describeIssue(said: Said): string {
  return t(`issue.${said.code}` as IssueKey, said.params ?? {});
}
