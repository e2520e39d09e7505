import type { TaskKind } from './filing';

/** A task on a staff desk, as the review service's inbox answers it (GET /tasks). */
export interface InboxTask {
  id: string;
  applicationId: string;
  stage: string;
  kind: TaskKind;
  assigneeRole: string;
  scope: string | null;
  assigneeId: string | null;
  titleZh: string;
  titleEn: string;
  status: string;
  dueOn: string;
  overdue: boolean;
  escalated: boolean;
  claimedBy: string | null;
  /** The name its application was submitted under (null before the review service heard of it). */
  spaceName: string | null;
}
