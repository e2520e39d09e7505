import { systemEnv } from './fault-servers';

// Every scenario's services talk to the suite's own servers and databases, never the shared stack's.
Object.assign(process.env, systemEnv());
