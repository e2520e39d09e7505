import { EvaluationResult, resultsByDivision, segmentOrder } from './evaluation';

const result = (divisionCode: string, status: EvaluationResult['status'], grade: string | null = null): EvaluationResult => ({
  spaceId: `${divisionCode}-${Math.random()}`,
  year: 2026,
  divisionCode,
  status,
  grade,
  scoredGrade: grade,
  score: null,
  spaceName: null,
  filingNumber: null,
});

describe('results by district (Art. 7)', () => {
  it('counts confirmed results by grade and the others by where they stand', () => {
    const tallies = resultsByDivision([
      result('210302', 'CONFIRMED', 'A'),
      result('210302', 'CONFIRMED', 'C'),
      result('210302', 'SCORED'),
      result('210303', 'CONFIRMED', 'D'),
      result('210303', 'REQUESTED'),
    ]);
    expect(tallies.get('210302')).toEqual({ A: 1, C: 1, SCORED: 1 });
    expect(tallies.get('210303')).toEqual({ D: 1, REQUESTED: 1 });
  });

  it('draws grades in order, then what is pending', () => {
    expect(
      segmentOrder([
        { REQUESTED: 1, C: 2 },
        { A: 1, SCORED: 1 },
      ]),
    ).toEqual(['A', 'C', 'SCORED', 'REQUESTED']);
  });
});
