import type { FilingState } from '@makerspace/contracts';

/**
 * What an expert may see of an application (Art. 6(4): the panel scores independently): only an
 * application whose panel it sits on (a declared conflict takes it off), and until every score is
 * in, no other seat's score. Undefined when the application is not the expert's to see.
 */
export function expertView(state: FilingState, expertId: string): FilingState | undefined {
  if (!state.panel.some((s) => s.expertId === expertId && s.status !== 'CONFLICT')) return undefined;
  if (panelComplete(state)) return state;
  return { ...state, panel: state.panel.map((s) => (s.expertId === expertId ? s : { expertId: s.expertId, status: s.status })) };
}

/** The workflow records `panel-scored` once every seat has scored. */
const panelComplete = (state: FilingState) => state.history.some((h) => h.action === 'panel-scored');
