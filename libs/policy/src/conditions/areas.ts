import { formatNumber } from '../text/format';
import type { DeclaredFigures } from './declared-figures';

/**
 * The areas of Art. 5(2), read once for the three area rules. They are compared in whole hundredths
 * of a square metre, so floating-point sums (0.1 + 0.2) never decide a case.
 */
export interface VenueAreas {
  readonly totalCenti: number;
  /** Workstation plus public service area. */
  readonly serviceCenti: number;
  readonly totalText: string;
  readonly serviceText: string;
}

export function centi(squareMetres: number): number {
  return Math.round(squareMetres * 100);
}

export function readAreas(figures: DeclaredFigures): VenueAreas {
  const totalCenti = centi(figures.totalAreaM2);
  const serviceCenti = centi(figures.workstationAreaM2) + centi(figures.publicServiceAreaM2);
  return {
    totalCenti,
    serviceCenti,
    totalText: formatNumber(totalCenti / 100),
    serviceText: formatNumber(serviceCenti / 100),
  };
}
