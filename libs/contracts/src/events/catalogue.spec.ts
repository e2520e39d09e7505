import { EVENT_TYPES, payloadSchema, topicOf, TOPICS } from './catalogue';

describe('the event catalogue', () => {
  it('keeps a space’s changes on the space topic with its revocation, in order for consumers', () => {
    expect(topicOf('change.registered')).toBe(TOPICS.space);
    expect(topicOf('change.approved')).toBe(TOPICS.space);
    expect(topicOf('space.revoked')).toBe(TOPICS.space);
  });

  it('announces a space imported at go-live on the space topic, before anything supervision says of it', () => {
    expect(topicOf('space.imported')).toBe(TOPICS.space);
  });

  it('carries what the public registry shows of an imported space, which is ACTIVE', () => {
    const imported = {
      spaceId: 's',
      filingNumber: '鞍科众备〔2021〕007',
      spaceName: '鞍山创客空间',
      organisationId: '91210302MA0XXXXXXX',
      divisionCode: '210302',
      organisationName: '鞍山市某运营有限公司',
      uscc: '91210302MA0XXXXXXX',
      filedOn: '2021-04-18',
      status: 'ACTIVE',
      importId: 'i',
    };
    expect(payloadSchema('space.imported').safeParse(imported).success).toBe(true);
    expect(payloadSchema('space.imported').safeParse({ ...imported, status: 'REVOKED' }).success).toBe(false);
    expect(payloadSchema('space.imported').safeParse({ ...imported, organisationName: undefined }).success).toBe(false);
    expect(payloadSchema('space.imported').safeParse({ ...imported, filedOn: '18/04/2021' }).success).toBe(false);
  });

  it('puts the yearly evaluation on the evaluation topic and the filing procedure on the filing topic', () => {
    expect(topicOf('evaluation.self-report.requested')).toBe(TOPICS.evaluation);
    expect(topicOf('evaluation.cycle.opened')).toBe(TOPICS.evaluation);
    expect(topicOf('application.filed')).toBe(TOPICS.filing);
  });

  it('refuses a revocation without its article or reasons', () => {
    const space = { spaceId: 's', filingNumber: 'f', spaceName: 'n', organisationId: 'o', divisionCode: '210302' };
    expect(payloadSchema('space.revoked').safeParse({ ...space, revokedOn: '2027-05-01', article: 'Art. 7', reasons: [{ text: 'two years D' }] }).success).toBe(
      true,
    );
    expect(payloadSchema('space.revoked').safeParse({ ...space, revokedOn: '2027-05-01', article: 'Art. 6', reasons: [{ text: 'x' }] }).success).toBe(false);
    expect(payloadSchema('space.revoked').safeParse({ ...space, revokedOn: '2027-05-01', article: 'Art. 8', reasons: [] }).success).toBe(false);
  });

  it('has a schema for every type', () => {
    for (const type of EVENT_TYPES) expect(payloadSchema(type)).toBeDefined();
  });
});
