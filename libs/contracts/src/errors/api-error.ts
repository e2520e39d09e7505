/**
 * An error as the services raise it: a code, a message, and for a refusal of fields every failing
 * field at once, a rule of the Measures naming its article. The HTTP edge answers it as a problem
 * document (./problem.ts).
 */
export interface FieldIssue {
  /** The field's path in the request, dot-separated ("figures.staff.total"). */
  field: string;
  rule: string;
  /** In English, or in both languages as "中文 / English". */
  message: string;
  /** In Chinese, where the message is English only. */
  messageZh?: string;
  article?: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  issues?: FieldIssue[];
}
