import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_FILTER, NOTIFY_UPDATE_FILTER } from '../../functions/contract/service-contract.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

describe('what a person adds reaches the notifier (issue 21, slice 21-team)', () => {
  it('feeds changed submissions to the notify function on the same mapping, retried and parked as new ones', () => {
    const pattern = (filter: typeof NOTIFY_FILTER | typeof NOTIFY_UPDATE_FILTER) =>
      JSON.stringify({
        eventName: [filter.eventName],
        dynamodb: { NewImage: { [filter.attribute]: { S: [filter.value] } } },
      });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(s.service, s.service.notify.lambda) },
      MaximumRetryAttempts: 3,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [{ Pattern: pattern(NOTIFY_FILTER) }, { Pattern: pattern(NOTIFY_UPDATE_FILTER) }],
      },
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NewSubmissionsFailures'), 'Arn'] },
        },
      },
    });
    expect(NOTIFY_UPDATE_FILTER.eventName).toBe('MODIFY');
  });
});
