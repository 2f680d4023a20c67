package io.vigil.bench.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Asks an instance every question whose {@link Answer} the workload knows and lists the ones it does not answer that
 * way yet. The instance routes each question to the store's owner, as it would for any client.
 */
final class AnswerCheck {

    private final FaultApi api;
    private final ObjectMapper json = new ObjectMapper();

    AnswerCheck(FaultApi api) {
        this.api = api;
    }

    /** What is not answered as expected, one line each: the path and what differs or went wrong. */
    List<String> unmet(VigilProcess instance, Collection<Answer> answers) throws InterruptedException {
        List<String> unmet = new ArrayList<>();
        for (Answer answer : answers) {
            try {
                HttpResponse<String> response = api.get(instance.baseUrl(), answer.path());
                if (response.statusCode() != 200) {
                    unmet.add(answer.path() + " -> " + response.statusCode() + " " + response.body());
                } else {
                    List<String> mismatches = answer.mismatches(json.readTree(response.body()));
                    if (!mismatches.isEmpty()) {
                        unmet.add(answer.path() + ": " + String.join(", ", mismatches));
                    }
                }
            } catch (IOException e) {
                unmet.add(answer.path() + " -> " + e);
            }
        }
        return unmet;
    }
}
