package io.vigil.topology.telemetry.rule;

/**
 * What one reading did to a (device, rule): the window after it and whether an alert fires.
 *
 * @param breaches how many readings of the window breach, after this one
 * @param fires    whether at least k of them breach and the rule is not cooling down
 */
public record RuleVerdict(int breaches, boolean fires) {}
