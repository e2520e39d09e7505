import { systemEnv } from './cluster-servers';

// The suite's clients and checks talk to its own servers and databases, never the shared stack's.
Object.assign(process.env, systemEnv());
