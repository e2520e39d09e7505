import { z } from 'zod';
import { ApiException } from './api-exception';
import { ZodValidationPipe } from './zod-validation';

const Body = z.object({ name: z.string().min(1), area: z.number().min(0), contact: z.object({ email: z.email() }) });

describe('validating a request body', () => {
  const pipe = new ZodValidationPipe(Body);

  it('passes a valid body through, parsed', () => {
    expect(pipe.transform({ name: 'x', area: 500, contact: { email: 'a@b.cn' } }, { type: 'body' })).toEqual({
      name: 'x',
      area: 500,
      contact: { email: 'a@b.cn' },
    });
  });

  it('answers 400 listing every failing field at once', () => {
    try {
      pipe.transform({ name: '', area: -1, contact: { email: 'nope' } }, { type: 'body' });
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(ApiException);
      const answer = (e as ApiException).getResponse() as { code: string; issues: { field: string }[] };
      expect((e as ApiException).getStatus()).toBe(400);
      expect(answer.code).toBe('VALIDATION_FAILED');
      expect(answer.issues.map((i) => i.field).sort()).toEqual(['area', 'contact.email', 'name']);
    }
  });

  it('words each issue in Chinese too, where the schema has no message of its own', () => {
    const Named = z.object({ name: z.string().min(1), reason: z.string().refine((r) => r.length > 3, { message: 'a reason of more than 3 characters' }) });
    try {
      new ZodValidationPipe(Named).transform({ name: '', reason: 'no' }, { type: 'body' });
      throw new Error('expected a refusal');
    } catch (e) {
      const { issues } = (e as ApiException).getResponse() as { issues: { field: string; message: string; messageZh?: string }[] };
      expect(issues.find((i) => i.field === 'name')?.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(issues.find((i) => i.field === 'reason')).not.toHaveProperty('messageZh');
    }
  });
});
