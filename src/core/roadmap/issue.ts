import type { PathSegment } from './path.js';

/**
 * What is wrong, as a code and its values: the core says it in no language, and the message
 * catalogues (`issue.<code>`) say it in each.
 */
export type IssueCode =
  | 'duplicateStage'
  | 'duplicateTopic'
  | 'duplicateQuiz'
  | 'unknownQuiz'
  | 'unknownQuizNone'
  | 'emptyStage'
  | 'emptyQuiz'
  | 'duplicateQuestion'
  | 'samePrompt'
  | 'unknownQuestionTopic'
  | 'answerOutOfRange'
  | 'answersOutOfRange'
  | 'answerTwice'
  | 'rangeInverted'
  | 'placeholderUnknown'
  | 'formulaSyntax'
  | 'formulaVariable'
  | 'formulaFunction'
  | 'formulaNode'
  | 'formulaLiteral'
  | 'formulaOperator'
  | 'formatVersion'
  | 'unknownField'
  | 'includePath'
  | 'includeFailed'
  | 'yamlSyntax'
  | 'emptyFile'
  | 'tooManyAliases'
  | 'zod'
  | 'required'
  | 'fileProblem'
  | 'idFormat'
  | 'langCode'
  | 'emptyText'
  | 'needLanguage'
  | 'url'
  | 'httpOnly'
  | 'learnEmpty'
  | 'choicesMin'
  | 'multipleAnswerMin'
  | 'answersMin'
  | 'finite'
  | 'rangeFormat'
  | 'variableName'
  | 'stagesMin'
  | 'missingLangPlain'
  | 'missingLang'
  | 'noAnswerInLang'
  | 'formulaNotFinite'
  | 'tooDeep'
  // validator wording (format2)
  | 'wrongType'
  | 'mustBe'
  | 'notAllowed'
  | 'questionType'
  | 'invalidValue'
  | 'tooBigNumber'
  | 'tooBigList'
  | 'tooBigText'
  | 'tooSmallNumber'
  | 'tooSmallList'
  | 'tooSmallText'
  | 'indentSibling'
  | 'indentDeeper'
  | 'noExplanation'
  | 'codeOutsideFence'
  // exercises
  | 'emptyRun'
  | 'moduleName'
  | 'programName'
  | 'duplicateExercise'
  | 'unknownExercise'
  | 'unknownExerciseNone'
  | 'exerciseDirMissing'
  | 'exerciseDirOutside';

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Said {
  code: IssueCode;
  params?: IssueParams;
}

/** A problem at a path of one document. */
export interface PathIssue extends Said {
  path: PathSegment[];
}

/** Custom zod messages are codes, marked so the parser can tell them from zod's own words. */
export const CODE_MARK = '@';
export const coded = (code: IssueCode) => `${CODE_MARK}${code}`;
