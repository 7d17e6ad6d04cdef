package dev.moderato.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moderato.deploy.Manifests.Manifest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.moderato.deploy.Manifests.BASE;
import static dev.moderato.deploy.Manifests.appContainer;
import static dev.moderato.deploy.Manifests.appDeployment;
import static dev.moderato.deploy.Manifests.podLabels;
import static dev.moderato.deploy.Manifests.podSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What can be checked of k8s/ and the Dockerfile without a cluster or a container engine. */
class ManifestTest {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Path EXAMPLE_SECRET = BASE.resolve("secret.example.yaml");
    private static final Map<String, String> PROBE_PATHS = Map.of(
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready",
            "startupProbe", "/q/health/started");

    @Test
    void everyYamlFileParsesIntoNamedObjects() {
        List<Path> files = Manifests.yamlFiles();
        assertTrue(files.size() >= 10, "k8s/ holds the base and two overlays: " + files);
        for (Path file : files) {
            List<Manifest> manifests;
            try {
                manifests = Manifests.read(file);
            } catch (RuntimeException e) {
                throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
            }
            assertFalse(manifests.isEmpty(), file + " holds no document");
            for (Manifest manifest : manifests) {
                assertFalse(manifest.body().path("apiVersion").asText().isBlank(), "apiVersion in " + file);
                assertFalse(manifest.kind().isBlank(), "kind in " + file);
                if (!manifest.kind().equals("Kustomization")) {
                    assertFalse(manifest.name().isBlank(), "metadata.name in " + file);
                }
            }
        }
    }

    @Test
    void kustomizationsReferenceFilesThatExist() {
        List<Path> dirs = Manifests.kustomizationDirs();
        assertEquals(Set.of(BASE, Path.of("k8s/overlays/in-cluster-postgres"), Path.of("k8s/overlays/external-postgres")),
                Set.copyOf(dirs));
        for (Path dir : dirs) {
            for (Path resource : Manifests.resourceEntries(dir)) {
                assertTrue(Files.isRegularFile(resource) || Files.isRegularFile(resource.resolve(Manifests.KUSTOMIZATION)),
                        dir + " lists " + resource + ", which is neither a file nor a kustomization folder");
            }
            for (Path patch : Manifests.patchFiles(dir)) {
                assertTrue(Files.isRegularFile(patch), dir + " patches with missing " + patch);
            }
        }
    }

    @Test
    void everyManifestBesideAKustomizationIsPartOfIt() throws IOException {
        for (Path dir : Manifests.kustomizationDirs()) {
            Set<Path> listed = new HashSet<>(Manifests.resourceEntries(dir));
            listed.addAll(Manifests.patchFiles(dir));
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> forgotten = files
                        .filter(file -> file.toString().endsWith(".yaml"))
                        .filter(file -> !file.getFileName().toString().equals(Manifests.KUSTOMIZATION))
                        .filter(file -> !file.getFileName().toString().endsWith(".example.yaml"))
                        .filter(file -> !listed.contains(file.normalize()))
                        .toList();
                assertEquals(List.of(), forgotten, dir + "/kustomization.yaml does not list them");
            }
        }
    }

    @Test
    void noKustomizationAppliesASecret() {
        for (Path dir : Manifests.kustomizationDirs()) {
            assertFalse(Manifests.resourceEntries(dir).contains(EXAMPLE_SECRET), dir + " applies the example Secret");
            List<Manifest> secrets = Stream.concat(Manifests.resources(dir).stream(), Manifests.patches(dir).stream())
                    .filter(m -> m.kind().equals("Secret")).toList();
            assertEquals(List.of(), secrets, dir + " would apply placeholder passwords");
        }
        assertEquals("moderato-secrets", Manifests.read(EXAMPLE_SECRET).get(0).name());
    }

    @Test
    void patchesTargetObjectsOfTheirBase() {
        for (Path dir : Manifests.kustomizationDirs()) {
            List<Manifest> resources = Manifests.resources(dir);
            for (Manifest patch : Manifests.patches(dir)) {
                assertTrue(resources.stream().anyMatch(m -> m.is(patch.kind(), patch.name())),
                        patch + " patches nothing that " + dir + " builds");
            }
        }
    }

    @Test
    void probesUseTheHealthEndpointsOnTheManagementPort() {
        assertEquals(PROBE_PATHS, Manifests.probePaths());
        JsonNode container = appContainer();
        for (String probe : PROBE_PATHS.keySet()) {
            assertEquals(KnownConfiguration.managementPort(), containerPort(container.path(probe).path("httpGet").path("port")),
                    probe + " probes another port than the management interface's");
        }
    }

    @Test
    void prometheusScrapesTheManagementPortWhichTheNetworkPolicyOpensToMonitoringOnly() {
        JsonNode annotations = appDeployment().body().path("spec").path("template").path("metadata").path("annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText());
        assertEquals(String.valueOf(KnownConfiguration.managementPort()), annotations.path("prometheus.io/port").asText());
        assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());

        JsonNode ingress = Manifests.find(Manifests.resources(BASE), "NetworkPolicy", "moderato").body().path("spec").path("ingress");
        for (JsonNode rule : ingress) {
            boolean management = rule.path("ports").findValues("port").stream()
                    .anyMatch(port -> port.asInt() == KnownConfiguration.managementPort());
            if (management) {
                assertEquals(1, rule.path("from").size(), "the management port is open to one peer: " + rule);
                assertEquals("monitoring", rule.path("from").get(0).path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText(), rule.toString());
            }
        }
    }

    @Test
    void serviceSendsPort80ToTheApplicationPortAndNeverPublishesTheManagementPort() {
        JsonNode ports = appContainer().path("ports");
        assertEquals(2, ports.size());
        assertEquals("http", ports.get(0).path("name").asText());
        assertEquals(KnownConfiguration.httpPort(), ports.get(0).path("containerPort").asInt(), "the application's HTTP port");
        assertEquals("management", ports.get(1).path("name").asText());
        assertEquals(KnownConfiguration.managementPort(), ports.get(1).path("containerPort").asInt(), "the management port");

        JsonNode servicePorts = serviceOfBase().body().path("spec").path("ports");
        assertEquals("ClusterIP", serviceOfBase().body().path("spec").path("type").asText());
        assertEquals(1, servicePorts.size(), "the Service publishes the application port only: " + servicePorts);
        assertEquals(80, servicePorts.get(0).path("port").asInt());
        assertEquals(KnownConfiguration.httpPort(), containerPort(servicePorts.get(0).path("targetPort")),
                "Service targetPort " + servicePorts.get(0).path("targetPort"));
    }

    @Test
    void serviceHpaPdbAndNetworkPolicySelectTheApplicationPods() {
        Manifest deployment = appDeployment();
        Map<String, String> podLabels = podLabels(deployment);
        List<Manifest> base = Manifests.resources(BASE);

        assertTrue(selects(Manifests.labels(deployment.body().path("spec").path("selector").path("matchLabels")), podLabels),
                "the Deployment's selector misses its own pods");
        assertTrue(selects(Manifests.labels(serviceOfBase().body().path("spec").path("selector")), podLabels), "Service selector");
        assertTrue(selects(Manifests.labels(Manifests.find(base, "PodDisruptionBudget", "moderato").body()
                .path("spec").path("selector").path("matchLabels")), podLabels), "PodDisruptionBudget selector");
        assertTrue(selects(Manifests.labels(Manifests.find(base, "NetworkPolicy", "moderato").body()
                .path("spec").path("podSelector").path("matchLabels")), podLabels), "NetworkPolicy podSelector");

        JsonNode target = Manifests.find(base, "HorizontalPodAutoscaler", "moderato").body().path("spec");
        assertEquals("Deployment", target.path("scaleTargetRef").path("kind").asText());
        assertEquals(deployment.name(), target.path("scaleTargetRef").path("name").asText());
        assertTrue(target.path("minReplicas").asInt() >= 2, "at least two replicas");
        assertEquals(1, Manifests.find(base, "PodDisruptionBudget", "moderato").body()
                .path("spec").path("minAvailable").asInt());
    }

    /** In every build, each selector picks the pods of exactly one workload: never PostgreSQL's with Moderato's. */
    @Test
    void everySelectorPicksExactlyOneWorkload() {
        for (Path dir : Manifests.kustomizationDirs()) {
            List<Manifest> resources = Manifests.resources(dir);
            List<Manifest> workloads = resources.stream().filter(Manifests::isWorkload).toList();
            List<Manifest> selecting = Stream.concat(resources.stream(), Manifests.patches(dir).stream()).toList();
            for (Manifest manifest : selecting) {
                for (JsonNode selector : podSelectors(manifest)) {
                    long picked = workloads.stream().filter(w -> selects(Manifests.labels(selector), podLabels(w))).count();
                    assertEquals(1, picked, manifest + " in " + dir + ": selector " + selector);
                }
                if (manifest.kind().equals("StatefulSet")) {
                    String service = manifest.body().path("spec").path("serviceName").asText();
                    Manifests.find(resources, "Service", service);
                }
            }
        }
    }

    @Test
    void everyServiceTargetsAPortOfThePodsItSelects() {
        for (Path dir : Manifests.kustomizationDirs()) {
            List<Manifest> resources = Manifests.resources(dir);
            for (Manifest service : resources.stream().filter(m -> m.kind().equals("Service")).toList()) {
                Map<String, String> selector = Manifests.labels(service.body().path("spec").path("selector"));
                for (Manifest workload : resources.stream().filter(Manifests::isWorkload)
                        .filter(w -> selects(selector, podLabels(w))).toList()) {
                    for (JsonNode port : service.body().path("spec").path("ports")) {
                        assertTrue(opens(workload, port.path("targetPort")),
                                service + " sends to port " + port.path("targetPort") + ", which " + workload + " does not open");
                    }
                }
            }
        }
    }

    @Test
    void podsRunAsNonRootOnAReadOnlyFilesystem() {
        List<Manifest> workloads = Manifests.applied().stream().filter(Manifests::isWorkload).toList();
        assertTrue(workloads.size() >= 2, "Moderato and the in-cluster PostgreSQL");
        for (Manifest workload : workloads) {
            JsonNode pod = podSpec(workload).path("securityContext");
            assertTrue(pod.path("runAsNonRoot").asBoolean(), workload + " runAsNonRoot");
            assertTrue(pod.path("runAsUser").isInt() && pod.path("runAsUser").asInt() > 0, workload + " numeric runAsUser");
            assertEquals("RuntimeDefault", pod.path("seccompProfile").path("type").asText(), workload + " seccomp");
            for (JsonNode container : podSpec(workload).path("containers")) {
                JsonNode security = container.path("securityContext");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), workload + " readOnlyRootFilesystem");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), workload + " allowPrivilegeEscalation");
                assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), workload + " drops capabilities");
                assertTrue(container.path("resources").path("requests").has("cpu"), workload + " requests CPU (HPA, scheduling)");
                assertTrue(container.path("resources").path("requests").has("memory"), workload + " requests memory");
                assertTrue(container.path("resources").path("limits").has("memory"), workload + " limits memory");
                assertTrue(hasEmptyDirAt(workload, container, "/tmp"), workload + " needs a writable /tmp");
            }
        }
    }

    @Test
    void deploymentReadsTheConfigMapAndTheSecretThatAreDefined() {
        Set<String> envFrom = new TreeSet<>();
        appContainer().path("envFrom").forEach(source -> {
            if (source.has("configMapRef")) {
                envFrom.add("ConfigMap " + source.path("configMapRef").path("name").asText());
            }
            if (source.has("secretRef")) {
                envFrom.add("Secret " + source.path("secretRef").path("name").asText());
            }
        });
        assertEquals(Set.of("ConfigMap moderato-config", "Secret moderato-secrets"), envFrom);
        Manifests.find(Manifests.resources(BASE), "ConfigMap", "moderato-config");
        Manifests.find(Manifests.read(EXAMPLE_SECRET), "Secret", "moderato-secrets");
    }

    @Test
    void envValueFromReferencesKeysThatExist() {
        List<Manifest> defined = Manifests.all();
        for (Manifest workload : defined.stream().filter(Manifests::isWorkload).toList()) {
            for (JsonNode container : podSpec(workload).path("containers")) {
                for (JsonNode env : container.path("env")) {
                    for (String kind : List.of("secretKeyRef", "configMapKeyRef")) {
                        JsonNode ref = env.path("valueFrom").path(kind);
                        if (!ref.isMissingNode()) {
                            Manifest source = Manifests.find(defined, kind.equals("secretKeyRef") ? "Secret" : "ConfigMap",
                                    ref.path("name").asText());
                            assertTrue(dataKeys(source).contains(ref.path("key").asText()),
                                    workload + " reads " + ref + ", which " + source + " lacks");
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyConfigMapAndSecretKeyIsConfigurationTheApplicationKnows() {
        Set<String> known = new TreeSet<>();
        KnownConfiguration.keys().forEach(key -> known.add(KnownConfiguration.environmentName(key)));
        List<Manifest> sources = Manifests.all().stream()
                .filter(m -> m.kind().equals("ConfigMap") || m.kind().equals("Secret")).toList();
        assertTrue(sources.size() >= 4, "the base ConfigMap, its two patches and the example Secret: " + sources);
        for (Manifest source : sources) {
            for (String key : dataKeys(source)) {
                assertTrue(key.matches("(MODERATO|QUARKUS)_[A-Z0-9_]+"), source + ": " + key + " is no configuration key");
                assertTrue(known.contains(key), source + ": " + key + " sets nothing the application reads; known: " + known);
            }
        }
    }

    @Test
    void containerImageRunsAsTheDeploymentUserAndExposesItsPort() throws IOException {
        List<String> instructions = Files.readAllLines(DOCKERFILE).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        String user = last(instructions, "USER");
        String expose = last(instructions, "EXPOSE");

        assertEquals(podSpec(appDeployment()).path("securityContext").path("runAsUser").asText(), user);
        assertEquals(appContainer().path("ports").findValuesAsText("containerPort").stream().collect(Collectors.joining(" ")), expose);
        assertEquals("moderato", appContainer().path("image").asText());
        JsonNode image = Manifests.kustomization(BASE).path("images").get(0);
        assertEquals("moderato", image.path("name").asText());
        assertFalse(image.path("newTag").asText().isBlank(), "the base sets the image tag");
    }

    private static Manifest serviceOfBase() {
        return Manifests.find(Manifests.resources(BASE), "Service", "moderato");
    }

    private static boolean isContainerPort(JsonNode port) {
        return opens(appDeployment(), port);
    }

    /** The number of the application container's port that a probe or a Service names, or -1. */
    private static int containerPort(JsonNode port) {
        for (JsonNode declared : appContainer().path("ports")) {
            if (port.isInt() ? port.asInt() == declared.path("containerPort").asInt()
                    : port.asText().equals(declared.path("name").asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    /** Whether a container of the workload declares the port, given by number or by name. */
    private static boolean opens(Manifest workload, JsonNode port) {
        for (JsonNode container : podSpec(workload).path("containers")) {
            for (JsonNode declared : container.path("ports")) {
                if (port.isInt() ? port.asInt() == declared.path("containerPort").asInt()
                        : port.asText().equals(declared.path("name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Selectors of pods in this namespace: Service, PDB, NetworkPolicy (its own and its peers), workload. */
    private static List<JsonNode> podSelectors(Manifest manifest) {
        JsonNode spec = manifest.body().path("spec");
        List<JsonNode> selectors = new ArrayList<>();
        switch (manifest.kind()) {
            case "Service" -> selectors.add(spec.path("selector"));
            case "PodDisruptionBudget", "Deployment", "StatefulSet" -> selectors.add(spec.path("selector").path("matchLabels"));
            case "NetworkPolicy" -> {
                if (spec.has("podSelector")) {
                    selectors.add(spec.path("podSelector").path("matchLabels"));
                }
                Stream.concat(peers(spec.path("ingress"), "from"), peers(spec.path("egress"), "to"))
                        .filter(peer -> peer.has("podSelector") && !peer.has("namespaceSelector"))
                        .forEach(peer -> selectors.add(peer.path("podSelector").path("matchLabels")));
            }
            default -> { }
        }
        return selectors;
    }

    private static Stream<JsonNode> peers(JsonNode rules, String direction) {
        List<JsonNode> peers = new ArrayList<>();
        rules.forEach(rule -> rule.path(direction).forEach(peers::add));
        return peers.stream();
    }

    private static boolean hasEmptyDirAt(Manifest workload, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                for (JsonNode volume : podSpec(workload).path("volumes")) {
                    if (volume.path("name").equals(mount.path("name")) && volume.has("emptyDir")) {
                        return !mount.path("readOnly").asBoolean();
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> dataKeys(Manifest source) {
        Set<String> keys = new TreeSet<>();
        for (String field : List.of("data", "stringData")) {
            source.body().path(field).properties().forEach(entry -> keys.add(entry.getKey()));
        }
        return keys;
    }

    private static String last(List<String> instructions, String keyword) {
        return instructions.stream()
                .filter(line -> line.toUpperCase(Locale.ROOT).startsWith(keyword + " "))
                .reduce((first, second) -> second)
                .map(line -> line.substring(keyword.length()).strip())
                .orElseGet(() -> fail("The Dockerfile has no " + keyword));
    }
}
