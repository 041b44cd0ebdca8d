// MailDelivery: how Herald's mail leaves SES. A configuration set that suppresses bounced and complaining addresses
// and publishes bounce/complaint/reject events to an SNS topic (MailFeedback consumes it), and the one grant to send
// as the sender. The sending identity (the sender's domain, DKIM) is verified once per account outside the stack.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { senderAddress } from '../stage';

export interface MailDeliveryProps {
  /** `Name <address>`: the From: of every mail. */
  sender: string;
}

export class MailDelivery extends Construct {
  readonly configurationSet: ses.ConfigurationSet;
  /** Bounce, complaint and reject events of every mail sent through the configuration set. */
  readonly feedbackTopic: sns.Topic;
  readonly sender: string;
  private readonly address: string;
  private readonly identityArns: string[];

  constructor(scope: Construct, id: string, props: MailDeliveryProps) {
    super(scope, id);
    const { address, domain } = senderAddress(props.sender);
    this.sender = props.sender;
    this.address = address;
    // SES authorizes a send against the address identity if one is verified, else the domain's: allow both.
    this.identityArns = [address, domain].map((identity) =>
      Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
    );

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      // Addresses that bounced or complained are never mailed again, on top of the account-level list.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      reputationMetrics: true,
      sendingEnabled: true,
    });

    // No KMS encryption at rest: SES can publish only to topics whose key policy names ses.amazonaws.com, which rules
    // out the AWS-managed SNS key, and the events carry an address and a bounce type that SES keeps anyway.
    this.feedbackTopic = new sns.Topic(this, 'Feedback', { displayName: 'Herald mail bounces and complaints', enforceSSL: true });
    // The construct adds the topic policy for ses.amazonaws.com, scoped to this configuration set.
    this.configurationSet.addEventDestination('FeedbackEvents', {
      destination: ses.EventDestination.snsTopic(this.feedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.REJECT],
    });
  }

  /** ses:SendRawEmail as the sender through this configuration set, and nothing else. */
  grantSendRaw(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendRawEmail'],
        resources: [
          ...this.identityArns,
          Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': this.address } },
      }),
    );
  }
}
