package io.vigil.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Grafana dashboard and the Observability docs from drifting away from the metrics Vigil exposes: the
 * dashboard may use only documented names, and the docs must name each; an IT checks that a running instance serves
 * every documented name.
 */
class DashboardMetricsTest {

    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "vigil-dashboard.json");
    private static final Path DOCS = Path.of("..", "README.md");
    /** A metric name right before its selector or range: {@code name{...}} or {@code name[5m]}. */
    private static final Pattern SELECTED = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)[{\\[]");

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)");

    @Test
    void shouldUseOnlyDocumentedMetricsInTheDashboard() throws Exception {
        Set<String> used = metricNames(queries(new ObjectMapper().readTree(DASHBOARD.toFile())));

        assertThat(used).hasSizeGreaterThan(10);
        assertThat(DocumentedMetrics.all()).containsAll(used);
    }

    @Test
    void shouldNameEveryDocumentedMetricInTheDocs() throws Exception {
        String docs = Files.readString(DOCS);

        assertThat(DocumentedMetrics.all()).allSatisfy(name -> assertThat(docs).contains(documentedAs(name)));
    }

    @Test
    void shouldFindTheMetricNameOfASelectorButNotFunctionsOrLabels() {
        assertThat(metricNames(List.of(
                        "sum by (le) (rate(a_total{x=~\"y\\\\..+\"}[5m])) / b_seconds[1m]",
                        "label_values(c_bytes, i)")))
                .containsExactly("a_total", "b_seconds", "c_bytes");
    }

    /** The docs' table lists a histogram or summary once, by its base name. */
    private static String documentedAs(String name) {
        return name.replaceAll("_(count|sum|bucket)$", "");
    }

    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets")
                    .forEach(target -> queries.add(target.path("expr").asText()));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            JsonNode query = variable.path("query");
            queries.add(query.isObject() ? query.path("query").asText() : query.asText());
        }
        return queries;
    }

    private static Set<String> metricNames(List<String> queries) {
        Set<String> names = new TreeSet<>();
        for (String query : queries) {
            for (Pattern pattern : List.of(SELECTED, LABEL_VALUES)) {
                Matcher matcher = pattern.matcher(query);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
