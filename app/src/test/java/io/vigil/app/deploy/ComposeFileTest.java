package io.vigil.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.app.config.ConfigSources;
import io.vigil.config.VigilConfig;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a Compose schema check cannot see in {@code docker-compose.yml}: that the Vigil instances get only settings
 * Vigil knows and accepts, advertise hosts the other instance can reach, start after what they need is healthy, and
 * keep their state where a restart finds it. {@link ConnectWorkerFilesTest} covers the Connect worker's files.
 */
class ComposeFileTest {

    static final String ADMIN_KEY = "admin." + "0123456789abcdef".repeat(4);

    private static ComposeFile compose;

    @BeforeAll
    static void load() throws IOException {
        compose = ComposeFile.load(Map.of("VIGIL_ADMIN_API_KEY", ADMIN_KEY));
    }

    @Test
    void shouldGiveTheVigilInstancesOnlySettingsVigilConfigAccepts() {
        assertThat(vigilServices()).hasSize(2);
        for (ComposeService vigil : vigilServices()) {
            VigilConfig config = configOf(vigil);
            assertThat(config.replicationFactor()).as(vigil.name()).isEqualTo((short) 3);
            assertThat(config.getInt(VigilConfig.NUM_STANDBY_REPLICAS_CONFIG))
                    .as(vigil.name())
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldRejectASettingNameVigilDoesNotKnowAsTheInstancesWouldAtStart() {
        Map<String, String> misspelt = new HashMap<>(vigilServices().get(0).environment());
        misspelt.put("VIGIL_NUM_STANDBYS_REPLICAS", "1");

        assertThatThrownBy(() -> new VigilConfig(ConfigSources.merge(Optional.empty(), misspelt, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("vigil.num.standbys.replicas");
    }

    @Test
    void shouldRequireTheAdminKeyFromTheEnvironmentRatherThanShipOne() {
        assertThatThrownBy(() -> ComposeFile.load(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VIGIL_ADMIN_API_KEY");
    }

    @Test
    void shouldLetEachInstanceAdvertiseItsOwnServiceNameWithinOneApplication() {
        List<VigilConfig> configs = vigilServices().stream().map(this::configOf).toList();
        List<String> advertised =
                configs.stream().map(VigilConfig::advertisedHost).toList();

        assertThat(advertised)
                .containsExactlyInAnyOrderElementsOf(
                        vigilServices().stream().map(ComposeService::name).toList());
        assertThat(configs.stream().map(VigilConfig::applicationId).distinct()).hasSize(1);
        for (ComposeService vigil : vigilServices()) {
            assertThat(vigil.definition().get("hostname")).isEqualTo(vigil.name());
        }
    }

    @Test
    void shouldPointTheInstancesAtTheBrokersRegistryAndS3OfTheStack() {
        for (ComposeService vigil : vigilServices()) {
            VigilConfig config = configOf(vigil);
            Set<String> brokers = Arrays.stream(config.bootstrapServers().split(","))
                    .map(server -> server.substring(0, server.indexOf(':')))
                    .collect(Collectors.toSet());
            assertThat(brokers).isEqualTo(servicesNamed("kafka-"));
            assertThat(compose.services())
                    .containsKeys(
                            URI.create(config.schemaRegistryUrl().orElseThrow()).getHost(),
                            URI.create(config.s3Endpoint().orElseThrow()).getHost());
            assertThat(config.schemaRegistryUrl().orElseThrow()).endsWith("/apis/ccompat/v7");
        }
    }

    @Test
    void shouldCreateTheBucketTheInstancesWriteTo() {
        String initial = compose.service("s3").environment().get("COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS");
        for (ComposeService vigil : vigilServices()) {
            assertThat(List.of(initial.split(","))).contains(configOf(vigil).sensorBucket());
        }
    }

    @Test
    void shouldGiveEveryServiceAHealthCheck() {
        compose.services().values().forEach(service -> assertThat(service.healthcheck())
                .as(service.name())
                .hasValueSatisfying(check -> assertThat(check).containsKey("test")));
    }

    @Test
    void shouldStartEachServiceOnlyOnceTheServicesItNeedsAreHealthy() {
        for (ComposeService service : compose.services().values()) {
            service.dependsOn().forEach((needed, condition) -> {
                assertThat(compose.services()).as(service.name()).containsKey(needed);
                assertThat(condition).as(service.name() + " on " + needed).isEqualTo("service_healthy");
            });
        }
        assertThat(compose.service("vigil-1").dependsOn()).containsKeys("kafka-1", "kafka-2", "kafka-3", "registry");
        assertThat(compose.service("connect").dependsOn()).containsKeys("sqs", "vigil-1");
    }

    /** A service keeps its state on a named volume, or says that its state lives in Kafka. */
    @Test
    void shouldKeepTheStateOfEveryServiceOnANamedVolumeOrInKafka() {
        for (ComposeService service : compose.services().values()) {
            List<ComposeService.Mount> volumes = service.mounts().stream()
                    .filter(ComposeService.Mount::isNamedVolume)
                    .toList();
            if (volumes.isEmpty()) {
                assertThat(service.labels()).as(service.name()).containsEntry("io.vigil.state", "kafka");
            }
            volumes.forEach(volume -> assertThat(compose.volumes()).contains(volume.source()));
        }
        Set<String> used = compose.services().values().stream()
                .flatMap(service -> service.mounts().stream())
                .map(ComposeService.Mount::source)
                .collect(Collectors.toSet());
        assertThat(used).containsAll(compose.volumes());
        for (ComposeService vigil : vigilServices()) {
            String stateDir = configOf(vigil).getString(VigilConfig.STATE_DIR_CONFIG);
            assertThat(vigil.mounts())
                    .anySatisfy(mount -> assertThat(mount.isNamedVolume() && stateDir.startsWith(mount.target()))
                            .isTrue());
        }
    }

    @Test
    void shouldFormOneQuorumOfThreeBrokersReplicatingEveryWriteTwice() {
        Set<String> brokers = servicesNamed("kafka-");
        assertThat(brokers).hasSize(3);
        Set<String> voters = new HashSet<>();
        for (String broker : brokers) {
            Map<String, String> env = compose.service(broker).environment();
            assertThat(env)
                    .as(broker)
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
            voters.add(env.get("KAFKA_NODE_ID") + "@" + advertisedHost(env) + ":9093");
        }
        String declared = compose.service("kafka-1").environment().get("KAFKA_CONTROLLER_QUORUM_VOTERS");
        assertThat(Set.of(declared.split(","))).isEqualTo(voters);
    }

    private static String advertisedHost(Map<String, String> brokerEnvironment) {
        String listener = brokerEnvironment.get("KAFKA_ADVERTISED_LISTENERS").split(",")[0];
        return URI.create(listener).getHost();
    }

    private VigilConfig configOf(ComposeService vigil) {
        return new VigilConfig(ConfigSources.merge(Optional.empty(), vigil.environment(), Map.of()));
    }

    private static List<ComposeService> vigilServices() {
        return compose.services().values().stream()
                .filter(ComposeService::isVigil)
                .toList();
    }

    private static Set<String> servicesNamed(String prefix) {
        return compose.services().keySet().stream()
                .filter(name -> name.startsWith(prefix))
                .collect(Collectors.toSet());
    }
}
