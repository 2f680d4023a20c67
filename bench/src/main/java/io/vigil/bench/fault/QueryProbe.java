package io.vigil.bench.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks an instance for the state of streams whose answer cannot change: each must come back 200 with the stream's
 * last arrival, or 503 with {@code Retry-After} while its store moves. Anything else is a wrong answer.
 */
final class QueryProbe {

    private final FaultApi api;
    private final Map<String, String> lastArrivalByStream;
    private final ObjectMapper json = new ObjectMapper();

    /** @param lastArrivalByStream the probe streams and the one key each has received */
    QueryProbe(FaultApi api, Map<String, String> lastArrivalByStream) {
        this.api = api;
        this.lastArrivalByStream = Map.copyOf(lastArrivalByStream);
    }

    /** One question per probe stream to {@code instance}. */
    Round ask(VigilProcess instance) throws InterruptedException {
        int correct = 0;
        int unavailable = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> probe : lastArrivalByStream.entrySet()) {
            String path = "/state/" + Workload.CLIENT + "/" + probe.getKey();
            try {
                HttpResponse<String> answer = api.get(instance.baseUrl(), path);
                if (answer.statusCode() == 503
                        && answer.headers().firstValue("Retry-After").isPresent()) {
                    unavailable++;
                } else if (answer.statusCode() == 200
                        && probe.getValue()
                                .equals(json.readTree(answer.body())
                                        .path("last_arrival_key")
                                        .asText())) {
                    correct++;
                } else {
                    wrong.add(path + " -> " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                wrong.add(path + " -> " + e);
            }
        }
        return new Round(correct, unavailable, wrong);
    }

    /** The answers of one round: correct, unavailable (503 with Retry-After), and the wrong ones in full. */
    record Round(int correct, int unavailable, List<String> wrong) {

        boolean allCorrect() {
            return unavailable == 0 && wrong.isEmpty();
        }
    }
}
