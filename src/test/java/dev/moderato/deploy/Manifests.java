package dev.moderato.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The YAML files under {@code k8s/}, read the way kustomize reads them: several documents a file. */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final Path BASE = ROOT.resolve("base");
    static final String KUSTOMIZATION = "kustomization.yaml";

    /** Duplicate keys are an error, as for kubectl: otherwise the last one silently wins. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One YAML document and the file it came from. */
    record Manifest(Path file, JsonNode body) {

        String kind() {
            return body.path("kind").asText();
        }

        String name() {
            return body.path("metadata").path("name").asText();
        }

        boolean is(String kind, String name) {
            return kind().equals(kind) && name().equals(name);
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file + ")";
        }
    }

    private Manifests() {
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of the file; a parse error is thrown. */
    static List<Manifest> read(Path file) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            List<Manifest> manifests = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode body = documents.next();
                if (body != null && !body.isMissingNode() && !body.isNull()) {
                    manifests.add(new Manifest(file, body));
                }
            }
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<Manifest> all() {
        return yamlFiles().stream().flatMap(file -> read(file).stream()).toList();
    }

    static List<Path> kustomizationDirs() {
        return yamlFiles().stream()
                .filter(file -> file.getFileName().toString().equals(KUSTOMIZATION))
                .map(Path::getParent)
                .toList();
    }

    static JsonNode kustomization(Path dir) {
        return read(dir.resolve(KUSTOMIZATION)).get(0).body();
    }

    /** The entries of {@code resources}, as paths relative to the kustomization's folder. */
    static List<Path> resourceEntries(Path dir) {
        List<Path> entries = new ArrayList<>();
        kustomization(dir).path("resources").forEach(entry -> entries.add(dir.resolve(entry.asText()).normalize()));
        return entries;
    }

    /** The files of {@code patches} (path form) and of the older {@code patchesStrategicMerge}. */
    static List<Path> patchFiles(Path dir) {
        JsonNode kustomization = kustomization(dir);
        List<Path> files = new ArrayList<>();
        kustomization.path("patches").forEach(patch -> {
            if (patch.has("path")) {
                files.add(dir.resolve(patch.get("path").asText()).normalize());
            }
        });
        kustomization.path("patchesStrategicMerge").forEach(patch -> files.add(dir.resolve(patch.asText()).normalize()));
        return files;
    }

    /** The objects a kustomization builds, before its patches: its resources, folders followed. */
    static List<Manifest> resources(Path dir) {
        List<Manifest> manifests = new ArrayList<>();
        for (Path entry : resourceEntries(dir)) {
            if (Files.isDirectory(entry)) {
                manifests.addAll(resources(entry));
            } else {
                manifests.addAll(read(entry));
            }
        }
        return manifests;
    }

    /** Every object some kustomization builds, each once, before patches. */
    static List<Manifest> applied() {
        return kustomizationDirs().stream().flatMap(dir -> resources(dir).stream()).distinct().toList();
    }

    static List<Manifest> patches(Path dir) {
        return patchFiles(dir).stream().flatMap(file -> read(file).stream()).toList();
    }

    static Manifest find(List<Manifest> manifests, String kind, String name) {
        return manifests.stream().filter(m -> m.is(kind, name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " among " + manifests));
    }

    /** The application's Deployment, as the base defines it. */
    static Manifest appDeployment() {
        return find(resources(BASE), "Deployment", "moderato");
    }

    static JsonNode appContainer() {
        return appDeployment().body().path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** Probe name ({@code livenessProbe}, …) → HTTP path, for every HTTP probe of the app's container. */
    static Map<String, String> probePaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (var field : appContainer().properties()) {
            if (field.getKey().endsWith("Probe") && field.getValue().has("httpGet")) {
                paths.put(field.getKey(), field.getValue().path("httpGet").path("path").asText());
            }
        }
        return paths;
    }

    /** Workloads (Deployments and StatefulSets) run pods from a template. */
    static boolean isWorkload(Manifest manifest) {
        return manifest.kind().equals("Deployment") || manifest.kind().equals("StatefulSet");
    }

    static JsonNode podSpec(Manifest workload) {
        return workload.body().path("spec").path("template").path("spec");
    }

    static Map<String, String> podLabels(Manifest workload) {
        return labels(workload.body().path("spec").path("template").path("metadata").path("labels"));
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.properties().forEach(field -> labels.put(field.getKey(), field.getValue().asText()));
        return labels;
    }
}
