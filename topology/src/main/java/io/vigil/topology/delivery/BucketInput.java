package io.vigil.topology.delivery;

import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.schema.s3.S3ObjectEvent;

/** What reaches a bucket's matcher: index changes and object events, both keyed by bucket. Never serialised. */
sealed interface BucketInput {

    record RouteChanged(ExpectationRoute route) implements BucketInput {}

    record ObjectLanded(S3ObjectEvent event) implements BucketInput {}
}
