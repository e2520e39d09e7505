import type { Expert } from '@makerspace/identity';

/**
 * Why an expert may not score an application, from the directory's data: the expert works for the
 * applying organisation (the same unified social credit code). Null when the data shows none; an
 * expert whose organisation the directory does not record can only declare a conflict themselves.
 */
export function conflictOf(expert: Expert, applyingUscc: string | null): string | null {
  if (!applyingUscc || !expert.organisationUscc || expert.organisationUscc !== applyingUscc) return null;
  return `${expert.name} works for the applying organisation (${expert.organisation ?? applyingUscc}, ${applyingUscc}): a conflict of interest`;
}
