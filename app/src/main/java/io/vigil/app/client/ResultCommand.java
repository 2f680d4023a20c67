package io.vigil.app.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil result FILE_ID}: prints a file's document (GET /files/{id}) and exits by its status. */
@Command(
        name = "result",
        mixinStandardHelpOptions = true,
        description = {
            "Print the result of an uploaded file (GET /files/{id}) as JSON.",
            "Exit codes: 0 processed, 2 partial, 3 failed, 5 not finished yet, 1 the request failed (e.g. unknown id),"
                    + " 64 bad usage."
        })
public final class ResultCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ApiConnection api;

    @Parameters(paramLabel = "FILE_ID", description = "The id `vigil upload` printed.")
    String fileId;

    @Override
    public Integer call() throws JsonProcessingException {
        try {
            JsonNode document = api.client().file(fileId);
            spec.commandLine()
                    .getOut()
                    .println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            return FileOutcome.ofFinalStatus(document.path("status").asText())
                    .orElse(FileOutcome.NOT_FINISHED)
                    .exitCode();
        } catch (ApiCallException e) {
            spec.commandLine().getErr().println("vigil result: " + e.getMessage());
            return FileOutcome.REQUEST_FAILED;
        }
    }
}
