import { MeetingRecord } from './meeting-record';

const app = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const task = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;

describe("a director's meeting record", () => {
  it('decides several applications at one meeting', () => {
    const record = MeetingRecord.parse({
      meetingId: '2026-12',
      heldOn: '2026-12-20',
      decisions: [
        { applicationId: app(1), taskId: task(1), decision: 'APPROVE' },
        {
          applicationId: app(2),
          taskId: task(2),
          decision: 'DECLINE',
          reasons: [{ text: '孵化服务不足 / too little incubation service', article: 'Art. 5(4)' }],
        },
      ],
    });
    expect(record.decisions.map((d) => d.decision)).toEqual(['APPROVE', 'DECLINE']);
  });

  it('needs the reasons of every decline, each at its place in the record', () => {
    const result = MeetingRecord.safeParse({
      meetingId: '2026-12',
      heldOn: '2026-12-20',
      decisions: [
        { applicationId: app(1), taskId: task(1), decision: 'APPROVE' },
        { applicationId: app(2), taskId: task(2), decision: 'DECLINE' },
      ],
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['decisions', 1, 'reasons'], params: { rule: 'REASON_REQUIRED', article: 'Art. 6' } }),
    ]);
  });

  it('decides an application once per record', () => {
    const result = MeetingRecord.safeParse({
      meetingId: '2026-12',
      heldOn: '2026-12-20',
      decisions: [
        { applicationId: app(1), taskId: task(1), decision: 'APPROVE' },
        { applicationId: app(1), taskId: task(1), decision: 'APPROVE' },
      ],
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['decisions', 1, 'applicationId']]);
  });

  it('needs the date the meeting was held', () => {
    expect(
      MeetingRecord.safeParse({ meetingId: 'm', heldOn: '20 Dec', decisions: [{ applicationId: app(1), taskId: task(1), decision: 'APPROVE' }] }).success,
    ).toBe(false);
  });
});
