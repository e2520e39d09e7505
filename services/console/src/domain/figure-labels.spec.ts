import { translator } from '../i18n/translate';
import { figureLabel } from './figure-labels';

describe('figures named as the form names them', () => {
  const zh = translator('zh');
  const en = translator('en');

  it('names a figure, a part of one, and a field of the nth item of a list', () => {
    expect(figureLabel('totalAreaM2', zh)).toBe(zh('figures.totalArea'));
    expect(figureLabel('staff.total', en)).toBe('Total staff');
    expect(figureLabel('residents.2.movedInOn', en)).toBe('Resident 3: moved in on');
    expect(figureLabel('figures.activities.0.participants', zh)).toBe(zh('figures.participants', { n: 1 }));
    expect(figureLabel('residents', zh)).toBe(zh('figures.residents'));
  });

  it('names nothing it does not know', () => {
    expect(figureLabel('organisationId', zh)).toBeUndefined();
    expect(figureLabel('residents.x.name', zh)).toBeUndefined();
  });
});
