package io.vigil.api.health;

import java.util.Optional;

/** One condition the instance needs before it should receive traffic. */
public interface ReadinessCheck {

    /** A short name for the condition, e.g. {@code kafka-streams}. */
    String name();

    /** Why the instance is not ready, or empty when this condition holds. Must answer within a bounded time. */
    Optional<String> problem();
}
