package io.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class VigilConfigTest {

    private static final String KEY = "admin_0011.abcdefghijklmnopqrstuvwxyz0123456789ABC";

    @Test
    void shouldStartFromValidDefaults() {
        VigilConfig config = new VigilConfig(Map.of());

        assertThat(config.getString(VigilConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.schemaRegistryUrl()).isEmpty();
        assertThat(config.adminApiKey()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownKeyAndSuggestTheClosestOne() {
        assertThatThrownBy(() -> new VigilConfig(Map.of("vigil.http.prot", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Unknown setting vigil.http.prot; did you mean vigil.http.port?");
    }

    @Test
    void shouldPassClientSettingsThroughUnderTheirPrefixes() {
        VigilConfig config = new VigilConfig(Map.of(
                "vigil.streams.commit.interval.ms",
                "50",
                "vigil.adminclient.request.timeout.ms",
                "900",
                "vigil.consumer.session.timeout.ms",
                "6000",
                "other.key",
                "x"));

        assertThat(config.clientSettings(VigilConfig.STREAMS_PREFIX)).containsEntry("commit.interval.ms", "50");
        assertThat(config.clientSettings(VigilConfig.ADMIN_CLIENT_PREFIX)).containsEntry("request.timeout.ms", "900");
        assertThat(config.clientSettings(VigilConfig.CONSUMER_PREFIX)).containsEntry("session.timeout.ms", "6000");
    }

    @Test
    void shouldNameTheKeyAndValueOfABadSetting() {
        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.HTTP_PORT_CONFIG, "70000")))
                .hasMessageContaining("vigil.http.port")
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.HTTP_PORT_CONFIG, "abc")))
                .hasMessageContaining("vigil.http.port");
        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once")))
                .hasMessageContaining("vigil.processing.guarantee");
        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.SCHEMA_REGISTRY_URL_CONFIG, "ftp://r")))
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void shouldReadTheUptimeDefaultZoneAndRefuseAnUnknownOne() {
        assertThat(new VigilConfig(Map.of()).uptimeDefaultZone()).isEqualTo(java.time.ZoneId.of("America/Chicago"));
        assertThat(new VigilConfig(Map.of(VigilConfig.UPTIME_DEFAULT_TIMEZONE_CONFIG, "Asia/Kolkata"))
                        .uptimeDefaultZone())
                .isEqualTo(java.time.ZoneId.of("Asia/Kolkata"));
        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.UPTIME_DEFAULT_TIMEZONE_CONFIG, "Mars/Olympus")))
                .hasMessageContaining("vigil.uptime.default.timezone")
                .hasMessageContaining("Mars/Olympus");
    }

    @Test
    void shouldRefuseAWeakAdminKeyWithoutEchoingIt() {
        String weak = "admin.short";

        assertThatThrownBy(() -> new VigilConfig(Map.of(VigilConfig.ADMIN_API_KEY_CONFIG, weak)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("prefix.secret")
                .hasMessageNotContaining(weak);
        assertThat(new VigilConfig(Map.of(VigilConfig.ADMIN_API_KEY_CONFIG, KEY)).adminApiKey())
                .get()
                .extracting(p -> p.value())
                .isEqualTo(KEY);
    }

    @Test
    void shouldRefuseWriteBuffersLargerThanTheBlockCache() {
        assertThatThrownBy(() -> new VigilConfig(Map.of(
                        VigilConfig.ROCKSDB_BLOCK_CACHE_BYTES_CONFIG, "2097152",
                        VigilConfig.ROCKSDB_WRITE_BUFFER_BYTES_CONFIG, "4194304")))
                .hasMessageContaining("must not exceed vigil.rocksdb.block.cache.bytes");
    }

    @Test
    void shouldListEveryKeyInTheReference() {
        assertThat(VigilConfig.markdownTable())
                .contains("`vigil.bootstrap.servers`", "`vigil.admin.api.key`", "`vigil.rocksdb.write.buffer.bytes`");
    }
}
