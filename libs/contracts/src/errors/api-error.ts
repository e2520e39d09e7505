/**
 * The one error shape every service answers with. Validation errors list every failing field at
 * once; a rule of the Measures names its article.
 */
export interface FieldIssue {
  field: string;
  rule: string;
  message: string;
  article?: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  issues?: FieldIssue[];
}
