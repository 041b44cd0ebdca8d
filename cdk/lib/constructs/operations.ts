// Operations: the alarms someone must act on (API failures, Lambda errors, throttles and lost async events,
// SES reputation), an SNS topic they go to, and one dashboard. Reads metrics only; changes nothing it watches.
import { Duration, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { BundledFunction } from './bundled-function';

export interface OperationsProps {
  /** Alarm and dashboard names start with it. */
  prefix: string;
  alarmEmail?: string;
  api: appsync.IGraphqlApi;
  functions: Readonly<Record<string, BundledFunction>>;
  /** Functions whose throttling is by design (reserved concurrency queues their events): alarm only when it lasts. */
  queuedFunctions: readonly string[];
  webAclMetricName: string;
}

/** Half of SES's review thresholds (bounce 5 %, complaints 0.1 %), so there is time to act before a review. */
export const SES_ALARM_RATES = { bounce: 0.025, complaint: 0.0005 } as const;

const FIVE_MINUTES = Duration.minutes(5);

export class Operations extends Construct {
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const { prefix, api } = props;
    // No KMS encryption at rest: notifications name an alarm and a metric, and CloudWatch cannot use the AWS-managed key.
    this.alarmTopic = new sns.Topic(this, 'Alarms', { displayName: `${prefix} alarms`, enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const apiMetric = (metricName: string, statistic = 'Sum', label?: string) =>
      new cloudwatch.Metric({ namespace: 'AWS/AppSync', metricName, dimensionsMap: { GraphQLAPIId: api.apiId }, statistic, period: FIVE_MINUTES, label });
    // AppSync emits 4XXError once per request (0 or 1), so its sample count is the API's request count.
    const apiRequests = () => apiMetric('4XXError', 'SampleCount', 'requests');
    const sesMetric = (metricName: string) => new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    const alarm = (name: string, description: string, metric: cloudwatch.IMetric, threshold: number, evaluationPeriods = 1) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(this.alarmTopic));
      this.alarms.push(created);
    };

    alarm('api-5xx', 'AppSync answered with server errors', apiMetric('5XXError'), 1);
    alarm(
      'api-4xx-rate',
      'More than 10 % of API requests failed with client errors (bad tokens, validation, WAF-limited clients) over 15 minutes',
      new cloudwatch.MathExpression({
        // No alarm on a handful of requests: one failing call of three is not an incident.
        expression: 'IF(requests >= 50, 100 * errors / requests, 0)',
        usingMetrics: { errors: apiMetric('4XXError'), requests: apiRequests() },
        period: Duration.minutes(15),
        label: '4XX %',
      }),
      10,
    );
    for (const [name, handle] of Object.entries(props.functions)) {
      const fn = handle.function;
      alarm(`${name}-errors`, `${name} failed`, fn.metric('Errors', { statistic: 'Sum', period: FIVE_MINUTES }), 1);
      const queued = props.queuedFunctions.includes(name);
      alarm(
        `${name}-throttles`,
        queued ? `${name} has been throttled for 30 minutes: its queue is not draining` : `${name} was throttled`,
        fn.metricThrottles({ statistic: 'Sum', period: FIVE_MINUTES }),
        1,
        queued ? 6 : 1,
      );
      if (handle.deadLetters) {
        alarm(`${name}-events-dropped`, `${name} dropped asynchronous events`, fn.metric('AsyncEventsDropped', { statistic: 'Sum', period: FIVE_MINUTES }), 1);
        alarm(
          `${name}-dead-letters`,
          `${name} gave up on events after retries: see its dead-letter queue`,
          handle.deadLetters.metric('ApproximateNumberOfMessagesVisible', { statistic: 'Maximum', period: FIVE_MINUTES }),
          1,
        );
      }
    }
    alarm('ses-bounce-rate', 'SES bounce rate is half way to a sending review (5 %)', sesMetric('Reputation.BounceRate'), SES_ALARM_RATES.bounce);
    alarm('ses-complaint-rate', 'SES complaint rate is half way to a sending review (0.1 %)', sesMetric('Reputation.ComplaintRate'), SES_ALARM_RATES.complaint);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: prefix, defaultInterval: Duration.hours(6) });
    const functions = Object.entries(props.functions);
    const perFunction = (title: string, metric: (fn: BundledFunction) => cloudwatch.IMetric) =>
      new cloudwatch.GraphWidget({ title, width: 8, left: functions.map(([, handle]) => metric(handle)) });
    const waf = (rule: string, metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/WAFV2',
        metricName,
        dimensionsMap: { WebACL: props.webAclMetricName, Rule: rule, Region: Stack.of(this).region },
        statistic: 'Sum',
        period: FIVE_MINUTES,
      });
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
      new cloudwatch.GraphWidget({ title: 'API requests and errors', width: 8, left: [apiRequests()], right: [apiMetric('4XXError'), apiMetric('5XXError')] }),
      new cloudwatch.GraphWidget({ title: 'API latency (ms)', width: 8, left: [apiMetric('Latency', 'p50'), apiMetric('Latency', 'p99')] }),
      new cloudwatch.GraphWidget({ title: 'WAF', width: 8, left: [waf('ALL', 'AllowedRequests'), waf('ALL', 'BlockedRequests')] }),
      perFunction('Lambda invocations', (handle) => handle.function.metricInvocations({ label: handle.node.id })),
      perFunction('Lambda errors', (handle) => handle.function.metric('Errors', { statistic: 'Sum', label: handle.node.id })),
      perFunction('Lambda duration p99 (ms)', (handle) => handle.function.metricDuration({ statistic: 'p99', label: handle.node.id })),
      new cloudwatch.GraphWidget({
        title: 'SES reputation',
        width: 12,
        left: [sesMetric('Reputation.BounceRate'), sesMetric('Reputation.ComplaintRate')],
        leftAnnotations: [
          { value: SES_ALARM_RATES.bounce, label: 'bounce alarm' },
          { value: SES_ALARM_RATES.complaint, label: 'complaint alarm' },
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'SES sending',
        width: 12,
        left: ['Send', 'Delivery', 'Bounce', 'Complaint'].map(
          (metricName) => new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, statistic: 'Sum', period: FIVE_MINUTES }),
        ),
      }),
    );
  }
}
