import { conflictOf } from './conflict-of-interest';

const expert = (organisationUscc: string | null) => ({ id: 'e-1', name: '张 电子', field: '电子信息', organisation: '辽宁科技大学', organisationUscc });

describe("an expert's conflict of interest, from the directory's data", () => {
  it('is found when the expert works for the applying organisation (the same USCC)', () => {
    expect(conflictOf(expert('12210300A012345673'), '12210300A012345673')).toBe(
      '张 电子 works for the applying organisation (辽宁科技大学, 12210300A012345673): a conflict of interest',
    );
  });

  it('is not found for another organisation, or where either code is not known', () => {
    expect(conflictOf(expert('12210300A012345673'), '91210300MA0QX12348')).toBeNull();
    expect(conflictOf(expert(null), '91210300MA0QX12348')).toBeNull();
    expect(conflictOf(expert('12210300A012345673'), null)).toBeNull();
  });
});
