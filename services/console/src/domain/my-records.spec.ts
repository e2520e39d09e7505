import { MyRecordsStore } from './my-records';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the records a person created from this browser', () => {
  it('keeps each person apart, newest application first, each once', () => {
    const storage = memoryStorage();
    const mine = new MyRecordsStore(storage, 'applicant-1');
    mine.addOrganisation({ id: 'o1', name: '鞍山创新' });
    mine.addApplication({ id: 'a1', spaceName: 'one' });
    mine.addApplication({ id: 'a2', spaceName: 'two' });
    mine.addApplication({ id: 'a1', spaceName: 'one again' });
    expect(mine.read()).toEqual({
      organisations: [{ id: 'o1', name: '鞍山创新' }],
      applications: [
        { id: 'a1', spaceName: 'one again' },
        { id: 'a2', spaceName: 'two' },
      ],
    });
    expect(new MyRecordsStore(storage, 'applicant-2').read()).toEqual({ organisations: [], applications: [] });
  });

  it('starts empty when what is stored cannot be read', () => {
    const storage = memoryStorage();
    storage.setItem('makerspace-console.records.p', '{not json');
    expect(new MyRecordsStore(storage, 'p').read()).toEqual({ organisations: [], applications: [] });
  });
});
