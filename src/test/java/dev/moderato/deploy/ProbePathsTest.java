package dev.moderato.deploy;

import dev.moderato.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kubernetes probes the paths that k8s/base/deployment.yaml names, on the management port: the application must answer them there. */
@QuarkusTest
class ProbePathsTest {

    @Test
    void everyProbePathOfTheDeploymentAnswers200() {
        Map<String, String> probes = Manifests.probePaths();
        assertEquals(3, probes.size(), "liveness, readiness and startup probes: " + probes);
        probes.forEach((probe, path) ->
                assertEquals(200, Management.given().when().get(path).then().extract().statusCode(), probe + " GET " + path));
    }
}
