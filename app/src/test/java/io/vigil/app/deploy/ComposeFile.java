package io.vigil.app.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's {@code docker-compose.yml} as Compose reads it: {@code ${VAR}}, {@code ${VAR:-default}} and
 * {@code ${VAR:?message}} resolved from a given environment, YAML anchors and merge keys applied.
 */
record ComposeFile(Map<String, ComposeService> services, Set<String> volumes) {

    /** Tests run in the app module's directory. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    static final Path FILE = REPOSITORY.resolve("docker-compose.yml");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-?])([^}]*))?}");

    static ComposeFile load(Map<String, String> environment) throws IOException {
        Map<String, Object> root = new Yaml().load(interpolate(Files.readString(FILE), environment));
        Map<String, ComposeService> services = new LinkedHashMap<>();
        ComposeService.map(root.get("services"))
                .forEach((name, definition) ->
                        services.put(name, new ComposeService(name, ComposeService.map(definition))));
        return new ComposeFile(services, ComposeService.map(root.get("volumes")).keySet());
    }

    ComposeService service(String name) {
        ComposeService service = services.get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name + "; it has " + services.keySet());
        }
        return service;
    }

    static String interpolate(String text, Map<String, String> environment) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = environment.get(variable.group(1));
            if (value == null || value.isEmpty()) {
                if ("?".equals(variable.group(2))) {
                    throw new IllegalArgumentException(variable.group(1) + " is required: " + variable.group(3));
                }
                value = variable.group(2) == null ? "" : variable.group(3);
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        return resolved.toString().replace("$$", "$");
    }
}
