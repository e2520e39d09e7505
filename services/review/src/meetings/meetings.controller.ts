import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor } from '@makerspace/http';
import { RuleCheckedBody } from '../validation/rule-checked-body';
import { MeetingRecord } from './meeting-record';
import { MeetingService } from './meeting.service';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingService) {}

  /**
   * Record a director's meeting: each application is approved (with a filing number) or declined
   * in its workflow, and answered on its own. Sending the same meetingId again is safe.
   */
  @Post()
  @DescribeBody(MeetingRecord)
  record(@CurrentActor() actor: RequestActor, @RuleCheckedBody(MeetingRecord) body: MeetingRecord) {
    return this.meetings.record(actor, body);
  }

  @Get(':meetingId')
  get(@CurrentActor() actor: RequestActor, @Param('meetingId') meetingId: string) {
    return this.meetings.get(actor, meetingId);
  }
}
