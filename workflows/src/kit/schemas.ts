/*
 * The zod schemas workflow code parses with, built when a workflow first parses, not when it starts.
 *
 * The SDK evaluates the bundle's modules anew for every workflow (it keeps workflows' module state
 * apart), so a schema built at module load would cost every workflow started or replayed, most of
 * which never receive a message. So workflow code imports no module that builds a schema, or zod
 * itself, and asks here instead: the first call requires the libraries' schemas (synchronously,
 * update validators are synchronous), once per workflow, since module state is per workflow.
 * Destructuring the `require` names the exports taken, so the bundle keeps only those schemas.
 */

type Contracts = typeof import('@makerspace/contracts');
type Policy = typeof import('@makerspace/policy');

export type WorkflowSchemas = Pick<
  Contracts,
  'ChangeDecision' | 'ChangeReport' | 'Decision' | 'ResultConfirmation' | 'ReviewFindings' | 'ReviewOrder' | 'SelfReportCheck'
> &
  Pick<Policy, 'DeclaredFigures' | 'SelfReport' | 'SpaceChange' | 'SpaceDeclaration'>;

let loaded: WorkflowSchemas | undefined;

export function schemas(): WorkflowSchemas {
  return (loaded ??= load());
}

function load(): WorkflowSchemas {
  /* eslint-disable @typescript-eslint/no-require-imports -- a require runs when called, an import at load */
  const { ChangeDecision, ChangeReport, Decision, ResultConfirmation, ReviewFindings, ReviewOrder, SelfReportCheck } = require('@makerspace/contracts') as Contracts;
  const { DeclaredFigures, SelfReport, SpaceChange, SpaceDeclaration } = require('@makerspace/policy') as Policy;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { ChangeDecision, ChangeReport, Decision, ResultConfirmation, ReviewFindings, ReviewOrder, SelfReportCheck, DeclaredFigures, SelfReport, SpaceChange, SpaceDeclaration };
}
