import { actorRefusal, objectListRefusal, oneOfRefusal, optionalTextRefusal, reasonsOf, reasonsRefusal, textListRefusal, textRefusal } from './message-fields';

/** What a workflow checks of a message that did not come through a service: the field it reads, named in the refusal. */
describe('the fields a workflow reads from a message', () => {
  it('takes a person acting with an id and a role, and a scope that is a text or null', () => {
    expect(actorRefusal({ id: 'officer-1', role: 'district-officer', scope: '210302' })).toBeUndefined();
    expect(actorRefusal({ id: 'officer-1', role: 'city-officer', scope: null })).toBeUndefined();
    expect(actorRefusal(undefined)).toMatchObject({ code: 'INVALID', field: 'actor' });
    expect(actorRefusal({ id: 'officer-1' })).toMatchObject({ code: 'INVALID', field: 'actor' });
    expect(actorRefusal({ id: ' ', role: 'expert' })).toMatchObject({ code: 'INVALID', field: 'actor' });
    expect(actorRefusal({ id: 'officer-1', role: 'expert', scope: 7 })).toMatchObject({ code: 'INVALID', field: 'actor.scope' });
  });

  it('takes reasons as a list, each with its text and an article as a text', () => {
    expect(reasonsRefusal(undefined)).toBeUndefined();
    expect(reasonsRefusal([{ text: 'the lease lacks its sealed page', article: 'Art. 5(2)' }])).toBeUndefined();
    expect(reasonsRefusal('no')).toMatchObject({ code: 'INVALID', field: 'reasons' });
    expect(reasonsRefusal([{ text: 'fine' }, { text: '' }])).toMatchObject({ code: 'INVALID', field: 'reasons.1' });
    expect(reasonsRefusal([{ text: 'fine', article: 5 }])).toMatchObject({ code: 'INVALID', field: 'reasons.0' });
  });

  it('asks for at least one where the rule needs findings', () => {
    expect(reasonsRefusal([], 'findings', 1)).toMatchObject({ code: 'INVALID', field: 'findings', message: 'findings lists at least 1' });
    expect(reasonsRefusal(undefined, 'findings', 1)).toMatchObject({ code: 'INVALID', field: 'findings' });
  });

  it('keeps reasons as the contracts read them: none when absent, texts trimmed, nothing else', () => {
    expect(reasonsOf(undefined)).toEqual([]);
    expect(reasonsOf([{ text: '  no lease  ', article: 'Art. 5(2)', extra: 1 } as never, { text: 'x' }])).toEqual([
      { text: 'no lease', article: 'Art. 5(2)' },
      { text: 'x' },
    ]);
  });

  it('names the field of a missing text, a choice outside its list, a list of the wrong kind', () => {
    expect(textRefusal('task-1', 'taskId')).toBeUndefined();
    expect(textRefusal(42, 'taskId')).toMatchObject({ code: 'INVALID', field: 'taskId' });
    expect(optionalTextRefusal(undefined, 'note')).toBeUndefined();
    expect(optionalTextRefusal(['a'], 'note')).toMatchObject({ field: 'note' });
    expect(oneOfRefusal('PASS', ['PASS', 'CONCERNS'], 'outcome')).toBeUndefined();
    expect(oneOfRefusal('MAYBE', ['PASS', 'CONCERNS'], 'outcome')).toMatchObject({ field: 'outcome', message: 'outcome must be one of PASS, CONCERNS' });
    expect(textListRefusal(['expert-1', 'expert-2'], 'experts')).toBeUndefined();
    expect(textListRefusal(['expert-1', 3], 'experts')).toMatchObject({ field: 'experts' });
    expect(objectListRefusal([{ documentId: 'd' }, 'x'], 'evidence')).toMatchObject({ field: 'evidence.1' });
  });
});
