import { step } from './common';
import type { RunbookStep } from './types';

/**
 * What people do on the traffic layers during a failover, by traffic-layer id (catalogue). In-region layers
 * follow their health checks by themselves; the global ones can also be switched by hand to move a
 * region's clients.
 */
export const TRAFFIC_STEPS: Readonly<Record<string, RunbookStep[]>> = {
  haproxy: [
    step(
      'platform-operator',
      'HAProxy marks the old primary down after its failed health checks and sends writes to the new one.',
      ['HAP-1'],
    ),
  ],
  'keepalived-vip': [
    step(
      'platform-operator',
      'The virtual IP moves to the node that keepalived elects, after the VRRP advertisements stop.',
      ['VRRP-1'],
    ),
  ],
  'cloud-load-balancer': [
    step(
      'platform-operator',
      'The load balancer marks the old target unhealthy after its failed health checks.',
      ['ALB-1', 'GLB-1'],
    ),
  ],
  'dns-failover': [
    step(
      'platform-operator',
      'On AWS with Route 53 Application Recovery Controller: turn the failed region’s routing control off and the other on, retrying against each of the cluster’s regional endpoints.',
      ['RUN-22'],
      'aws route53-recovery-cluster update-routing-control-state --routing-control-arn <arn> --routing-control-state Off --region <cluster-region> --endpoint-url <cluster-endpoint>',
    ),
    step(
      'platform-operator',
      'On Azure Traffic Manager: disable the failed region’s endpoint, so the profile answers with the others.',
      ['RUN-23'],
      'Disable-AzTrafficManagerEndpoint -Name <endpoint> -ProfileName <profile> -ResourceGroupName <group> -Type ExternalEndpoints',
    ),
    step('platform-operator', 'Clients follow once their cached DNS answer expires (the record’s TTL).', [
      'R53-2',
      'TM-1',
    ]),
  ],
  'anycast-gslb': [
    step(
      'platform-operator',
      'On AWS Global Accelerator: turn the failed region’s traffic dial to 0; connections already open are not moved.',
      ['RUN-24'],
    ),
  ],
};
