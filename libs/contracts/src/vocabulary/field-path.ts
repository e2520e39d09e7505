/** A field a problem names by its JSON Pointer ("/figures/staff/total") as a dotted path ("figures.staff.total"). */
export const fieldPath = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
