package io.vigil.app.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of the compose file, read the way Compose reads its short and long forms. */
record ComposeService(String name, Map<String, Object> definition) {

    static final String VIGIL_DOCKERFILE = "deploy/vigil/Dockerfile";

    /** A bind mount ({@code ./dir:/target}) or a named volume ({@code name:/target}). */
    record Mount(String source, String target) {
        boolean isNamedVolume() {
            return !source.startsWith(".") && !source.startsWith("/");
        }
    }

    boolean isVigil() {
        return VIGIL_DOCKERFILE.equals(map(definition.get("build")).get("dockerfile"));
    }

    Map<String, String> environment() {
        return strings(definition.get("environment"));
    }

    Map<String, String> labels() {
        return strings(definition.get("labels"));
    }

    Optional<Map<String, Object>> healthcheck() {
        return Optional.ofNullable(definition.get("healthcheck")).map(ComposeService::map);
    }

    List<Mount> mounts() {
        return list(definition.get("volumes")).stream()
                .map(String::valueOf)
                .map(spec -> spec.split(":"))
                .map(parts -> new Mount(parts[0], parts[1]))
                .toList();
    }

    /** Each service this one waits for, with the condition it waits on. */
    Map<String, String> dependsOn() {
        Map<String, String> conditions = new LinkedHashMap<>();
        map(definition.get("depends_on"))
                .forEach((service, options) ->
                        conditions.put(service, String.valueOf(map(options).get("condition"))));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map)) {
            throw new AssertionError("expected a mapping in docker-compose.yml, found " + node);
        }
        return (Map<String, Object>) node;
    }

    private static List<?> list(Object node) {
        return node == null ? List.of() : (List<?>) node;
    }

    private static Map<String, String> strings(Object node) {
        Map<String, String> values = new LinkedHashMap<>();
        map(node).forEach((key, value) -> values.put(key, value == null ? "" : String.valueOf(value)));
        return values;
    }
}
