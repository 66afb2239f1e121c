/**
 * The most tiers a formula has: each participant is compared with them in turn (n × tiers
 * comparisons), so their number is bounded, in a request in JSON and in a `Formula` a
 * plain JS caller passes alike (our choice: the 2002–2003 formula has two).
 *
 * @internal
 */
export const MAX_TIERS = 100;
