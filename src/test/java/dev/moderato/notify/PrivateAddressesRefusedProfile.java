package dev.moderato.notify;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The production default: webhooks reach public addresses only. */
public class PrivateAddressesRefusedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.webhooks.allow-private-addresses", "false");
    }
}
