import { CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface EmailSendingProps {
  /** The From address (config senderEmail); its domain becomes the SES identity. */
  readonly senderEmail: string;
}

/** The name SES auto-tags every message with; used as the CloudWatch dimension of sending events. */
const CONFIGURATION_SET_TAG = 'ses:configuration-set';

/**
 * The sender domain as an SES identity with Easy DKIM, and a configuration set that requires TLS
 * to the receiving server (team emails carry answers), publishes reputation metrics and counts
 * bounces and complaints in CloudWatch: metrics only, so no addresses end up anywhere.
 */
export class EmailSending extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly senderDomain: string;

  constructor(scope: Construct, id: string, props: EmailSendingProps) {
    super(scope, id);
    const domain = props.senderEmail.split('@')[1];
    if (!domain) throw new Error(`senderEmail "${props.senderEmail}" has no domain`);
    this.senderDomain = domain;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.cloudWatchDimensions([
        { name: CONFIGURATION_SET_TAG, source: CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: 'none' },
      ]),
      events: [
        EmailSendingEvent.BOUNCE,
        EmailSendingEvent.COMPLAINT,
        EmailSendingEvent.REJECT,
        EmailSendingEvent.RENDERING_FAILURE,
        EmailSendingEvent.DELIVERY_DELAY,
      ],
    });

    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(domain),
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      configurationSet: this.configurationSet,
    });

    // Without a Route 53 zone here, the three DKIM CNAMEs are published by hand (docs/deploy.md).
    this.identity.dkimRecords.forEach((record, i) => {
      // At stack level, so the output is named EmailDkimRecord1..3 without a hash suffix.
      new CfnOutput(Stack.of(this), `EmailDkimRecord${i + 1}`, {
        description: `DKIM CNAME ${i + 1} for ${domain}`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }

  get configurationSetArn(): string {
    return Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /**
   * Reading the account's suppression list (no confirmation to an address that bounced or
   * complained). SES offers no resource-level permission for it, so the resource is "*".
   */
  suppressionReadStatement(): PolicyStatement {
    return new PolicyStatement({ actions: ['ses:GetSuppressedDestination'], resources: ['*'] });
  }

  /** ses:SendEmail from this identity, through this configuration set, from exactly this address. */
  sendStatement(fromAddress: string): PolicyStatement {
    return new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [this.identity.emailIdentityArn, this.configurationSetArn],
      conditions: { StringEquals: { 'ses:FromAddress': fromAddress } },
    });
  }
}
