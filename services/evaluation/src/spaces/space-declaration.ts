import type { Space } from '.prisma/evaluation-client';
import { SpaceDeclaration } from '@makerspace/policy';

/** The space as last declared (policy SpaceDeclaration), when its organisation and figures are on record. */
export function declarationOf(space: Pick<Space, 'organisation' | 'figures' | 'divisionCode'>): SpaceDeclaration | null {
  const parsed = SpaceDeclaration.safeParse({ organisation: space.organisation, venue: { divisionCode: space.divisionCode }, figures: space.figures });
  return parsed.success ? parsed.data : null;
}
