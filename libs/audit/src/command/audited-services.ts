/** The services that keep an audit chain, each in its own database (notification changes no record on request). */
export const AUDITED_SERVICES = ['intake', 'review', 'evaluation'] as const;
