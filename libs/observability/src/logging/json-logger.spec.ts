import { trace } from '@opentelemetry/api';
import { startTracing, Tracing } from '../tracing/tracing';
import { JsonLogger } from './json-logger';

/** What the logger wrote, one parsed JSON line per record. */
function written(run: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('log lines', () => {
  let tracing: Tracing;
  beforeAll(() => (tracing = startTracing('intake', {})));
  afterAll(() => tracing.shutdown());

  it('are JSON with level, time, service, message and the class that logged', () => {
    const [line] = written(() => new JsonLogger('intake').log('application submitted', 'SubmissionService'));
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'intake',
      message: 'application submitted',
      context: 'SubmissionService',
    });
  });

  it('carry the trace and span of the work they belong to', () => {
    const tracer = trace.getTracer('intake');
    let ids = { traceId: '', spanId: '' };
    const [line] = written(() =>
      tracer.startActiveSpan('POST /applications/:id/submit', (span) => {
        ids = span.spanContext();
        new JsonLogger('intake').warn('the workflow answered slowly', 'FilingWorkflow');
        span.end();
      }),
    );
    expect(line).toMatchObject({ level: 'warn', trace_id: ids.traceId, span_id: ids.spanId });
  });

  it('keep an error with its stack', () => {
    const [line] = written(() => new JsonLogger('review').error('the decision failed', 'Error: boom\n    at decide', 'DecisionService'));
    expect(line).toMatchObject({ level: 'error', message: 'the decision failed', stack: 'Error: boom\n    at decide', context: 'DecisionService' });
  });

  it('leave out what is more detailed than LOG_LEVEL', () => {
    expect(written(() => new JsonLogger('review', 'warn').log('routine'))).toEqual([]);
    expect(written(() => new JsonLogger('review', 'warn').warn('unusual'))).toHaveLength(1);
  });
});
