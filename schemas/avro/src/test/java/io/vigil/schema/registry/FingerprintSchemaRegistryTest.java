package io.vigil.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class FingerprintSchemaRegistryTest {

    @Test
    void shouldGiveTheSameSchemaTheSameIdInEveryInstance() {
        int first = new FingerprintSchemaRegistry().register("a-value", S3ObjectEvent.getClassSchema());
        int second = new FingerprintSchemaRegistry()
                .register(
                        "b-value",
                        new Schema.Parser().parse(S3ObjectEvent.getClassSchema().toString()));

        assertThat(first).isEqualTo(second).isPositive();
        assertThat(FingerprintSchemaRegistry.idOf(BucketActivity.getClassSchema()))
                .isNotEqualTo(first);
    }

    @Test
    void shouldNumberVersionsPerSubjectAndKeepRegistrationIdempotent() {
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        int v1 = registry.register("t-value", BucketActivity.getClassSchema());
        registry.register("t-value", BucketActivity.getClassSchema());
        int v2 = registry.register("t-value", S3ObjectEvent.getClassSchema());

        assertThat(registry.subjects()).containsExactly("t-value");
        assertThat(registry.versions("t-value")).containsExactly(1, 2);
        assertThat(registry.version("t-value", 1))
                .get()
                .extracting(SubjectVersion::id)
                .isEqualTo(v1);
        assertThat(registry.latest("t-value"))
                .get()
                .extracting(SubjectVersion::id)
                .isEqualTo(v2);
        assertThat(registry.latest("other")).isEmpty();
        assertThat(registry.version("t-value", 3)).isEmpty();
    }

    @Test
    void shouldNameAnUnknownId() {
        assertThatThrownBy(() -> new FingerprintSchemaRegistry().schemaById(42))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("Unknown schema id 42");
    }
}
