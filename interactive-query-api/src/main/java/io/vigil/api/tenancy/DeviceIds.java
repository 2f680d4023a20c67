package io.vigil.api.tenancy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A device's id: a name-based UUID of its project and external id. Ingest names devices by external id; deriving
 * the id lets it find the device with one read instead of an index kept in step with the devices.
 */
public final class DeviceIds {

    private DeviceIds() {}

    public static String of(String projectId, String externalId) {
        return UUID.nameUUIDFromBytes((projectId + "/" + externalId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
