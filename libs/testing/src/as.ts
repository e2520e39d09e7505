/** A person a test acts as: who, in which role, for what (organisation id, division code). */
export interface As {
  id: string;
  role: string;
  scope?: string | null;
}
