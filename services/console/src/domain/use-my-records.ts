import { useMemo } from 'react';
import { useConsole } from '../app-context';
import { MyRecordsStore } from './my-records';

export function useMyRecords(): MyRecordsStore | null {
  const { session } = useConsole();
  const personId = session?.person.id;
  return useMemo(() => (personId ? new MyRecordsStore(window.localStorage, personId) : null), [personId]);
}
