package dev.moderato.submission;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The test client's own address is a trusted reverse proxy, so its X-Forwarded-For is believed. */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("moderato.trusted-proxies", "127.0.0.1/32");
    }
}
