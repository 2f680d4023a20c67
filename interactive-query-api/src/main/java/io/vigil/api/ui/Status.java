package io.vigil.api.ui;

import java.util.Set;

/** A file status as a coloured badge; only the known statuses become class names. */
final class Status {

    static final Set<String> FINAL = Set.of("processed", "partial", "failed");
    private static final Set<String> KNOWN = Set.of("uploaded", "processing", "processed", "partial", "failed");

    private Status() {}

    static String badge(String status) {
        String known = KNOWN.contains(status) ? status : "unknown";
        return "<span class=\"status status-" + known + "\">" + Html.text(status) + "</span>";
    }
}
