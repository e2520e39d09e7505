// Drops and creates the bench's own databases (`<service>_bench`) on the stack's PostgreSQL;
// infra/local/bench.sh then applies the services' migrations to them.
import { freshBenchDatabases } from './system/bench-databases';

freshBenchDatabases(process.env.BENCH_DATABASE_SUFFIX ?? '_bench')
  .then((names) => console.log(`[bench] fresh databases ${names.join(', ')}`))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
