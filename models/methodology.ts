import { ANALYSIS_TRIALS } from './engine/analysis';
import {
  REMEDY_BACKUP_INTERVAL_SECONDS,
  REMEDY_CHECK_INTERVAL_SECONDS,
  REMEDY_CHECK_THRESHOLD,
  REMEDY_DNS_TTL_SECONDS,
  REMEDY_DRILLS_PER_YEAR,
} from './engine/remedies';
import { MAX_RESAMPLES, RESAMPLE_BLOCK } from './engine/resample';
import { BLOCK_TRIALS } from './engine/runBlocks';
import { CONVERGENCE_TOLERANCE, MINUTES_PER_YEAR } from './engine/summarize';
import { CALIBRATION_BLOCK, PATH_DRAWS } from './calibration/paths';
import { MANUAL_PRIOR_WEIGHT, OUTAGE_PRIOR_WEIGHT } from './calibration/updates';
import { MAX_DRILLS } from './drills/fields';

/**
 * The model in words, precise enough to re-implement it and get the same numbers: shown in the app's
 * methodology panel and the PDF's appendix, and written out as docs/model.md (`npm run docs`). Every step,
 * distribution and rule the engine applies is here; the reference engine (models/engine/reference.ts)
 * follows it line by line. Each section is a heading and paragraphs of plain text (no markup).
 */
export interface MethodologySection {
  heading: string;
  paragraphs: string[];
}

const count = (n: number) => n.toLocaleString('en-US');

export const METHODOLOGY: readonly MethodologySection[] = [
  {
    heading: 'What is compared',
    paragraphs: [
      'Five architectures, always side by side. Single node: one primary with backups, the baseline. Active-passive, asynchronous and synchronous: a primary and a standby in another zone of the same region, with a cluster manager that fails over. In-region HA plus a cross-region standby: the same in-region pair, and a warm standby in a second region that takes over when the whole region is lost. Multi-region active-active: a data layer that takes writes in several regions.',
      'Each trial is one simulated year. The same incidents strike every architecture in a trial (common random numbers), so differences between them come from the architectures, not from luck.',
    ],
  },
  {
    heading: 'Incidents',
    paragraphs: [
      'Five failure scopes, each an independent Poisson process with the yearly rate entered under Failure rates: node (the primary’s process or host crashes; its disk survives), storage (its volume is lost), network (it is cut off from clients and peers), zone (its data centre is down) and region (the whole region is down). Node, storage, network and zone incidents are ordinary incidents, held to the ordinary RTO and RPO targets; a region incident is a regional disaster, held to the regional targets.',
      'The number of incidents of a scope in a trial is the Poisson quantile of one uniform u: the smallest k whose cumulative probability reaches u (the cumulative sum e^(−λ)·Σ λ^j/j! is accumulated term by term; above 1,000 incidents a year it stops; above 200 a year it is round(λ + √λ·Φ⁻¹(u)), at least 0).',
    ],
  },
  {
    heading: 'What each architecture does, scope by scope',
    paragraphs: [
      'An incident’s outage is the sum of the steps of the path it takes; its data lost is drawn apart (see Data loss). "Paged" means alert latency (the fixed time from the failure to the alert reaching a person) followed by human response (a triangular distribution with its least value a third of the typical response entered under Operations, its mode that value, its greatest value four times it). "Local reroute" and "global reroute" are the traffic layer within a region and between regions (see Traffic).',
      'Single node. Node crash: the platform restarts the process or replaces the host (recovery: restart or host replacement); nothing is lost. Storage loss: paged, then a restore of the volume from backup; loses the writes since the last backup. Network partition: nothing to fail over to, the outage lasts until the partition heals; nothing is lost. Zone outage: paged, then a rebuild in another zone from the off-site backup; loses the writes since the last backup. Region outage: paged, then a rebuild in another region from the off-site backup, unless the region returns first (see Regional outages); loses the writes since the last backup when rebuilt.',
      'Active-passive, asynchronous or synchronous, for an ordinary incident: the automated failover is detection + decision (election, lock or lease) + promotion, from the technology preset, + local reroute. With the manual-path probability (see Automation that fails) the failover falls to people instead: paged + a manual promotion of the standby + local reroute. For a region outage the standby shares the primary’s region: as the single node, a rebuild in another region from the off-site backup.',
      'In-region HA plus a cross-region standby, for an ordinary incident: as active-passive, with the in-region detection, decision, promotion and replication of its preset. For a region outage: when the preset says people decide (a standby cluster, a read replica, Aurora Global Database), the path is paged + the decision to fail over rather than wait + promotion of the standby + its scale-up (pilot light only) + global reroute; when the data layer decides on its own (Cosmos DB per-partition failover), it is detection + decision + promotion + global reroute, and with the manual-path probability paged + a manual promotion + global reroute instead. Either way, unless the region returns first.',
      'Multi-region active-active, for an ordinary incident: the data layer recovers inside the region (local replicas, a local election): the preset’s in-region detection + decision + promotion + local reroute, or, with the manual-path probability, paged + a manual promotion + local reroute; nothing is lost. For a region outage: the preset’s cross-region detection + decision + promotion + global reroute; the manual path (paged + a manual promotion + global reroute) is taken with probability q + (1 − q)·p, where p is the manual-path probability and q the share of regional outages that take the write quorum with them (see Topology): with the quorum lost, nothing can be automated, and people recover the data layer from the surviving replicas. Unless the region returns first.',
    ],
  },
  {
    heading: 'Traffic',
    paragraphs: [
      'A traffic layer marks the failed target down by health checks, then clients move. A check every i seconds that needs f failures takes a uniform time between (f − 1)·i and f·i, since the failure lands at a random point of the check cycle; then the layer’s extra time (the preset’s distribution: ARP, deregistration, record propagation); then, for a DNS-based layer, a uniform time between 0 and the DNS TTL while cached records expire. Detection speed is part of the RTO: a faster check shortens every failover.',
    ],
  },
  {
    heading: 'Automation that fails',
    paragraphs: [
      'Automation sometimes does not act (fencing refuses, the replica is too far behind, quorum is lost, the configuration drifted). The chance grows with the time t since the last failover drill, from its value a right after a drill towards its value u for an untested setup: p(t) = a + (u − a)(1 − e^(−t/τ)), τ the drift time constant. An incident lands uniformly within the drill interval T = 1/drills a year, so the manual-path probability is the average a + (u − a)(1 − (τ/T)(1 − e^(−T/τ))); with no drills it is u. All three are assumptions you can edit.',
      'Which path an incident takes is decided by its branch uniform: below the manual-path probability, the manual path.',
    ],
  },
  {
    heading: 'Regional outages',
    paragraphs: [
      'A regional outage lasts a time D of its own: a lognormal with median m and 95th percentile q hours (Regional outages, an input), that is exp(μ + σ·z) with μ = ln m, σ = (ln q − ln m)/1.6448536269514722 and z standard normal, capped at 30 days. Every architecture’s regional incident ends at whichever comes first: the region returning after D, or its recovery path. When the region returns first, the incident lasts D and loses no data (the region comes back with its data); the results count how many regional incidents ended that way and how many were recovered elsewhere.',
    ],
  },
  {
    heading: 'Topology',
    paragraphs: [
      'An active-active consensus layer keeps every committed write on a majority of its voting replicas. Its topology is the number of regions R that hold data and serve traffic, the replication factor (voting replicas, a witness’s vote included) and whether one more region holds a voting witness (a vote, no data). The data replicas (the replication factor, less one for a witness) are spread as evenly as possible over the R regions: each holds ⌊n/R⌋ or ⌈n/R⌉, the first n mod R regions the more. A regional outage strikes one of the R data regions, each as likely; it takes the quorum with it when the votes left are not more than half of all votes. The share of regions whose loss does so is q. Replication factor 3 needs three regions, or two and a witness, to keep q at 0; an impossible topology is accepted, with a warning. A multi-master layer (every region writes on its own) has q = 0.',
    ],
  },
  {
    heading: 'Data loss',
    paragraphs: [
      'What an incident loses depends on replication, not on who fails over. Asynchronous replication within the region loses the replication lag at the moment of failure (a lognormal draw: median well under a second, a tail of seconds), whichever path the failover took. Synchronous replication loses nothing, except with the probability that the pair had fallen back to asynchronous when the primary failed (an assumption): then the lag while degraded. A restore or rebuild from backup loses the writes since the last backup, uniform between 0 and the backup interval. A cross-region standby loses its cross-region lag; a multi-master layer its cross-region lag; a consensus layer loses nothing, except in the incidents whose quorum was lost (those whose branch uniform is below q), which lose what the surviving replicas had not yet received. A regional incident that ended by the region returning loses nothing.',
      'Whether an incident with a probability of loss loses anything is decided by its share uniform (its branch uniform for a lost quorum); how much, by its loss uniform.',
    ],
  },
  {
    heading: 'Distributions',
    paragraphs: [
      'Every draw turns one uniform into a value by the inverse of its distribution. Fixed: the value. Uniform on [a, b]: a + u(b − a). Triangular with least a, mode m, greatest b: with c = (m − a)/(b − a), a + √(u·c)·(b − a) when u < c, else b − √((1 − u)(1 − c))·(b − a); a triangle of no width is its least value. Lognormal by median and 95th percentile, capped: min(exp(μ + σ·Φ⁻¹(u)), cap), with μ and σ as for regional outages; over the central region 0.02425 ≤ u ≤ 0.97575 the engine reads exp(μ + σ·Φ⁻¹(u)) from a cubic Hermite table of 2,049 evenly spaced points of the quantile and its exact slope; in each tail, with v = u below the region and v = 1 − u above it, from a table whose points cut each doubling of v from 2⁻³³ to 2⁻⁵ into 64 intervals of equal width (point i is 2^(−33 + ⌊i/64⌋)·(1 + (i mod 64)/64)), with the quantile (exp(μ + σ·Φ⁻¹(v)) below, exp(μ − σ·Φ⁻¹(v)) above) and its exact slope per unit of v at each, joined by the same cubic pieces; a v below 2⁻³³ takes the formula. On an interval from x₀ of width h with values q₀, q₁ and slopes s₀, s₁ at its ends, f = (x − x₀)/h, d₀ = s₀h, d₁ = s₁h, and the value is q₀ + f(d₀ + f(3(q₁ − q₀) − 2d₀ − d₁ + f(2(q₀ − q₁) + d₀ + d₁))). Both tables are within 1e-8 of the formula while σ ≤ 2.2. Φ⁻¹ is Acklam’s rational approximation (relative error below 1.2e-9). Every e^x and ln x of the engine (lognormals, the normal quantile, the Poisson probabilities, the drift of the manual path) is computed with additions, multiplications, divisions and table look-ups alone, so that every engine rounds it the same way: e^x by Tang’s method, n = x·64/ln 2 rounded to the nearest integer (by adding and subtracting 1.5·2^52), r = x − n·a − n·b with a = 0.69314718036912381649/64 and b = 1.90821492927058770002e-10/64, and e^x = 2^k × (T_j × (1 + r(1 + r(1/2 + r(1/6 + r(1/24 + r/120)))))) with j = n mod 64, k = (n − j)/64 and T_j = 2^(j/64) correctly rounded to a double (beyond ±700 the power of two is applied in two halves; below −745.2 e^x is 0, above 709.8 infinite); ln x by writing x = m·2^e with √½ ≤ m < √2 (a subnormal x first times 2^54), s = (m − 1)/(m + 1), z = s², and ln x = e·0.69314718036912381649 + (2s(1 + z(1/3 + z(1/5 + … + z(1/19 + z/21)))) + e·1.90821492927058770002e-10), the polynomial evaluated from the innermost term out. Mixture: the part is the one whose cumulative weight interval holds u; u is then rescaled to that interval, ((u − lower bound) / weight), and drawn from the part.',
      'Your overrides replace a distribution by a triangular one (least, most likely, greatest).',
    ],
  },
  {
    heading: 'Random numbers',
    paragraphs: [
      `Trials are grouped in blocks of ${count(BLOCK_TRIALS)}. Every (seed, block, lane) has its own xoshiro128** stream (Blackman and Vigna, 2018: output rotl(s1 × 5, 7) × 9; then t = s1 << 9, s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = rotl(s3, 11), all on 32-bit words). Its state comes from mixing: with mix(z) = the 32-bit finaliser z ^= z >>> 16, z ×= 0x85ebca6b, z ^= z >>> 13, z ×= 0xc2b2ae35, z ^= z >>> 16 (products modulo 2^32), x = mix(seed ^ mix((block + 1) × 0x9e3779b9)) and y = mix((lane + 1) × 0x85ebca6b); then four times x += 0x9e3779b9, y += 0x6d2b79f5 and a state word mix(x) ^ mix(y), in the order s0, s1, s2, s3 (an all-zero state would become s0 = 1). A uniform is (x + 0.5) / 2^32 for each 32-bit output x, never 0 or 1. Lane s (the scope’s index: node 0, storage 1, network 2, zone 3, region 4) draws one uniform per trial of the block, in trial order: that trial’s count of incidents of the scope. Lane 5·(1 + p) + s draws, for architecture p (single node 0, async 1, sync 2, DR 3, active-active 4) and scope s, the uniforms of each incident of that scope in trial order, then incident order.`,
      'An incident draws, for one architecture, as many uniforms as its plan needs, in this order: one per step of the longer of its two paths (step k of a path takes uniform k), then the branch uniform when an automated path exists, the loss uniform when data can be lost, the share uniform when data is lost with a probability below 1 decided apart, and the race uniform for a regional incident (the regional outage’s duration). So a change to one scope’s rate or one architecture’s path never shifts another’s draws, and two runs with the same seed differ only by what changed. The same scenario and seed give the same numbers in the browser, the command line and the tests, however the blocks are spread over workers.',
    ],
  },
  {
    heading: 'Money',
    paragraphs: [
      'An incident costs its outage minutes times the downtime cost per minute, plus its seconds of lost writes times the data-loss cost per second. A year’s loss is the sum over its incidents.',
      'Monthly infrastructure comes from a quote, when you paste one for the architecture, or from its components: nodes × node cost × (1 + premium) + copies of the data × storage cost + copies of the writes shipped across regions × cross-region transfer cost, with the counts from the technology preset (for active-active, per voting replica or per region, scaled by the topology, and one copy of the writes per region beyond the first). Each count is a range, so the monthly cost is a range (low, most likely, high): the cost is triangular over it, its expected value (low + most likely + high)/3. The chance that a month costs more than the budget is exact from the triangle; an architecture is within budget when that chance is at most the over-budget tolerance.',
      'The one-off cost (implementation, migration, licences) comes from a quote, or from the preset’s effort in person-days times the day rate, a range treated the same way. Planned maintenance is the preset’s events a year times the downtime of each (shown apart from incidents: availability counts incidents only, availability with maintenance both), priced at its minutes times the downtime cost per minute times the planned-window factor (an assumption).',
      'The expected total of a year is 12 × the expected monthly cost + the maintenance cost + the expected annual loss; over the horizon of H years, the expected one-off cost + H × that.',
      `The spread of the totals is drawn by resampling, from a stream of its own (block ${RESAMPLE_BLOCK}, lane = the architecture’s index), min(trials, ${count(MAX_RESAMPLES)}) draws per architecture. Each draw takes a uniform for the monthly cost (its triangle), one for the one-off cost, then H uniforms for H annual losses, each the nearest-rank quantile of the simulated annual-loss histogram. A year’s total is 12 × monthly + maintenance + the first loss; a horizon’s is one-off + H × (12 × monthly + maintenance) + the H losses. The P50, P95 and P99 of the totals are read from histograms of these draws; their means are the exact expected values above.`,
    ],
  },
  {
    heading: 'Statistics',
    paragraphs: [
      'Expected annual downtime, data lost and loss use the compound-Poisson identity: the expected yearly figure is the sum over scopes of rate × the mean per incident of the simulated incidents of that scope, which removes the noise of the yearly incident counts. The standard error of the expected annual loss is √(Σ_s rate_s² × Var_s / n_s), Var_s the sample variance of the money of the n_s incidents of scope s; that of the horizon total is H times it.',
      'Outages, data lost, yearly downtime and yearly loss are kept in log-linear histograms: a positive value’s bin is its binary exponent and the top 7 bits of its mantissa (128 bins per doubling, from 2^−10 to 2^44; values outside fall in the end bins), zero has a bin of its own. A percentile is the nearest-rank one (the smallest bin holding at least ⌈q·n⌉ of the n values) read at the bin’s midpoint, within ±0.4% of the exact sample percentile. A chance of exceeding a value x is the share of the values whose bin’s midpoint is above x.',
      'Outages and data lost are kept per architecture and per scope, one histogram each; the figures for ordinary incidents add up the histograms of node, storage, network and zone, those for regional disasters are the region’s own. Each scope’s own figures (its incidents per simulated year, outage and data lost per incident, the shares meeting its targets, the share of its automated failovers that fell to people) are what a drill of that scope should show.',
      `A run is converged when the 95% interval of every architecture’s expected horizon total is within ±${CONVERGENCE_TOLERANCE * 100}% of it, and every scope with a rate had at least one simulated incident; otherwise the interval is shown and more trials are advised.`,
      `Availability is 1 − expected downtime / year, with a year of 365.25 days (${count(Math.round(MINUTES_PER_YEAR))} minutes; 99.99% leaves 52.6 minutes).`,
      'The time spent in each phase (detection, decision, promotion, reroute, manual path, recovery) is averaged over ordinary incidents only; regional disasters have outages of their own, shown apart.',
    ],
  },
  {
    heading: 'Targets and the recommendation',
    paragraphs: [
      'An architecture meets a target when at least the confidence level (e.g. 95%) of the simulated incidents of those scopes meet it: RTO and RPO for ordinary incidents, and a separate pair for regional disasters; an incident meets a target when its value is at most the target. It is feasible when it meets all four and is within budget.',
      'The recommendation is the feasible architecture with the lowest expected total over the horizon; a tie goes to the lower P95 of the horizon total. When it is within twice the standard error of the difference of the runner-up, the two are reported as tied. When none is feasible, the closest is named (the fewest blockers, then the lowest expected total) with exactly what blocks it and what change would lift each block: the monthly budget at which the chance of exceeding it equals the tolerance, or the target value it reaches at the confidence level.',
      'The runner-up is the next architecture in the same order: the next feasible one by expected total, or, when fewer than two are feasible, the next by the same rules as the closest.',
      'Where a missed target comes from. An RTO: when the share of automated failovers that fell to people is at least 1 − the confidence level, those failovers (enough on their own to breach it); otherwise the phase with the longest mean time over ordinary incidents. A regional RTO: waiting for the region or rebuilding elsewhere, with the share of regional incidents that ended when the region returned. An RPO: the writes since the last backup for the single node, replication lag for the others; a regional RPO: the backup for the single node and the two in-region pairs, replication lag for the cross-region standby and active-active.',
    ],
  },
  {
    heading: 'Break-even and its noise',
    paragraphs: [
      'The break-even downtime cost of two architectures is the cost per minute c at which their expected totals per year are equal: one-off cost / H + 12 × expected monthly + data-loss cost + c × (expected downtime minutes + planned-window factor × maintenance minutes) is linear in c. The difference of two lines is α + c·β, α the difference of their fixed parts and β of their slopes.',
      'Both are estimated, so both are uncertain. The variance of an architecture’s estimated expected downtime (minutes a year) is Σ_s rate_s² × Var_s(r/60) / n_s, of its expected data lost Σ_s rate_s² × Var_s(q) / n_s, and their covariance Σ_s rate_s² × Cov_s(r/60, q) / n_s (r outage seconds, q seconds of writes lost, over the n_s incidents of scope s). Var β is the sum of the two architectures’ downtime variances, Var α the data-loss cost squared times the sum of their data-lost variances, Cov(α, β) the data-loss cost times the sum of their covariances (the two taken as independent, which overstates the noise of a difference under common random numbers).',
      'A break-even is reported only when the slopes differ beyond the noise, β² > z² Var β with z = 1.96; it is then −α/β (when 0 or more), with the 95% interval of Fieller’s method: the costs c ≥ 0 where (α + cβ)² ≤ z² (Var α + 2c Cov(α, β) + c² Var β), the roots of a quadratic. Otherwise the two have the same expected downtime within the simulation’s noise, and no break-even is given.',
    ],
  },
  {
    heading: 'Availability objective',
    paragraphs: [
      'An availability objective (SLO) is a target share of a window, a month (365.25 / 12 days) or a quarter (three months). The downtime it allows over a period is (1 − target) × the period’s minutes, for a day, a week, a month, a quarter and a year.',
      'Downtime per window is simulated, not read off a year: a window is a trial in which every scope’s rate is multiplied by the window’s share of a year (1/12 or 1/4), played out by the same kernel with the same seed, as many windows as there are trials; each window’s downtime is the sum of its incidents’ outages. The chance of a breach is the share of windows whose downtime exceeds what the objective allows (read from their histogram). When planned maintenance counts against the objective, its yearly minutes are spread evenly: the same share of them is added to every window.',
      'The mean downtime per window is the expected annual downtime (the compound-Poisson figure) times the window’s share of a year, plus the maintenance counted; the budget used is that mean over the downtime allowed per window.',
    ],
  },
  {
    heading: 'The tail',
    paragraphs: [
      'A year’s loss (downtime and data) is told by its P50 (a typical year), P95 (one year in twenty) and P99 (one year in a hundred). When the expected loss is above the P95, rare costly years (a regional disaster) weigh in the mean that a typical year never sees.',
      'For each architecture: the chance that a year’s loss exceeds the risk tolerance (from the annual-loss histogram), the share of ordinary incidents over the RTO target (1 − the share meeting it), and the share of all incidents, regional ones included, whose outage lasts an hour or more (3,600 s is a bin edge of the histograms, so the count is exact).',
    ],
  },
  {
    heading: 'Sensitivity: what the recommendation hinges on',
    paragraphs: [
      `Every rerun of an analysis uses min(trials, ${count(ANALYSIS_TRIALS)}) trials and the scenario’s seed, so the same incidents strike in each and differences come from the input moved. Reruns decide as the recommendation does, except that equal expected totals keep the architectures’ order (no resampled P95 is drawn).`,
      'The inputs moved, each from its value v to a low and a high value (an input that is 0, or whose range is empty, is left out): each scope’s failure rate (v/2, 2v, at most 1,000 a year); the downtime cost and the data-loss cost (v/2, 2v); each architecture’s monthly cost, over its own range from the low to the high end, the range scaled as a whole (so the chance of exceeding the budget moves with it), the value being its expected monthly cost; human response, alert latency and health-check interval (v/2, 2v); failover drills a year (⌊v/2⌋, max(2v, v + 2)); the manual-path probabilities after a drill and untested, and the chance a synchronous pair had degraded (v/2, min(2v, (1 + v)/2)); the regional outage’s median, with its 95th percentile scaled alike (v/2, 2v, at most 720 h, while regional outages occur); and the replication lag of the async pair, of the cross-region standby and of active-active across regions, where the scenario uses them, every value of the distribution multiplied by ½ and 2.',
      'Inputs that only price the incidents (the two costs, the monthly costs) are not rerun: the decision is read again from the base run’s sums with the new prices, which is what a rerun with the same seed gives. The others are rerun.',
      'For each input the expected horizon totals of the recommended architecture and of the runner-up (both at the base) are reported at the low and the high value. Where the recommendation at an end differs from the base’s, the value at which it changes is found by bisection between the base value and that end: 4 halvings for a rerun input, 30 for a priced one, the midpoint geometric when both ends are positive, else arithmetic, rounded for whole numbers; the value given is the middle of the last bracket (for whole numbers, its end where the choice changed), with the architecture it changes to. Inputs are listed by the swing of the recommended architecture’s total, largest first.',
    ],
  },
  {
    heading: 'Remedies',
    paragraphs: [
      `When an architecture misses a target, operational changes are tried one at a time, each by a rerun of the scenario with the change made: ${REMEDY_DRILLS_PER_YEAR} failover drills a year; an on-call response twice as fast; health checks every ${REMEDY_CHECK_INTERVAL_SECONDS} s with ${REMEDY_CHECK_THRESHOLD} failures to mark a node down; a DNS TTL of ${REMEDY_DNS_TTL_SECONDS} s; backups every ${REMEDY_BACKUP_INTERVAL_SECONDS} s; and, when more than one applies, all of them together. A change that would not lower the current setting is not tried.`,
      'A remedy is offered only where its rerun shows the architecture meeting the missed target at the confidence level, quoting the new outage or loss at that level and whether every other target and the budget are then met too. The changes that cannot be made by operations alone (the budget, accepting a target) are computed exactly, without a rerun: the monthly budget at which the chance of exceeding it equals the tolerance, and the value the target reaches at the confidence level.',
    ],
  },
  {
    heading: 'Calibration from drills',
    paragraphs: [
      `A scenario may carry a log of up to ${count(MAX_DRILLS)} measured failover drills: date, failure scope, architecture, technology (the scenario’s for that architecture when not given), outcome (automated, or manual when people had to act), outage and data lost in seconds, and, when timed, the detection, decision, promotion and reroute phases. The log recalibrates two figures of each architecture drilled: the chance that automation falls to people, and the time of its automated failover. Everything else (rates, costs, people’s response, recovery from backup, data loss) stays as entered.`,
      'The as-of date is the log’s own, or else the latest drill’s date; it never comes from a clock, so the same log gives the same numbers everywhere. Dates are ISO 8601, a time without a zone is UTC, and a date alone is 00:00 UTC of that day (as an as-of date it covers the whole day). Years are 365.25 days.',
      'A drill is not used when any of these holds, and the reason is shown: it is dated after the as-of date; the architecture has no automated failover for its scope (a single node for every scope, an active-passive pair for a regional outage, a cross-region standby whose regional failover people start); it drilled another technology than the scenario’s for that architecture; it repeats an earlier drill exactly (date, scope, architecture, technology, outcome and every measurement, the note aside); or a measurement looks like minutes or milliseconds in a seconds column. That last check compares a value with the 0.1th and 99.9th percentiles (low, high) of the path it measured (the outage of the automated or the manual path, or a phase of the automated one) in the model without the log: a positive value below low/10 whose 60-fold lies within [low, high] looks like minutes; a value above 10·high whose thousandth lies within [low, high] looks like milliseconds.',
      `The chance that automation falls to people, per architecture: Beta–Binomial. Let t be the years from the architecture’s last used drill to the as-of date, and p₀ = a + (u − a)(1 − e^(−t/τ)) the model’s chance at that time (see Automation that fails). The prior is Beta(${MANUAL_PRIOR_WEIGHT}·p₀, ${MANUAL_PRIOR_WEIGHT}·(1 − p₀)), centred on p₀ with the weight of ${MANUAL_PRIOR_WEIGHT} drills. With k manual outcomes among the n used drills of the architecture (every scope), the posterior is Beta(${MANUAL_PRIOR_WEIGHT}·p₀ + k, ${MANUAL_PRIOR_WEIGHT}·(1 − p₀) + n − k), and the engine takes its mean (${MANUAL_PRIOR_WEIGHT}·p₀ + k)/(${MANUAL_PRIOR_WEIGHT} + n) as the architecture’s manual-path probability for every incident, in place of the average over the drill interval (for an active-active regional outage, q + (1 − q) times it, as before). Architectures without a used drill keep the average.`,
      'The time of an automated failover, per architecture, within the region (node, storage, network and zone drills) and across regions (region drills) apart: only drills whose outcome was automated count. Each drill is split among the distributions of its path: a logged phase goes to that phase’s distributions (promotion includes a pilot-light scale-up); the rest of the outage, less the reroute (as logged, else the model’s mean reroute: (f − ½)·i for the health check, plus the traffic layer’s mean extra time, plus half the DNS TTL for a DNS layer), goes to the distributions of the phases not logged: the outage less the reroute and less every logged phase. A share that falls to several distributions is split in proportion to their prior means (the mean of a capped lognormal is the average of its quantiles at (i + ½)/20,000, i = 0 … 19,999). A value of 0 s or less tells nothing about a lognormal and is left out. The reroute itself follows from the health-check settings and the traffic layer, which you set, and is not recalibrated.',
      `Each distribution with measurements x₁ … xₙ has as its prior the distribution the model used without the log (your override, when you set one), seen as a lognormal: a lognormal prior keeps its μ = ln median and σ = (ln p95 − ln median)/1.6448536269514722; any other prior becomes the lognormal of the same mean m and variance v, σ² = ln(1 + v/m²), μ = ln m − σ²/2 (v is 0 for a fixed value, (b − a)²/12 for a uniform, (a² + b² + c² − ab − ac − bc)/18 for a triangle, for a mixture the weighted variances of its parts plus the weighted squared distances of their means from the mixture’s, and for a capped lognormal part the average squared distance from its mean of its quantiles at (i + ½)/20,000). The log-mean is updated as the mean of a normal with known spread, the prior counting as ${OUTAGE_PRIOR_WEIGHT} measurements: μₙ = (${OUTAGE_PRIOR_WEIGHT}·μ + Σ ln xᵢ)/(${OUTAGE_PRIOR_WEIGHT} + n). The engine then draws the phase from the lognormal with median e^μₙ and 95th percentile e^(μₙ + 1.6448536269514722·σ), capped at e^(μₙ + 4.753424308822899·σ) (its one-in-a-million value), or the fixed value e^μₙ when σ is 0; the uncertainty left in μₙ (variance σ²/(${OUTAGE_PRIOR_WEIGHT} + n)) is not added. A phase whose prior mean is 0 (nothing to elect) is not changed. So three drills move a phase 3/${3 + OUTAGE_PRIOR_WEIGHT} of the way (in log terms) to what they measured and thirty 30/${30 + OUTAGE_PRIOR_WEIGHT} of it; the manual-path probability moves 3/${3 + MANUAL_PRIOR_WEIGHT} and 30/${30 + MANUAL_PRIOR_WEIGHT} of the way to the measured share.`,
      `Every run of the scenario uses the calibrated model: the preview and the full run, the availability windows, the comparison of scenarios, the command line (--drills) and the numbers of the proposal. The analyses that rerun the model (sensitivity, remedies) rerun it calibrated, with the calibrated figures held at the values the log gives the scenario as entered: for a drilled architecture, moving the manual-path assumptions, the drills a year or the health check changes neither its measured manual-path probability nor its measured failover phases (they still move its reroute and the architectures without used drills). Every updated figure is reported with its prior and posterior mean, median and 95th percentile: for a phase, those of the distribution as the engine draws it; for a probability, those of the Beta, its quantiles found by bisection on [0, 1] (80 halvings or a bracket narrower than 1e-12, the middle of the last bracket) of the regularised incomplete beta function I_x(α, β), evaluated as x^α(1 − x)^β·Γ(α + β)/(Γ(α)Γ(β)) times Lentz’s continued fraction divided by α when x < (α + 1)/(α + β + 2), else as 1 − I_(1−x)(β, α) (ln Γ by Lanczos’ approximation with g = 7 and nine coefficients, and ln Γ(x) = ln Γ(x + 1) − ln x below ½); a Beta with α = 0 is all at 0, one with β = 0 all at 1. A used drill slower than the 99th percentile of the calibrated model’s path for its architecture, outcome and kind of incident (ordinary or regional) is flagged for review. Path percentiles are read from ${count(PATH_DRAWS)} draws of the path’s steps (as the engine builds them; every ordinary scope takes the same path) from the stream of the seed, block ${CALIBRATION_BLOCK}, lane 4·architecture + 2·(1 for a regional incident) + (1 for the manual path), draw after draw, one uniform per step in order; the nearest-rank quantile of the sorted sums.`,
    ],
  },
];
