// The Flowable peer of the benchmark (bench/peer/flowable, docs/benchmarks.md "Against Flowable"),
// started once from its jar on a database of its own in the stack's PostgreSQL: its port of the
// Art. 5 check gives libs/policy's verdicts on the same declarations, and its BPMN model deploys and
// carries one application through all six stages of Art. 6 to FILED.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkFilingConditions, RULESETS, selectRuleset, todayInShanghai, testing, type FilingCheckInput } from '@makerspace/policy';
import { sampleFiling } from '@makerspace/testing';
import { FlowablePeer, startFlowablePeer } from '../../../src/system/flowable-peer';
import { until } from '../../../src/support/stats';

let peer: FlowablePeer;

beforeAll(async () => {
  const logs = path.join(process.env.STACK_HOME ?? path.resolve(__dirname, '../../../../.stack'), 'logs');
  mkdirSync(logs, { recursive: true });
  peer = await startFlowablePeer({ database: `flowable${process.env.DATABASE_NAME_SUFFIX ?? '_test'}`, log: path.join(logs, 'flowable-peer-test.log') });
}, 240_000);

afterAll(async () => {
  await peer?.stop();
});

async function call<T = Record<string, unknown>>(method: string, route: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${peer.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

describe('the Art. 5 check ported to Java', () => {
  const { aQualifyingApplication, aValidUscc, someResidents, someActivities } = testing;
  const cases: [string, FilingCheckInput][] = [
    ['a qualifying application', aQualifyingApplication()],
    [
      'one failing seven rules, with an invalid USCC',
      aQualifyingApplication({
        organisation: { registeredOn: '2021-03-01', independentLegalPerson: false, uscc: '91210302MA0Y4Q2X5A' },
        figures: { totalAreaM2: 499.99, startupWorkstations: 14, mentors: [], staff: { total: 10, professionalIncubation: 5, property: 6 } },
      }),
    ],
    [
      'residents over 36 months and activities outside the window',
      aQualifyingApplication({
        figures: { residents: [...someResidents(16, '2020-09-01'), ...someResidents(3, '2017-01-01')], activities: someActivities(30, '2021-06-01') },
      }),
    ],
    [
      'month ends: registered on 31 December, submitted on 30 June',
      aQualifyingApplication({ submittedOn: '2021-06-30', organisation: { registeredOn: '2020-12-31' } }),
    ],
    ['registered one day short of six months', aQualifyingApplication({ submittedOn: '2021-06-29', organisation: { registeredOn: '2020-12-30' } })],
    [
      'a resident of exactly 36 months, one of 36 months and a day, one moving in later',
      aQualifyingApplication({
        figures: {
          residents: [
            ...someResidents(9, '2020-01-01'),
            { name: 'Edge', kind: 'TEAM', movedInOn: '2018-06-15', project: 'x' },
            { name: 'Over', kind: 'TEAM', movedInOn: '2018-06-14', project: 'x' },
            { name: 'Later', kind: 'COMPANY', movedInOn: '2021-07-01', project: 'x' },
          ],
        },
      }),
    ],
    ['a USCC of another city', aQualifyingApplication({ organisation: { uscc: aValidUscc('210102') } })],
    ['a USCC too short', aQualifyingApplication({ organisation: { uscc: '91210302MA0Y4Q2X' } })],
    ['a forbidden letter', aQualifyingApplication({ organisation: { uscc: '91210302MA0Y4Q2XI' + 'A' } })],
    ['a letter in the division code', aQualifyingApplication({ organisation: { uscc: '9121A302MA0Y4Q2X5A' } })],
    [
      'a venue outside the city, areas that do not add up',
      aQualifyingApplication({ venue: { divisionCode: '210102' }, figures: { totalAreaM2: 600.5, workstationAreaM2: 500.25, publicServiceAreaM2: 100.3 } }),
    ],
    [
      'a venue in the development zone, a share just under 75 %',
      aQualifyingApplication({ venue: { divisionCode: '210300-HTZ' }, figures: { totalAreaM2: 1000, workstationAreaM2: 549.99, publicServiceAreaM2: 200 } }),
    ],
    [
      'no staff at all, no facilities',
      aQualifyingApplication({
        figures: {
          staff: { total: 0, professionalIncubation: 0, property: 0 },
          facilities: { freeOrLowCostInternet: false, publicSoftware: false, sharedOfficeEquipment: false },
        },
      }),
    ],
    [
      '31 residents need three staff and three mentors; mentors of other bodies',
      aQualifyingApplication({
        figures: {
          residents: someResidents(31, '2020-06-15'),
          staff: { total: 4, professionalIncubation: 2, property: 1 },
          mentors: [
            { name: 'M1', appointedBy: 'OTHER' },
            { name: 'M2', appointedBy: 'PROVINCIAL_ST_DEPARTMENT' },
            { name: 'M3', appointedBy: 'INCUBATOR' },
          ],
        },
      }),
    ],
    [
      'new companies and financings counted once each, some outside the window',
      aQualifyingApplication({
        figures: {
          newCompaniesLast12Months: [
            { name: 'A', registeredOn: '2021-01-10' },
            { name: 'A', registeredOn: '2021-02-10' },
            { name: 'B', registeredOn: '2020-06-14' },
          ],
          financingsLast12Months: [
            { residentName: 'R', amountYuan: 1, investor: 'I', closedOn: '2020-06-15' },
            { residentName: 'R', amountYuan: 2, investor: 'I', closedOn: '2021-01-01' },
          ],
        },
      }),
    ],
    [
      'nothing in the window',
      aQualifyingApplication({ figures: { newCompaniesLast12Months: [], financingsLast12Months: [], activities: someActivities(4, '2021-06-15') } }),
    ],
    // Version 2 (from 2026-12-07) counts every declared resident for Art. 5(5): 15 within the limit
    // and 3 over it need one professional staff member and one mentor under version 1, two under 2.
    ...(['2026-12-06', '2026-12-07'] as const).map((submittedOn): [string, FilingCheckInput] => [
      `18 residents, 3 over 36 months, one staff member and one mentor, submitted ${submittedOn}`,
      aQualifyingApplication({
        submittedOn,
        figures: {
          residents: [...someResidents(15, '2025-06-01'), ...someResidents(3, '2022-01-01')],
          staff: { total: 2, professionalIncubation: 1, property: 1 },
          mentors: [{ name: 'M', appointedBy: 'INCUBATOR' }],
        },
      }),
    ]),
    [
      'the look-back window from a 29 February',
      aQualifyingApplication({
        submittedOn: '2024-02-29',
        figures: { financingsLast12Months: [{ residentName: 'R', amountYuan: 1, investor: 'I', closedOn: '2023-02-28' }] },
      }),
    ],
  ];

  it.each(cases)('gives the verdicts of libs/policy: %s', async (_what, input) => {
    const ours = JSON.parse(JSON.stringify(checkFilingConditions(input, selectRuleset(RULESETS, input.submittedOn))));
    const res = await call<{ passed: boolean; verdicts: unknown[] }>('POST', '/filings/check', input);
    expect(res.status).toBe(200);
    expect(res.body.verdicts).toEqual(ours.verdicts);
    expect(res.body.passed).toBe(ours.passed);
  });

  it('refuses a submission that fails Art. 5, naming the rules, and starts nothing', async () => {
    const sample = sampleFiling(todayInShanghai(new Date()));
    const res = await call('POST', '/filings', {
      applicationId: 'refused-1',
      applicantUserId: 'applicant-1',
      spaceName: 'x',
      organisation: sample.organisation,
      venue: { divisionCode: '210302' },
      figures: { ...sample.application.figures, startupWorkstations: 3 },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'CONDITIONS_NOT_MET', field: 'figures', article: 'Art. 5' });
    expect(res.body.message).toContain('ART5_3_WORKSTATIONS');
    const started = await call<{ total: number }>('GET', '/process-api/runtime/process-instances?businessKey=refused-1');
    expect(started.body.total).toBe(0);
  });

  it('refuses a declaration that misses a figure, naming it', async () => {
    const sample = sampleFiling(todayInShanghai(new Date()));
    const figures: Record<string, unknown> = { ...sample.application.figures };
    delete figures.startupWorkstations;
    const res = await call('POST', '/filings', {
      applicationId: 'refused-2',
      applicantUserId: 'a',
      spaceName: 'x',
      organisation: sample.organisation,
      venue: { divisionCode: '210302' },
      figures,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID', field: 'figures.startupWorkstations' });
  });
});

describe('the filing procedure modelled in BPMN', () => {
  const DISTRICT = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };
  const CITY = { id: 'officer-city', role: 'city-officer' };
  const reasons = [{ text: 'the venue plan is missing', article: 'Art. 5(2)' }];

  interface Task {
    id: string;
    taskDefinitionKey: string;
    assignee: string | null;
    dueDate: string;
  }

  const openTasks = async (processInstanceId: string) =>
    (await call<{ data: Task[] }>('GET', `/process-api/runtime/tasks?processInstanceId=${processInstanceId}&size=50`)).body.data;
  /** The open task `key` of the procedure (of `assignee`, for an expert's seat), once it is there. */
  const taskOf = (processInstanceId: string, key: string, assignee?: string) =>
    until(
      `task ${key}${assignee ? ` of ${assignee}` : ''}`,
      async () => (await openTasks(processInstanceId)).find((t) => t.taskDefinitionKey === key && (!assignee || t.assignee === assignee)),
      60_000,
      200,
    );
  const decide = async (taskId: string, decision: Record<string, unknown>) => {
    const res = await call('POST', `/tasks/${taskId}/decision`, decision);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
  };

  it('deploys, and carries an application through all six stages, a return and an objection, to FILED', async () => {
    const today = todayInShanghai(new Date());
    const sample = sampleFiling(today);
    const submitted = await call<{ processInstanceId: string }>('POST', '/filings', {
      applicationId: 'filed-1',
      applicantUserId: 'applicant-1',
      spaceName: sample.application.spaceName,
      organisation: sample.organisation,
      venue: { divisionCode: '210302' },
      figures: sample.application.figures,
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.processInstanceId;

    // Preliminary review: due 15 days on, watched by two reminders, the overdue notice and the escalation.
    let task = await taskOf(id, 'districtReview');
    const timers = await call<{ data: { dueDate: string }[] }>('GET', `/process-api/management/timer-jobs?processInstanceId=${id}`);
    expect(timers.body.data).toHaveLength(4);
    expect(new Date(task.dueDate).getTime()).toBeGreaterThan(Date.now() + 14 * 86_400_000);

    // Only the district's own officer may decide; a return needs its reasons.
    expect(
      (await call('POST', `/tasks/${task.id}/decision`, { actor: { ...DISTRICT, scope: '210303' }, outcome: 'RECOMMEND', recommendation: { documentId: 'r' } }))
        .status,
    ).toBe(403);
    expect((await call('POST', `/tasks/${task.id}/decision`, { actor: DISTRICT, outcome: 'RETURN' })).body).toMatchObject({
      code: 'REASON_REQUIRED',
      field: 'reasons',
      article: 'Art. 6',
    });

    // Returned for correction, corrected by the applicant, reviewed again by the same stage.
    await decide(task.id, { actor: DISTRICT, outcome: 'RETURN', reasons });
    const correction = await taskOf(id, 'correction');
    expect(correction.assignee).toBe('applicant-1');
    await decide(correction.id, { actor: { id: 'applicant-1', role: 'applicant' }, outcome: 'RESUBMIT', figures: sample.application.figures });
    task = await taskOf(id, 'districtReview');
    await decide(task.id, { actor: DISTRICT, outcome: 'RECOMMEND', recommendation: { documentId: 'rec-1', summary: '同意推荐' } });
    await decide((await taskOf(id, 'reReview')).id, { actor: CITY, outcome: 'PASS' });
    await decide((await taskOf(id, 'siteInspection')).id, { actor: CITY, outcome: 'PASS' });

    // Expert review: three seats; one declares a conflict and a substitute takes the seat.
    await decide((await taskOf(id, 'organisePanel')).id, { actor: CITY, outcome: 'ASSIGN_PANEL', experts: ['e1', 'e2', 'e3'] });
    await decide((await taskOf(id, 'expertScore', 'e1')).id, { actor: { id: 'e1', role: 'expert' }, outcome: 'SCORE', score: 80 });
    await decide((await taskOf(id, 'expertScore', 'e2')).id, {
      actor: { id: 'e2', role: 'expert' },
      outcome: 'CONFLICT',
      reasons: [{ text: 'former employer' }],
    });
    await decide((await taskOf(id, 'assignSubstitute')).id, { actor: CITY, outcome: 'ASSIGN_SUBSTITUTE', experts: ['e4'] });
    await decide((await taskOf(id, 'expertScore', 'e4')).id, { actor: { id: 'e4', role: 'expert' }, outcome: 'SCORE', score: 70 });
    await decide((await taskOf(id, 'expertScore', 'e3')).id, { actor: { id: 'e3', role: 'expert' }, outcome: 'SCORE', score: 75 });

    // Public notice: an objection lodged and dismissed; the notice period's timer, moved to now, ends it.
    const subscription = await until(
      'the objection subscription of the public notice',
      async () =>
        (await call<{ data: { id: string }[] }>('GET', `/process-api/runtime/executions?processInstanceId=${id}&messageEventSubscriptionName=objection`)).body
          .data[0],
      30_000,
    );
    expect((await call('PUT', `/process-api/runtime/executions/${subscription.id}`, { action: 'messageEventReceived', messageName: 'objection' })).status).toBe(
      200,
    );
    await decide((await taskOf(id, 'resolveObjection')).id, { actor: CITY, outcome: 'DISMISS' });
    const notice = (await call<{ data: { id: string }[] }>('GET', `/process-api/management/timer-jobs?processInstanceId=${id}`)).body.data;
    expect(notice).toHaveLength(1);
    expect((await call('POST', `/process-api/management/timer-jobs/${notice[0].id}`, { action: 'move' })).status).toBe(204);

    // The director's meeting files the space with its number.
    await decide((await taskOf(id, 'directorMeeting')).id, {
      actor: { id: 'secretary', role: 'meeting-secretary' },
      outcome: 'APPROVE',
      meeting: { meetingId: 'm-1', heldOn: today, filingNumber: 'AS-2026-001' },
    });
    const ended = await until(
      'the procedure to end',
      async () => {
        const h = await call<{ endActivityId: string | null; endTime: string | null }>('GET', `/process-api/history/historic-process-instances/${id}`);
        return h.body.endTime ? h.body : undefined;
      },
      30_000,
    );
    expect(ended.endActivityId).toBe('filed');
    const number = await call<{ value: string }>('GET', `/process-api/history/historic-variable-instances?processInstanceId=${id}&variableName=filingNumber`);
    expect(JSON.stringify(number.body)).toContain('AS-2026-001');
  });
});
