import { STATUS_CODES } from 'node:http';
import { FieldIssue, ProblemDocument, ProblemFieldError, problemType, splitBilingual } from '@makerspace/contracts';

/** What an error says before it becomes a problem document: its code, message, issues and any further members. */
export interface RaisedError {
  code: string;
  message: string;
  issues?: FieldIssue[];
  [extension: string]: unknown;
}

/** The problem document (RFC 9457) of an error answered with `status` to a request for `instance`. */
export function problemDocument(status: number, raised: RaisedError, instance: string): ProblemDocument {
  const { code, message, issues, ...extensions } = raised;
  return {
    ...extensions,
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: message,
    instance,
    code,
    ...(issues && issues.length > 0 ? { errors: issues.map(fieldError) } : {}),
  };
}

const ISSUE_MEMBERS = new Set(['field', 'rule', 'message', 'messageZh', 'article']);

/**
 * A field issue as one entry of a problem's `errors`: where, which rule, the article, in both
 * languages, and whatever else the issue says (an import's row and column).
 */
export function fieldError(issue: FieldIssue): ProblemFieldError {
  const { field, message } = issue;
  const extensions = Object.fromEntries(Object.entries(issue).filter(([key]) => !ISSUE_MEMBERS.has(key)));
  const both = splitBilingual(message);
  return {
    ...extensions,
    pointer: jsonPointer(field),
    rule: issue.rule,
    ...(issue.article ? { article: issue.article } : {}),
    message_zh: both?.zh ?? issue.messageZh ?? inChinese(issue),
    message_en: both?.en ?? message,
  };
}

/**
 * "figures.staff.total" as the JSON Pointer "/figures/staff/total" (RFC 6901 escapes); a field in
 * parentheses ("(body)", "(request)") names the whole request, the empty pointer.
 */
export function jsonPointer(field: string): string {
  if (field === '' || /^\(.*\)$/.test(field)) return '';
  return field
    .split('.')
    .map((segment) => '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

/** The rules the services raise outside zod, in Chinese. */
const RULES_ZH: Readonly<Record<string, string>> = {
  required: '必填',
  REASON_REQUIRED: '须说明理由',
  INVALID: '不符合要求',
  CLOSED: '该程序未开始或已结束',
  WRONG_STAGE: '当前阶段不能进行该操作',
  NOT_YOURS: '无权对此操作',
  UNKNOWN_TASK: '没有该任务',
  fileType: '不接受该文件类型',
  maxBytes: '文件超过大小上限',
  complete: '文件未完整上传',
  multipart: '文件须以 multipart/form-data 上传',
  text: '含有不能保存的字符',
};

/** A Chinese message for an issue given in English only: the rule's words, with the English detail after them. */
function inChinese(issue: FieldIssue): string {
  const rule = RULES_ZH[issue.rule] ?? `不符合规则“${issue.rule}”`;
  return `${rule}（${issue.message}）`;
}
