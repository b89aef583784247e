import type { TrafficLayer } from '../types';
import { assumed, fixed, sourced, triangular, uniform } from './build';

/**
 * How traffic follows a failover. The engine computes, in seconds:
 *   reroute = health check U((threshold − 1) · interval, threshold · interval)   (scenario operations)
 *           + extra                                                                (below)
 *           + (usesDnsTtl ? U(0, DNS TTL) : 0)
 * so `extra` holds only what comes after the check has marked the old target down.
 */
export const TRAFFIC_LAYERS: readonly TrafficLayer[] = [
  {
    id: 'haproxy',
    name: 'HAProxy',
    usesDnsTtl: false,
    extra: sourced(
      fixed(0),
      ['HAP-1'],
      'New connections go to the new primary as soon as the check marks it (defaults inter 2 s, fall 3, rise 2).',
    ),
    summary: 'A proxy in front of the database that sends clients to whichever node passes its health check.',
  },
  {
    id: 'keepalived-vip',
    name: 'keepalived virtual IP (VRRP)',
    usesDnsTtl: false,
    extra: sourced(
      uniform(0, 1),
      ['VRRP-1'],
      'VRRP skew time (256 − priority) / 256 s before the backup claims the address; gratuitous ARP assumed instant.',
    ),
    summary:
      'A floating IP address that moves to the healthy node, about 3–4 s with the 1-s advertisement default.',
  },
  {
    id: 'cloud-load-balancer',
    name: 'Cloud load balancer (ALB, GCP LB)',
    usesDnsTtl: false,
    extra: assumed(
      triangular(0, 2, 10),
      ['ALB-1', 'GLB-1'],
      'Target deregistration and connection draining after the check fails; no published duration (assumption). ' +
        'Defaults check every 30 s (ALB) or 5 s (GCP).',
    ),
    summary: 'A managed load balancer that stops routing to a target once its health checks fail.',
  },
  {
    id: 'dns-failover',
    name: 'DNS failover (Route 53, Traffic Manager)',
    usesDnsTtl: true,
    extra: assumed(
      triangular(0, 10, 60),
      ['R53-1', 'R53-2', 'DNS-1', 'TM-1'],
      'Record change propagation, "typically under one minute globally" (R53-2); the 10-s mode is an assumption. ' +
        'Clients then wait out their DNS cache (about 2× TTL in practice, DNS-1).',
    ),
    summary:
      'Health checks switch a DNS record to the healthy region; clients follow once their cached record expires.',
  },
  {
    id: 'anycast-gslb',
    name: 'Anycast / in-path global load balancer',
    usesDnsTtl: false,
    extra: assumed(
      triangular(0, 0.5, 2),
      ['GLB-1'],
      'An in-path global load balancer shifts traffic without a DNS change; the small extra time is an assumption.',
    ),
    summary:
      'A global load balancer in the traffic path that moves clients between regions without waiting on DNS caches.',
  },
];
