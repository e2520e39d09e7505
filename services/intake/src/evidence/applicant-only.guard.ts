import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { RequestActor, requireRole } from '@makerspace/http';

/** Only an applicant sends evidence; checked before a byte of the upload is read. */
@Injectable()
export class ApplicantOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<{ actor?: RequestActor }>().actor;
    requireRole(actor ?? { id: 'anonymous', role: 'public', scope: null }, 'applicant');
    return true;
  }
}
