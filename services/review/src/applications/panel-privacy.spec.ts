import type { ExpertSeat, FilingState, HistoryEntry } from '@makerspace/contracts';
import { expertView } from './panel-privacy';

const at = '2026-11-27T02:00:00.000Z';
const system = { id: 'filing-workflow', role: 'system' };

function underExpertReview(panel: ExpertSeat[], history: HistoryEntry[] = []): FilingState {
  return {
    applicationId: 'a1',
    status: 'IN_REVIEW',
    stage: 'EXPERT_REVIEW',
    returnedAt: null,
    correctBy: null,
    openTasks: [],
    history: [{ at, actor: system, action: 'stage-entered', stage: 'EXPERT_REVIEW' }, ...history],
    panel,
    notice: null,
    filingNumber: null,
    spaceId: null,
    figures: {},
  };
}

describe("an expert's view of an application (Art. 6(4): the panel scores independently)", () => {
  it("hides the other seats' scores while the panel is still scoring, and keeps the expert's own", () => {
    const state = underExpertReview([
      { expertId: 'e1', status: 'SCORED', score: 82 },
      { expertId: 'e2', status: 'SCORED', score: 64 },
      { expertId: 'e3', status: 'ASSIGNED' },
    ]);
    expect(expertView(state, 'e1')?.panel).toEqual([
      { expertId: 'e1', status: 'SCORED', score: 82 },
      { expertId: 'e2', status: 'SCORED' },
      { expertId: 'e3', status: 'ASSIGNED' },
    ]);
  });

  it('shows every score once the panel has scored', () => {
    const panel: ExpertSeat[] = [
      { expertId: 'e1', status: 'SCORED', score: 82 },
      { expertId: 'e2', status: 'CONFLICT' },
      { expertId: 'e3', status: 'SCORED', score: 74 },
      { expertId: 'e4', status: 'SCORED', score: 70 },
    ];
    const state = underExpertReview(panel, [
      { at, actor: system, action: 'panel-scored', stage: 'EXPERT_REVIEW', detail: { scores: { e1: 82, e3: 74, e4: 70 }, mean: 75.3 } },
    ]);
    expect(expertView(state, 'e3')).toEqual(state);
  });

  it('does not show an application to an expert who is not on its panel', () => {
    expect(expertView(underExpertReview([{ expertId: 'e1', status: 'ASSIGNED' }]), 'e9')).toBeUndefined();
  });

  it('takes an expert who declared a conflict off the application', () => {
    expect(
      expertView(
        underExpertReview([
          { expertId: 'e2', status: 'CONFLICT' },
          { expertId: 'e4', status: 'ASSIGNED' },
        ]),
        'e2',
      ),
    ).toBeUndefined();
  });

  it('leaves the state it was given unchanged', () => {
    const state = underExpertReview([
      { expertId: 'e1', status: 'SCORED', score: 82 },
      { expertId: 'e2', status: 'SCORED', score: 64 },
    ]);
    expertView(state, 'e1');
    expect(state.panel[1]).toEqual({ expertId: 'e2', status: 'SCORED', score: 64 });
  });
});
