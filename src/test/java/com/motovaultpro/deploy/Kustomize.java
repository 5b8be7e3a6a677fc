package com.motovaultpro.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code kustomize build} makes of our kustomizations, for the tests (no kustomize binary on
 * the build machines): resources (files and directories), namespace, images, JSON 6902 patches
 * with a target, and configMapGenerator from files. Any other field is refused, so a kustomization
 * cannot use something this renderer would silently skip.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches",
            "configMapGenerator");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterIssuer", "ClusterRole", "ClusterRoleBinding");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Kustomize() {
    }

    static List<ObjectNode> build(Path directory) throws IOException {
        Map<String, Object> kustomization = yaml(directory.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field not supported here: " + field);
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (Object resource : list(kustomization.get("resources"))) {
            Path path = directory.resolve(resource.toString()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                objects.addAll(documents(path));
            } else {
                throw new IllegalArgumentException(directory + ": no resource " + resource);
            }
        }
        for (Object generator : list(kustomization.get("configMapGenerator"))) {
            objects.add(configMap(directory, map(generator)));
        }
        for (Object image : list(kustomization.get("images"))) {
            setImage(objects, map(image));
        }
        for (Object patch : list(kustomization.get("patches"))) {
            applyPatch(directory, objects, map(patch));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    ((ObjectNode) object.with("metadata")).put("namespace", namespace.toString());
                }
            }
        }
        return objects;
    }

    static List<ObjectNode> documents(Path file) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(in)) {
                if (document != null) {
                    documents.add((ObjectNode) JSON.valueToTree(document));
                }
            }
        }
        return documents;
    }

    private static ObjectNode configMap(Path directory, Map<String, Object> generator) throws IOException {
        ObjectNode configMap = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        ObjectNode metadata = configMap.putObject("metadata").put("name", generator.get("name").toString());
        Map<String, Object> options = generator.containsKey("options") ? map(generator.get("options")) : Map.of();
        if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
            throw new IllegalArgumentException(directory + ": generated names with a hash suffix are not rendered here");
        }
        if (options.containsKey("labels")) {
            metadata.set("labels", JSON.valueToTree(options.get("labels")));
        }
        ObjectNode data = configMap.putObject("data");
        for (Object file : list(generator.get("files"))) {
            Path path = directory.resolve(file.toString());
            data.put(path.getFileName().toString(), Files.readString(path));
        }
        return configMap;
    }

    private static void setImage(List<ObjectNode> objects, Map<String, Object> image) {
        String name = image.get("name").toString();
        boolean used = false;
        for (ObjectNode object : objects) {
            for (JsonNode container : object.findValues("containers")) {
                for (JsonNode c : container) {
                    String current = c.path("image").asText();
                    String repository = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    if (repository.equals(name)) {
                        String newName = image.getOrDefault("newName", repository).toString();
                        String tag = image.containsKey("newTag") ? image.get("newTag").toString()
                                : current.substring(current.lastIndexOf(':') + 1);
                        ((ObjectNode) c).put("image", newName + ":" + tag);
                        used = true;
                    }
                }
            }
        }
        if (!used) {
            throw new IllegalArgumentException("image " + name + " is used by no container");
        }
    }

    private static void applyPatch(Path directory, List<ObjectNode> objects, Map<String, Object> patch) throws IOException {
        Map<String, Object> target = map(patch.get("target"));
        List<ObjectNode> matches = objects.stream()
                .filter(o -> o.path("kind").asText().equals(target.get("kind")))
                .filter(o -> o.path("metadata").path("name").asText().equals(target.get("name"))).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(directory + ": patch target " + target + " matches " + matches.size() + " objects");
        }
        Object operations = new Yaml().load(Files.readString(directory.resolve(patch.get("path").toString())));
        for (Object operation : list(operations)) {
            JsonPatch.apply(matches.get(0), map(operation));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    /** RFC 6902 add, replace and remove; a path that does not exist is an error (as in kustomize). */
    static final class JsonPatch {

        private JsonPatch() {
        }

        static void apply(ObjectNode document, Map<String, Object> operation) {
            String op = operation.get("op").toString();
            String path = operation.get("path").toString();
            List<String> tokens = new ArrayList<>();
            for (String token : path.substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            JsonNode parent = document;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = parent.isArray() ? parent.path(Integer.parseInt(token)) : parent.path(token);
                if (parent.isMissingNode()) {
                    throw new IllegalArgumentException(op + " " + path + ": no such path in " + name(document));
                }
            }
            String last = tokens.get(tokens.size() - 1);
            JsonNode value = JSON.valueToTree(operation.get("value"));
            if (parent instanceof ObjectNode object) {
                if (!op.equals("add") && !object.has(last)) {
                    throw new IllegalArgumentException(op + " " + path + ": no such field in " + name(document));
                }
                switch (op) {
                    case "add", "replace" -> object.set(last, value);
                    case "remove" -> object.remove(last);
                    default -> throw new IllegalArgumentException("unsupported op " + op);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = last.equals("-") ? array.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> array.insert(index, value);
                    case "replace" -> array.set(index, value);
                    case "remove" -> array.remove(index);
                    default -> throw new IllegalArgumentException("unsupported op " + op);
                }
            } else {
                throw new IllegalArgumentException(op + " " + path + ": not a container in " + name(document));
            }
        }

        private static String name(JsonNode document) {
            return document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
        }
    }
}
