package dev.moderato.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the management interface, the port of health and metrics, which the running test service chose. */
public final class Management {

    private Management() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
