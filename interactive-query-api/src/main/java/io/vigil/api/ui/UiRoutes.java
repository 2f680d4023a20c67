package io.vigil.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ApiKey;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.error.ApiException;
import io.vigil.schema.sensor.SensorFileIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web UI for sensor files: server-rendered pages, a stylesheet and one script. The pages are public routes that
 * check the UI's cookie themselves ({@link UiSession}), so that a visitor without one is sent to the login form; the
 * script calls the JSON API, which accepts the same cookie.
 */
public final class UiRoutes implements RouteGroup {

    public static final String HOME = "/ui";
    public static final String FILE = "/ui/files/{id}";
    public static final String LOGIN = "/ui/login";
    public static final String LOGOUT = "/ui/logout";
    public static final String ASSET = "/ui/assets/{asset}";

    private static final Map<String, String> ASSETS =
            Map.of("ui.css", "text/css; charset=utf-8", "ui.js", "text/javascript; charset=utf-8");

    private final SensorFilesView files;
    private final UiSession session;
    private final long maxUploadBytes;
    private final Map<String, byte[]> assets;

    /** @param maxUploadBytes the upload limit the page announces */
    public UiRoutes(SensorFilesView files, ApiKeyAuthenticator authenticator, long maxUploadBytes) {
        this.files = files;
        this.session = new UiSession(authenticator);
        this.maxUploadBytes = maxUploadBytes;
        this.assets = Map.of("ui.css", read("ui.css"), "ui.js", read("ui.js"));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(HOME, this::home);
        routes.get(FILE, this::file);
        routes.get(LOGIN, ctx -> UiLayout.render(ctx, 200, "Sign in", "", LoginPage.content(null), false));
        routes.post(LOGIN, this::login);
        routes.post(LOGOUT, ctx -> {
            UiSession.end(ctx);
            ctx.redirect(LOGIN, HttpStatus.SEE_OTHER);
        });
        routes.get(ASSET, this::asset);
    }

    private void home(Context ctx) {
        Optional<ApiKey> reader = session.reader(ctx);
        if (reader.isEmpty()) {
            ctx.redirect(LOGIN, HttpStatus.SEE_OTHER);
            return;
        }
        List<JsonNode> recent = files.recent(reader.get(), UploadPage.RECENT_FILES);
        UiLayout.render(
                ctx, 200, "Sensor files", " data-page=\"upload\"", UploadPage.content(recent, maxUploadBytes), true);
    }

    private void file(Context ctx) {
        Optional<ApiKey> reader = session.reader(ctx);
        if (reader.isEmpty()) {
            ctx.redirect(LOGIN, HttpStatus.SEE_OTHER);
            return;
        }
        ApiKey caller = reader.get();
        String fileId = ctx.pathParam("id");
        if (!SensorFileIds.isWellFormed(fileId)) {
            notFound(ctx, 400, "A file id is 32 lowercase hex digits.");
            return;
        }
        JsonNode file;
        try {
            file = files.file(caller, fileId);
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            notFound(ctx, 404, "No file " + fileId + " (yet: a file just uploaded shows in a moment).");
            return;
        }
        String status = file.path("status").asText();
        String data = " data-page=\"file\" data-file-id=\"" + Html.text(fileId) + "\" data-status=\""
                + Html.text(status) + "\"";
        String content = FilePage.content(
                file, files.sensors(caller, fileId, FilePage.SENSOR_ROWS), files.series(caller, fileId));
        UiLayout.render(ctx, 200, FilePage.title(file), data, content, true);
    }

    private void login(Context ctx) {
        String typed = ctx.formParam("api_key");
        Optional<ApiKey> key = typed == null ? Optional.empty() : session.reader(typed.strip());
        if (key.isEmpty()) {
            UiLayout.render(
                    ctx, 401, "Sign in", "", LoginPage.content("That key is not valid, or may not read."), false);
            return;
        }
        UiSession.start(ctx, key.get().value());
        ctx.redirect(HOME, HttpStatus.SEE_OTHER);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        byte[] content = assets.get(name);
        if (content == null) {
            throw ApiException.notFound("No such UI file: " + name);
        }
        ctx.header("Cache-Control", "no-cache").contentType(ASSETS.get(name)).result(content);
    }

    private static void notFound(Context ctx, int status, String message) {
        UiLayout.render(ctx, status, "Not found", "", "<section><p>" + Html.text(message) + "</p></section>", true);
    }

    private static byte[] read(String asset) {
        try (InputStream in = UiRoutes.class.getResourceAsStream(asset)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + asset);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class-path resource " + asset, e);
        }
    }
}
