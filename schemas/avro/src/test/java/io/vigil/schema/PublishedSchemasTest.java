package io.vigil.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

/**
 * Guards the schemas already on Kafka topics. Every schema ever published is kept under
 * {@code src/test/resources/published/<Name>/v<n>.avsc}; the classes generated today must read every one of them,
 * and every schema as it is today must be published, so adding or changing a schema means adding a version here.
 */
class PublishedSchemasTest {

    private static final Path CURRENT = Path.of("src", "main", "avro");
    private static final Pattern NAMESPACE = Pattern.compile("\"namespace\"\\s*:\\s*\"([\\w.]+)\"");

    @Test
    void shouldReadEveryPublishedVersionWithTheCurrentGeneratedClasses() throws Exception {
        Map<String, Schema> current = currentSchemas();
        List<Path> published = publishedFiles();

        assertThat(published).isNotEmpty();
        for (Path file : published) {
            Schema writer = parse(file);
            assertThat(file.getParent().getFileName().toString())
                    .as("directory of %s", file)
                    .isEqualTo(writer.getName());
            Schema reader = current.get(writer.getFullName());
            assertThat(reader)
                    .as("%s is published but no generated class %s exists any more", file, writer.getFullName())
                    .isNotNull();
            assertThat(incompatibilities(reader, writer))
                    .as("the current %s cannot read published %s", writer.getName(), file)
                    .isEmpty();
        }
    }

    @Test
    void shouldHaveEveryCurrentSchemaPublished() throws Exception {
        List<String> publishedForms = new ArrayList<>();
        for (Path file : publishedFiles()) {
            publishedForms.add(SchemaNormalization.toParsingForm(parse(file)));
        }

        for (Schema schema : currentSchemas().values()) {
            assertThat(publishedForms)
                    .as(
                            "%s as it is now is not published: copy src/main/avro/%s.avsc to "
                                    + "src/test/resources/published/%s/v<next>.avsc",
                            schema.getFullName(), schema.getName(), schema.getName())
                    .contains(SchemaNormalization.toParsingForm(schema));
        }
    }

    @Test
    void shouldReportAReaderThatCannotReadAnOlderWriter() {
        Schema writer = SchemaBuilder.record("R").fields().requiredString("a").endRecord();
        Schema reader = SchemaBuilder.record("R")
                .fields()
                .requiredString("a")
                .requiredLong("addedWithoutDefault")
                .endRecord();

        assertThat(incompatibilities(reader, writer)).singleElement().asString().contains("addedWithoutDefault");
    }

    private static List<String> incompatibilities(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities()
                .stream()
                .map(incompatibility -> incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                        + incompatibility.getMessage())
                .toList();
    }

    /**
     * The schemas of the generated classes, by full name: what Vigil writes and reads today. Each file holds one record
     * named after the file (DESIGN.md), so the class is its namespace plus the file name; the schema is the generated
     * class's, with the records it names from other files inlined, exactly as it goes to the registry.
     */
    private static Map<String, Schema> currentSchemas() throws IOException, ReflectiveOperationException {
        Map<String, Schema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.list(CURRENT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).toList()) {
                Matcher namespace = NAMESPACE.matcher(Files.readString(file));
                assertThat(namespace.find()).as("namespace in %s", file).isTrue();
                String name =
                        namespace.group(1) + "." + file.getFileName().toString().replace(".avsc", "");
                schemas.put(
                        name, (Schema) Class.forName(name).getField("SCHEMA$").get(null));
            }
        }
        assertThat(schemas).as("generated schemas in %s", CURRENT).isNotEmpty();
        return schemas;
    }

    private static List<Path> publishedFiles() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(PublishedSchemasTest.class.getResource("/published"))
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        }
    }

    private static Schema parse(Path file) throws IOException {
        return new Schema.Parser().parse(file.toFile());
    }
}
